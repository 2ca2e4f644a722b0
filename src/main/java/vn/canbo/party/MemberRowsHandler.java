package vn.canbo.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.canbo.imports.ImportContext;
import vn.canbo.imports.ImportIssue;
import vn.canbo.imports.ImportRow;
import vn.canbo.imports.RowHandler;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.web.Formats;

/**
 * Rows of PARTY_MEMBERS, every problem of a row at once (the rows with unreadable cells
 * too, those cells left to the importer's own message): the chi bộ by code must exist in
 * the scope, hold members and exist on the day of the admission decision; the identity
 * (name, sex, birth date, CCCD of 12 digits not already a member's, nor twice in the
 * file); the ceremony not before the decision; the official date not before the end of
 * probation (PM-02, month-exact from the ceremony); the card (form, not used, not twice,
 * with its day). The commit records each row through {@link PartyMembers#create} inside
 * the import's single transaction; any refusal is named with the file's row and rolls the
 * whole file back.
 */
final class MemberRowsHandler implements RowHandler {

	private final PartyMembers members;

	private final PartyAccess access;

	private final MemberInputs inputs;

	private final MemberRows rows;

	private final JdbcClient jdbc;

	MemberRowsHandler(PartyMembers members, PartyAccess access, MemberInputs inputs, MemberRows rows, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.members = members;
		this.access = access;
		this.inputs = inputs;
		this.rows = rows;
	}

	private static String text(String key, Object... args) {
		return Messages.text("party.template.error." + key, args);
	}

	@Override
	public boolean checksRowsWithCellErrors() {
		return true;
	}

	@Override
	public void check(List<ImportRow> batch, ImportContext ctx) {
		Map<String, Optional<PartyAccess.OrgRow>> orgs = ctx.state("orgs", HashMap::new);
		Map<String, Integer> ids = ctx.state("nationalIds", HashMap::new);
		Map<String, Integer> cards = ctx.state("cards", HashMap::new);
		for (ImportRow r : batch) {
			List<FieldError> errors = new ArrayList<>();
			String code = r.text("orgCode");
			Optional<PartyAccess.OrgRow> org = code == null ? Optional.empty()
					: orgs.computeIfAbsent(code, k -> byCode(k).filter(o -> access.visible(o, ctx.scope())));
			LocalDate decided = r.date("admissionDecidedOn");
			LocalDate joined = r.date("joinedOn");
			if (code != null && org.isEmpty()) {
				errors.add(new FieldError("orgCode", text("org", code)));
			}
			else if (org.isPresent() && !org.get().level().holdsMembers()) {
				errors.add(new FieldError("orgCode", Messages.text("party.error.notACell", org.get().name())));
			}
			else if (org.isPresent() && decided != null && !org.get().validOn(decided)) {
				errors.add(new FieldError("orgCode",
						Messages.text("party.error.orgNotOn", org.get().name(), Formats.date(decided))));
			}
			String gender = r.code("gender");
			inputs.identityErrors(r.text("fullName"), gender == null ? "MALE" : gender, r.date("birthDate"),
					r.text("nationalId"), errors);
			String nid = r.text("nationalId");
			if (nid != null && nid.matches("\\d{12}")) {
				inputs.checkNationalIdFree(nid, errors);
				Integer earlier = ids.putIfAbsent(nid, r.number());
				if (earlier != null && earlier != r.number()) {
					errors.add(new FieldError("nationalId", text("twice", nid, String.valueOf(earlier))));
				}
			}
			if (decided != null && decided.isAfter(ctx.today())) {
				errors.add(new FieldError("admissionDecidedOn", text("future")));
			}
			if (decided != null && joined != null && joined.isBefore(decided)) {
				errors.add(new FieldError("joinedOn", Messages.text("party.error.joinedBeforeDecision")));
			}
			LocalDate official = r.date("officialOn");
			if (official != null && (joined == null || official.isBefore(rows.probationEnd(joined)))) {
				errors.add(new FieldError("officialOn", Messages.text("party.error.officialBeforeProbation",
						joined == null ? "" : Formats.date(rows.probationEnd(joined)))));
			}
			String card = r.text("cardNumber");
			inputs.checkCard(card, r.date("cardIssuedOn"), errors);
			if (card != null && !card.isBlank()) {
				Integer earlier = cards.putIfAbsent(card.strip(), r.number());
				if (earlier != null && earlier != r.number()) {
					errors.add(new FieldError("cardNumber", text("cardTwice", card.strip(), String.valueOf(earlier))));
				}
			}
			for (FieldError e : errors) {
				if (!cellHasError(r, e.field())) {
					r.error(e.field(), e.message());
				}
			}
			org.ifPresent(o -> r.attach(o.id()));
		}
	}

	private static boolean cellHasError(ImportRow r, String column) {
		return r.issues()
			.stream()
			.anyMatch(i -> i.severity() == ImportIssue.Severity.ERROR && i.column().equals(column));
	}

	private Optional<PartyAccess.OrgRow> byCode(String code) {
		return jdbc.sql("select * from party_org where code = ?")
			.param(code.strip())
			.query((rs, n) -> access.findOrgRow(rs))
			.optional();
	}

	@Override
	public void write(List<ImportRow> batch, ImportContext ctx) {
		for (ImportRow r : batch) {
			Long orgId = r.attachment();
			PartyMember.Input in = new PartyMember.Input(r.text("nationalId"), null, r.text("fullName"),
					r.text("otherNames"), r.code("gender"), r.date("birthDate"), r.text("birthPlace"),
					r.text("homeTown"), r.text("residence"), r.code("ethnicityCode"), r.code("religionCode"), null,
					r.text("occupation"), r.code("generalEducationCode"), null, r.code("politicalTheoryCode"), orgId,
					r.date("admissionDecidedOn"), r.date("joinedOn"), r.date("officialOn"), r.text("cardNumber"),
					r.date("cardIssuedOn"));
			try {
				members.create(in, ctx.scope());
			}
			catch (ValidationException e) {
				throw new ValidationException(e.errors()
					.stream()
					.map(f -> new FieldError(f.field(), text("row", String.valueOf(r.number()), f.message())))
					.toList());
			}
			ctx.created(1);
		}
	}

}

package vn.canbo.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.security.CurrentUser;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.VietnameseText;
import vn.canbo.shared.web.Formats;

/**
 * Renames of a Party organisation (issue 18, party3): its name and kind of place as an
 * effective-dated history like org's unit versions ({@code party_org_name}, V16_6); the
 * founding name stays in {@code party_org}. Scope first (404); every error at once (name,
 * decision number and date, effective day inside the organisation's life and not one of
 * another rename, something must change); audited with the name before and after.
 */
@Service
public class PartyOrgRenames {

	private final JdbcClient jdbc;

	private final PartyAccess access;

	private final AuditLog audit;

	private final CurrentUser currentUser;

	PartyOrgRenames(JdbcClient jdbc, PartyAccess access, AuditLog audit, CurrentUser currentUser) {
		this.jdbc = jdbc;
		this.access = access;
		this.audit = audit;
		this.currentUser = currentUser;
	}

	/** The versions of the name, oldest first (404 outside the scope). */
	@Transactional(readOnly = true)
	public List<PartyOrg.NameVersion> history(long orgId, Scope scope) {
		access.org(orgId, scope);
		PartyAccess.OrgRow founding = jdbc.sql("select * from party_org where id = ?")
			.param(orgId)
			.query((rs, n) -> access.findOrgRow(rs))
			.single();
		record Row(String name, PlaceKind kind, LocalDate from, String number, LocalDate date) {
		}
		List<Row> rows = new ArrayList<>();
		rows.add(new Row(founding.name(), founding.placeKind(), founding.validFrom(), null, null));
		rows.addAll(jdbc.sql("select * from party_org_name where org_id = ? order by valid_from")
			.param(orgId)
			.query((rs, n) -> new Row(rs.getString("name"), PlaceKind.valueOf(rs.getString("place_kind")),
					rs.getObject("valid_from", LocalDate.class), rs.getString("decision_number"),
					rs.getObject("decision_date", LocalDate.class)))
			.list());
		List<PartyOrg.NameVersion> out = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Row r = rows.get(i);
			LocalDate to = i + 1 < rows.size() ? rows.get(i + 1).from() : founding.validTo();
			out.add(new PartyOrg.NameVersion(r.name(), r.kind(), r.from(), to, r.number(), r.date()));
		}
		return out;
	}

	@Transactional
	public List<PartyOrg.NameVersion> rename(long orgId, PartyOrg.Rename in, Scope scope) {
		PartyAccess.OrgRow org = access.org(orgId, scope);
		List<FieldError> errors = new ArrayList<>();
		String name = VietnameseText.clean(in.name());
		String number = in.decisionNumber() == null ? null : in.decisionNumber().strip();
		if (name == null || name.length() > 300) {
			errors.add(new FieldError("name", Messages.text("party.rename.error.name")));
		}
		if (number == null || number.isEmpty() || number.length() > 100) {
			errors.add(new FieldError("decisionNumber", Messages.text("party.rename.error.decisionNumber")));
		}
		if (in.decisionDate() == null || in.decisionDate().isAfter(LocalDate.now())) {
			errors.add(new FieldError("decisionDate", Messages.text("party.rename.error.decisionDate")));
		}
		PartyAccess.OrgRow before = null;
		if (in.validFrom() == null) {
			errors.add(new FieldError("validFrom", Messages.text("party.rename.error.validFrom")));
		}
		else if (!in.validFrom().isAfter(org.validFrom())
				|| (org.validTo() != null && !in.validFrom().isBefore(org.validTo()))) {
			errors.add(new FieldError("validFrom",
					Messages.text("party.rename.error.outside", Formats.date(in.validFrom()), org.name(),
							Formats.date(org.validFrom()),
							org.validTo() == null ? "" : Formats.date(org.validTo().minusDays(1)))));
		}
		else if (jdbc.sql("select count(*) from party_org_name where org_id = ? and valid_from = ?")
			.params(orgId, in.validFrom())
			.query(Long.class)
			.single() > 0) {
			errors.add(new FieldError("validFrom",
					Messages.text("party.rename.error.taken", Formats.date(in.validFrom()))));
		}
		else {
			before = access.findOrg(orgId, in.validFrom().minusDays(1)).orElseThrow();
			PlaceKind kind = in.placeKind() == null ? before.placeKind() : in.placeKind();
			if (name != null && name.equals(before.name()) && kind == before.placeKind()) {
				errors.add(new FieldError("name",
						Messages.text("party.rename.error.unchanged", before.name(), Formats.date(in.validFrom()))));
			}
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		PlaceKind kind = in.placeKind() == null ? before.placeKind() : in.placeKind();
		jdbc.sql("""
				insert into party_org_name (org_id, name, place_kind, valid_from, decision_number, decision_date,
				                            created_by) values (?, ?, ?, ?, ?, ?, ?)""")
			.params(orgId, name, kind.name(), in.validFrom(), number, in.decisionDate(), currentUser.username())
			.update();
		audit.record(AuditAction.UPDATE, "party_org", String.valueOf(orgId), null,
				Map.of("name", before.name(), "placeKind", before.placeKind().name()),
				Map.of("name", name, "placeKind", kind.name(), "validFrom", in.validFrom().toString(), "decisionNumber",
						number, "decisionDate", in.decisionDate().toString()));
		return history(orgId, scope);
	}

}

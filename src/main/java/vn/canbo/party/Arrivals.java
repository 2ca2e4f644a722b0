package vn.canbo.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.rules.RuleParameters;
import vn.canbo.security.CurrentUser;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.web.Formats;

/**
 * Arrivals from another province (issue 18, party3, regulations.md §9.5): the receiving
 * chi bộ of the scope (404 outside it) records the introduction letter (number, date, the
 * sending organisation in words) and the presentation, within the TR-03 deadline from the
 * letter's date (the existing parameter {@code party.transfer_present_working_days}, a
 * late presentation explained). The member is created from their papers, or linked by
 * CCCD when the system knows them (one who moved out earlier: back on the rolls with the
 * status they left with); active in the chi bộ from the presentation. Every error at
 * once, nothing stored; audited.
 */
@Service
public class Arrivals {

	private final JdbcClient jdbc;

	private final PartyAccess access;

	private final MemberInputs inputs;

	private final MemberRows rows;

	private final Transfers transfers;

	private final RuleParameters params;

	private final AuditLog audit;

	private final CurrentUser currentUser;

	Arrivals(JdbcClient jdbc, PartyAccess access, MemberInputs inputs, MemberRows rows, Transfers transfers,
			RuleParameters params, AuditLog audit, CurrentUser currentUser) {
		this.jdbc = jdbc;
		this.access = access;
		this.inputs = inputs;
		this.rows = rows;
		this.transfers = transfers;
		this.params = params;
		this.audit = audit;
		this.currentUser = currentUser;
	}

	/** A member known by CCCD and their latest status. */
	private record Known(long id, String name, MemberStatus status, LocalDate since, LocalDate officialOn) {
	}

	@Transactional
	public Arrival record(Arrival.Input in, Scope scope) {
		PartyAccess.OrgRow org = access.org(in.orgId(), scope);
		List<FieldError> errors = new ArrayList<>();
		String nid = MemberInputs.blank(in.nationalId());
		Optional<Known> known = nid == null ? Optional.empty()
				: jdbc.sql("""
						select m.id, m.full_name, m.official_on, s.status, s.valid_from from party_member m
						join lateral (select * from party_member_status x where x.member_id = m.id
						              order by x.valid_from desc, x.id desc limit 1) s on true
						where m.national_id = ?""")
					.param(nid)
					.query((rs, n) -> new Known(rs.getLong("id"), rs.getString("full_name"),
							MemberStatus.valueOf(rs.getString("status")), rs.getObject("valid_from", LocalDate.class),
							rs.getObject("official_on", LocalDate.class)))
					.optional();
		PartyMember.Input member = null;
		if (known.isPresent()) {
			Known k = known.get();
			if (k.status() != MemberStatus.TRANSFERRED_OUT) {
				errors.add(new FieldError("nationalId", Messages.text("party.arrival.error.known", nid, k.name(),
						k.status().label(), Formats.date(k.since()))));
			}
			else if (in.presentedOn() != null && !in.presentedOn().isAfter(k.since())) {
				errors.add(new FieldError("presentedOn",
						Messages.text("party.arrival.error.beforeLeaving", Formats.date(k.since()))));
			}
		}
		else {
			member = inputs.identity(new PartyMember.Input(nid, null, in.fullName(), null, in.gender(), in.birthDate(),
					null, null, null, null, null, null, null, null, null, null, org.id(), in.admissionDecidedOn(),
					in.joinedOn(), in.officialOn(), null, null), scope);
			errors.addAll(inputs.check(member));
			if (in.admissionDecidedOn() == null || in.admissionDecidedOn().isAfter(LocalDate.now())) {
				errors.add(new FieldError("admissionDecidedOn", Messages.text("party.error.admissionDate")));
			}
			else if (in.joinedOn() != null && in.joinedOn().isBefore(in.admissionDecidedOn())) {
				errors.add(new FieldError("joinedOn", Messages.text("party.error.joinedBeforeDecision")));
			}
			if (in.officialOn() != null
					&& (in.joinedOn() == null || in.officialOn().isBefore(rows.probationEnd(in.joinedOn())))) {
				errors.add(new FieldError("officialOn", Messages.text("party.error.officialBeforeProbation",
						in.joinedOn() == null ? "" : Formats.date(rows.probationEnd(in.joinedOn())))));
			}
		}
		if (!org.level().holdsMembers()) {
			errors.add(new FieldError("orgId", Messages.text("party.error.notACell", org.name())));
		}
		String from = MemberInputs.blank(in.fromExternal());
		String number = MemberInputs.blank(in.letterNumber());
		if (from == null || from.length() > 300) {
			errors.add(new FieldError("fromExternal", Messages.text("party.arrival.error.from")));
		}
		if (number == null || number.length() > 100) {
			errors.add(new FieldError("letterNumber", Messages.text("party.arrival.error.letterNumber")));
		}
		LocalDate deadline = null;
		if (in.introducedOn() == null || in.introducedOn().isAfter(LocalDate.now())) {
			errors.add(new FieldError("introducedOn", Messages.text("party.arrival.error.introducedOn")));
		}
		else {
			deadline = transfers.presentationDeadline(in.introducedOn());
		}
		if (in.presentedOn() == null || in.presentedOn().isAfter(LocalDate.now())
				|| (in.introducedOn() != null && in.presentedOn().isBefore(in.introducedOn()))) {
			errors.add(new FieldError("presentedOn", Messages.text("party.error.transferPresentedOn",
					in.introducedOn() == null ? "" : Formats.date(in.introducedOn()))));
		}
		else {
			if (deadline != null && in.presentedOn().isAfter(deadline)
					&& MemberInputs.blank(in.latePresentation()) == null) {
				var rule = params.get("party.transfer_present_working_days", in.introducedOn());
				errors.add(new FieldError("latePresentation", Messages.text("party.error.transferPresentLate",
						rule.intValue(), Formats.date(in.introducedOn()), Formats.date(deadline), rule.legalBasis())));
			}
			if (!org.validOn(in.presentedOn())) {
				errors.add(new FieldError("presentedOn",
						Messages.text("party.error.orgNotOn", org.name(), Formats.date(in.presentedOn()))));
			}
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		String user = currentUser.username();
		long memberId;
		if (known.isPresent()) {
			Known k = known.get();
			memberId = k.id();
			rows.moveTo(memberId, org.id(), in.presentedOn(), user);
			rows.addStatus(memberId,
					k.officialOn() != null && !k.officialOn().isAfter(in.presentedOn()) ? MemberStatus.OFFICIAL
							: MemberStatus.PROBATIONARY,
					in.presentedOn(), number, in.introducedOn(),
					Messages.text(Messages.VIETNAMESE, "party.arrival.note", from), user);
		}
		else {
			memberId = rows.insert(member, org.id(), user);
			rows.addStatus(memberId, MemberStatus.PROBATIONARY, in.admissionDecidedOn(), null, null, null, user);
			if (in.officialOn() != null) {
				rows.addStatus(memberId, MemberStatus.OFFICIAL, in.officialOn(), null, null, null, user);
			}
			rows.openActivity(memberId, org.id(), in.presentedOn(), user);
		}
		boolean late = deadline != null && in.presentedOn().isAfter(deadline);
		long id = jdbc
			.sql("""
					insert into party_arrival (member_id, to_org_id, from_external, letter_number, introduced_on, presented_on,
					                           late_presentation, linked, created_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(memberId, org.id(), from, number, in.introducedOn(), in.presentedOn(),
					late ? in.latePresentation().strip() : null, known.isPresent(), user)
			.query(Long.class)
			.single();
		Arrival saved = find(id).orElseThrow();
		audit.record(AuditAction.CREATE, "party_arrival", String.valueOf(id), null, null, saved);
		return saved;
	}

	/** The arrivals received by the scope's organisations, newest first. */
	@Transactional(readOnly = true)
	public List<Arrival> list(Scope scope) {
		return jdbc.sql("select id, to_org_id from party_arrival order by presented_on desc, id desc")
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list()
			.stream()
			.filter(r -> access.findOrg(r[1]).filter(o -> access.visible(o, scope)).isPresent())
			.map(r -> find(r[0]).orElseThrow())
			.toList();
	}

	private Optional<Arrival> find(long id) {
		return jdbc.sql("""
				select a.*, m.full_name, party_org_name_on(a.to_org_id, a.presented_on) as org_name
				from party_arrival a join party_member m on m.id = a.member_id where a.id = ?""")
			.param(id)
			.query((rs, n) -> {
				LocalDate introduced = rs.getObject("introduced_on", LocalDate.class);
				return new Arrival(rs.getLong("id"), rs.getLong("member_id"), rs.getString("full_name"),
						rs.getLong("to_org_id"), rs.getString("org_name"), rs.getString("from_external"),
						rs.getString("letter_number"), introduced, rs.getObject("presented_on", LocalDate.class),
						transfers.presentationDeadline(introduced), rs.getString("late_presentation"),
						rs.getBoolean("linked"));
			})
			.optional();
	}

}

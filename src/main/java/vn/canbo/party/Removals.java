package vn.canbo.party;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
 * Xóa tên (regulations.md §9.6) and khai trừ (Điều lệ Art. 35: official members only) as
 * a chi bộ's proposal on a ground, then the competent committee's decision: approved, the
 * member leaves the rolls from the decision (status dated, activity closed); rejected,
 * nothing changes. Kết nạp lại (PM-02 applies again): a removed or expelled member, at
 * least {@code party.readmission_min_months} after leaving, at most
 * {@code party.readmission_max_times}, within the admission age (PM-AGE) or with the
 * competent committee's decision recorded (always for an expelled member); the member
 * becomes probationary again from the decision, the earlier admission kept in
 * {@code party_readmission} and the time out deducted from the party age. Scope first;
 * refused requests store nothing; audited.
 */
@Service
public class Removals {

	/** The chi bộ's proposal. */
	public record Proposal(String kind, String ground, LocalDate proposedOn, String proposedBy, String reason) {
	}

	/** The decision on the open proposal: APPROVED or REJECTED. */
	public record Decision(String outcome, String decisionNumber, LocalDate decidedOn, String issuer) {
	}

	/** A proposal with its decision, if any. */
	public record Entry(long id, String kind, String ground, LocalDate proposedOn, String proposedBy, String reason,
			String outcome, String decisionNumber, LocalDate decidedOn, String issuer) {
	}

	/** The re-admission decision, in a chi bộ of the scope. */
	public record Readmission(Long orgId, String decisionNumber, LocalDate decidedOn, String issuer, String exception) {
	}

	static final List<String> GROUNDS = List.of("ABSENCE", "CARD_RETURNED", "NO_IMPROVEMENT", "STANDARDS_TWO_YEARS",
			"POLITICAL_STANDARDS", "PROBATION_FAILED", "DISCIPLINE");

	private final JdbcClient jdbc;

	private final PartyAccess access;

	private final MemberRows rows;

	private final PartyMembers members;

	private final RuleParameters params;

	private final AuditLog audit;

	private final CurrentUser currentUser;

	Removals(JdbcClient jdbc, PartyAccess access, MemberRows rows, PartyMembers members, RuleParameters params,
			AuditLog audit, CurrentUser currentUser) {
		this.jdbc = jdbc;
		this.access = access;
		this.rows = rows;
		this.members = members;
		this.params = params;
		this.audit = audit;
		this.currentUser = currentUser;
	}

	@Transactional(readOnly = true)
	public List<Entry> of(long memberId, Scope scope) {
		access.member(memberId, scope);
		return list(memberId);
	}

	private List<Entry> list(long memberId) {
		return jdbc.sql("select * from party_removal where member_id = ? order by proposed_on, id")
			.param(memberId)
			.query((rs, n) -> new Entry(rs.getLong("id"), rs.getString("kind"), rs.getString("ground"),
					rs.getObject("proposed_on", LocalDate.class), rs.getString("proposed_by"), rs.getString("reason"),
					rs.getString("outcome"), rs.getString("decision_number"),
					rs.getObject("decided_on", LocalDate.class), rs.getString("issuer")))
			.list();
	}

	private Optional<Entry> open(long memberId) {
		return list(memberId).stream().filter(e -> e.outcome() == null).findFirst();
	}

	@Transactional
	public Entry propose(long memberId, Proposal p, Scope scope) {
		access.member(memberId, scope);
		PartyMember m = members.read(memberId, LocalDate.now());
		List<FieldError> errors = new ArrayList<>();
		if (m.status() == null || !m.status().onRolls()) {
			errors.add(new FieldError("memberId", Messages.text("party.error.removalNotOnRolls")));
		}
		open(memberId).ifPresent(o -> errors
			.add(new FieldError("memberId", Messages.text("party.error.removalOpen", Formats.date(o.proposedOn())))));
		boolean expulsion = "EXPULSION".equals(p.kind());
		if (!expulsion && !"REMOVAL".equals(p.kind())) {
			errors.add(new FieldError("kind", Messages.text("party.error.removalKind")));
		}
		else if (expulsion && m.status() == MemberStatus.PROBATIONARY) {
			errors.add(new FieldError("kind", Messages.text("party.error.expulsionProbationary")));
		}
		if (p.ground() == null || !GROUNDS.contains(p.ground()) || expulsion != "DISCIPLINE".equals(p.ground())) {
			errors.add(new FieldError("ground", Messages.text("party.error.removalGround")));
		}
		else if ("PROBATION_FAILED".equals(p.ground()) && m.status() != MemberStatus.PROBATIONARY) {
			errors.add(new FieldError("ground", Messages.text("party.error.removalProbationGround")));
		}
		LocalDate since = m.statuses().isEmpty() ? null : m.statuses().get(m.statuses().size() - 1).validFrom();
		if (p.proposedOn() == null || p.proposedOn().isAfter(LocalDate.now())
				|| (since != null && p.proposedOn().isBefore(since))) {
			errors.add(new FieldError("proposedOn",
					Messages.text("party.error.statusDate", since == null ? "" : Formats.date(since))));
		}
		if (MemberInputs.blank(p.proposedBy()) == null) {
			errors.add(new FieldError("proposedBy", Messages.text("party.error.removalProposedBy")));
		}
		if (MemberInputs.blank(p.reason()) == null) {
			errors.add(new FieldError("reason", Messages.text("party.error.removalReason")));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		long id = jdbc.sql("""
				insert into party_removal (member_id, kind, ground, proposed_on, proposed_by, reason, created_by)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(memberId, p.kind(), p.ground(), p.proposedOn(), p.proposedBy().strip(), p.reason().strip(),
					currentUser.username())
			.query(Long.class)
			.single();
		Entry e = open(memberId).orElseThrow();
		audit.record(AuditAction.CREATE, "party_removal", String.valueOf(id), m.personId(), null, e);
		return e;
	}

	@Transactional
	public Entry decide(long memberId, Decision d, Scope scope) {
		access.member(memberId, scope);
		PartyMember m = members.read(memberId, LocalDate.now());
		Entry o = open(memberId).orElse(null);
		List<FieldError> errors = new ArrayList<>();
		if (o == null) {
			errors.add(new FieldError("memberId", Messages.text("party.error.removalNoProposal")));
		}
		if (!"APPROVED".equals(d.outcome()) && !"REJECTED".equals(d.outcome())) {
			errors.add(new FieldError("outcome", Messages.text("party.error.removalOutcome")));
		}
		if (MemberInputs.blank(d.decisionNumber()) == null || MemberInputs.blank(d.issuer()) == null) {
			errors.add(new FieldError("decisionNumber", Messages.text("party.error.statusDecision")));
		}
		if (d.decidedOn() == null || d.decidedOn().isAfter(LocalDate.now())
				|| (o != null && d.decidedOn().isBefore(o.proposedOn()))) {
			errors.add(new FieldError("decidedOn",
					Messages.text("party.error.removalDecidedOn", o == null ? "" : Formats.date(o.proposedOn()))));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		String user = currentUser.username();
		jdbc.sql("update party_removal set outcome = ?, decision_number = ?, decided_on = ?, issuer = ? where id = ?")
			.params(d.outcome(), d.decisionNumber().strip(), d.decidedOn(), d.issuer().strip(), o.id())
			.update();
		if ("APPROVED".equals(d.outcome())) {
			MemberStatus s = "EXPULSION".equals(o.kind()) ? MemberStatus.EXPELLED : MemberStatus.REMOVED;
			rows.addStatus(memberId, s, d.decidedOn(), d.decisionNumber().strip(), d.decidedOn(),
					Messages.text(Messages.VIETNAMESE, "party.ground." + o.ground()), user);
			jdbc.sql("update party_member_activity set valid_to = ? where member_id = ? and valid_to is null"
					+ " and valid_from < ?")
				.params(d.decidedOn(), memberId, d.decidedOn())
				.update();
			members.updated(memberId, m);
		}
		Entry after = list(memberId).stream().filter(e -> e.id() == o.id()).findFirst().orElseThrow();
		audit.record(AuditAction.UPDATE, "party_removal", String.valueOf(o.id()), m.personId(), o, after);
		return after;
	}

	@Transactional
	public PartyMember readmit(long memberId, Readmission r, Scope scope) {
		access.member(memberId, scope);
		PartyAccess.OrgRow org = r.orgId() == null ? null : access.org(r.orgId(), scope);
		PartyMember m = members.read(memberId, LocalDate.now());
		PartyMember.StatusEntry last = m.statuses().isEmpty() ? null : m.statuses().get(m.statuses().size() - 1);
		List<FieldError> errors = new ArrayList<>();
		String exception = MemberInputs.blank(r.exception());
		if (last == null || !(last.status() == MemberStatus.REMOVED || last.status() == MemberStatus.EXPELLED)) {
			errors.add(new FieldError("memberId", Messages.text("party.error.readmitStatus")));
		}
		else {
			LocalDate on = r.decidedOn() == null ? LocalDate.now() : r.decidedOn();
			var max = params.get("party.readmission_max_times", on);
			if (jdbc.sql("select count(*) from party_readmission where member_id = ?")
				.param(memberId)
				.query(Long.class)
				.single() >= max.intValue()) {
				errors.add(new FieldError("memberId",
						Messages.text("party.error.readmitTimes", max.intValue(), max.legalBasis())));
			}
			var min = params.get("party.readmission_min_months", on);
			LocalDate earliest = last.validFrom().plusMonths(min.intValue());
			if (r.decidedOn() != null && r.decidedOn().isBefore(earliest)) {
				errors.add(new FieldError("decidedOn", Messages.text("party.error.readmitEarly", min.intValue(),
						Formats.date(last.validFrom()), Formats.date(earliest), min.legalBasis())));
			}
			if (last.status() == MemberStatus.EXPELLED && exception == null) {
				errors.add(new FieldError("exception", Messages.text("party.error.readmitExpelled")));
			}
			var maxAge = params.get("party.admission_max_age", on);
			if (AdmissionRules.monthsOfAge(m.birthDate(), on) > maxAge.intValue() * 12 && exception == null) {
				errors.add(new FieldError("exception",
						Messages.text("party.error.readmitAge", maxAge.intValue(), maxAge.legalBasis())));
			}
		}
		if (org == null) {
			errors.add(new FieldError("orgId", Messages.text("party.error.orgMissing")));
		}
		else if (!org.level().holdsMembers()) {
			errors.add(new FieldError("orgId", Messages.text("party.error.notACell", org.name())));
		}
		else if (r.decidedOn() != null && !org.validOn(r.decidedOn())) {
			errors.add(new FieldError("orgId",
					Messages.text("party.error.orgNotOn", org.name(), Formats.date(r.decidedOn()))));
		}
		if (MemberInputs.blank(r.decisionNumber()) == null || MemberInputs.blank(r.issuer()) == null) {
			errors.add(new FieldError("decisionNumber", Messages.text("party.error.decision")));
		}
		if (r.decidedOn() == null || r.decidedOn().isAfter(LocalDate.now())
				|| (last != null && !r.decidedOn().isAfter(last.validFrom()))) {
			errors.add(new FieldError("decidedOn",
					Messages.text("party.error.readmitDate", last == null ? "" : Formats.date(last.validFrom()))));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		String user = currentUser.username();
		jdbc.sql(
				"""
						insert into party_readmission (member_id, left_status, left_on, previous_admission_decided_on,
						  previous_joined_on, previous_official_on, org_id, decision_number, decided_on, issuer, exception, created_by)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(memberId, last.status().name(), last.validFrom(), m.admissionDecidedOn(), m.joinedOn(),
					m.officialOn(), org.id(), r.decisionNumber().strip(), r.decidedOn(), r.issuer().strip(), exception,
					user)
			.update();
		jdbc.sql(
				"""
						update party_member set first_admission_decided_on = coalesce(first_admission_decided_on, admission_decided_on),
						  interruption_days = interruption_days + ?, admission_decided_on = ?, joined_on = null,
						  late_ceremony_consent = null, official_on = null, recognition_proposed_on = null,
						  recognition_decision = null, current_org_id = ?, version = version + 1 where id = ?""")
			.params((int) ChronoUnit.DAYS.between(last.validFrom(), r.decidedOn()), r.decidedOn(), org.id(), memberId)
			.update();
		rows.addStatus(memberId, MemberStatus.PROBATIONARY, r.decidedOn(), r.decisionNumber().strip(), r.decidedOn(),
				Messages.text(Messages.VIETNAMESE, "party.note.readmitted"), user);
		rows.openActivity(memberId, org.id(), r.decidedOn(), user);
		return members.updated(memberId, m);
	}

}

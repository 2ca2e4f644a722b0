package vn.canbo.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.security.CurrentUser;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.web.Formats;

/**
 * Party members (table {@code party_member} and its histories). Scope first: a member
 * whose organisation lies outside the scope does not exist (404). Every change and every
 * opening of a record is audited; a refused request stores nothing and names every error
 * at once.
 */
@Service
public class PartyMembers {

	private final JdbcClient jdbc;

	private final PartyAccess access;

	private final MemberRows rows;

	private final MemberInputs inputs;

	private final AuditLog audit;

	private final CurrentUser currentUser;

	private final MemberSearch finder;

	PartyMembers(JdbcClient jdbc, PartyAccess access, MemberRows rows, MemberInputs inputs, AuditLog audit,
			CurrentUser currentUser, MemberSearch finder) {
		this.finder = finder;
		this.jdbc = jdbc;
		this.access = access;
		this.rows = rows;
		this.inputs = inputs;
		this.audit = audit;
		this.currentUser = currentUser;
	}

	/**
	 * Members of the scope whose name (diacritics ignored, each word a prefix) or CCCD
	 * matches, optionally of one organisation's subtree ({@link MemberSearch}).
	 */
	@Transactional(readOnly = true)
	public PageResult<PartyMember.Summary> search(String query, Long orgId, Scope scope, LocalDate on, int page,
			int size) {
		return finder.search(query, orgId, scope, on, page, size);
	}

	/**
	 * The member's record as of the day (404 outside the scope); the opening is audited.
	 */
	@Transactional
	public PartyMember get(long memberId, Scope scope, LocalDate on) {
		access.member(memberId, scope);
		PartyMember m = read(memberId, on);
		audit.recordView("party_member", String.valueOf(memberId), m.personId(), "dossier");
		return m;
	}

	PartyMember read(long memberId, LocalDate on) {
		return rows.find(memberId, on == null ? LocalDate.now() : on)
			.orElseThrow(
					() -> new NotFoundException(Messages.text("party.error.memberNotFound", String.valueOf(memberId))));
	}

	/**
	 * Records an existing member from their papers: probationary from the admission
	 * decision, official from {@code officialOn} when given; active in the organisation
	 * from the ceremony (or the decision).
	 */
	@Transactional
	public PartyMember create(PartyMember.Input in, Scope scope) {
		PartyAccess.OrgRow org = in.orgId() == null ? null : access.org(in.orgId(), scope);
		PartyMember.Input input = inputs.identity(in, scope);
		List<FieldError> errors = inputs.check(input);
		if (org == null) {
			errors.add(new FieldError("orgId", Messages.text("party.error.orgMissing")));
		}
		if (in.admissionDecidedOn() == null) {
			errors.add(new FieldError("admissionDecidedOn", Messages.text("party.error.admissionDate")));
		}
		else {
			if (in.joinedOn() != null && in.joinedOn().isBefore(in.admissionDecidedOn())) {
				errors.add(new FieldError("joinedOn", Messages.text("party.error.joinedBeforeDecision")));
			}
			if (org != null && !org.validOn(in.admissionDecidedOn())) {
				errors.add(new FieldError("orgId",
						Messages.text("party.error.orgNotOn", org.name(), Formats.date(in.admissionDecidedOn()))));
			}
			if (in.officialOn() != null
					&& (in.joinedOn() == null || in.officialOn().isBefore(rows.probationEnd(in.joinedOn())))) {
				errors.add(new FieldError("officialOn", Messages.text("party.error.officialBeforeProbation",
						in.joinedOn() == null ? "" : Formats.date(rows.probationEnd(in.joinedOn())))));
			}
		}
		if (org != null && !org.level().holdsMembers()) {
			errors.add(new FieldError("orgId", Messages.text("party.error.notACell", org.name())));
		}
		inputs.checkCard(in.cardNumber(), in.cardIssuedOn(), errors);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		String user = currentUser.username();
		long id = rows.insert(input, org.id(), user);
		rows.addStatus(id, MemberStatus.PROBATIONARY, in.admissionDecidedOn(), null, null, null, user);
		if (in.officialOn() != null) {
			rows.addStatus(id, MemberStatus.OFFICIAL, in.officialOn(), null, null, null, user);
		}
		rows.openActivity(id, org.id(), in.admissionDecidedOn(), user);
		if (in.cardNumber() != null && !in.cardNumber().isBlank()) {
			rows.addCard(id, in.cardNumber().strip(), in.cardIssuedOn(), user);
		}
		PartyMember saved = read(id, LocalDate.now());
		audit.record(AuditAction.CREATE, "party_member", String.valueOf(id), saved.personId(), null, saved);
		return saved;
	}

	/**
	 * Chuyển đi, xóa tên, khai trừ, từ trần from a day (not before the latest status).
	 */
	@Transactional
	public PartyMember changeStatus(long memberId, PartyMember.StatusChange c, Scope scope) {
		access.member(memberId, scope);
		PartyMember before = read(memberId, LocalDate.now());
		List<FieldError> errors = new ArrayList<>();
		PartyMember.StatusEntry last = before.statuses().isEmpty() ? null
				: before.statuses().get(before.statuses().size() - 1);
		if (c.status() == null || c.status().onRolls()) {
			errors.add(new FieldError("status", Messages.text("party.error.statusKind")));
		}
		if (last != null && !last.status().onRolls()) {
			errors.add(new FieldError("status",
					Messages.text("party.error.notOnRolls", last.status().label(), Formats.date(last.validFrom()))));
		}
		if (c.validFrom() == null || (last != null && c.validFrom().isBefore(last.validFrom()))) {
			errors.add(new FieldError("validFrom",
					Messages.text("party.error.statusDate", last == null ? "" : Formats.date(last.validFrom()))));
		}
		if (c.status() != null && c.status() != MemberStatus.DECEASED
				&& (c.decisionNumber() == null || c.decisionNumber().isBlank() || c.decidedOn() == null)) {
			errors.add(new FieldError("decisionNumber", Messages.text("party.error.statusDecision")));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		String user = currentUser.username();
		rows.addStatus(memberId, c.status(), c.validFrom(), blankToNull(c.decisionNumber()), c.decidedOn(),
				blankToNull(c.note()), user);
		jdbc.sql(
				"""
						update party_member_activity set valid_to = ? where member_id = ? and valid_to is null and valid_from < ?""")
			.params(c.validFrom(), memberId, c.validFrom())
			.update();
		jdbc.sql("update party_member set version = version + 1 where id = ?").param(memberId).update();
		return updated(memberId, before);
	}

	/**
	 * The member becomes active in another chi bộ of the scope from a day: it must exist
	 * then; the previous activity closes that day.
	 */
	@Transactional
	public PartyMember move(long memberId, PartyMember.Move mv, Scope scope) {
		access.member(memberId, scope);
		if (mv.orgId() == null) {
			throw new ValidationException("orgId", Messages.text("party.error.orgMissing"));
		}
		PartyAccess.OrgRow target = access.org(mv.orgId(), scope);
		PartyMember before = read(memberId, LocalDate.now());
		List<FieldError> errors = new ArrayList<>();
		PartyMember.ActivityEntry open = before.activities()
			.stream()
			.filter(a -> a.validTo() == null)
			.findFirst()
			.orElse(null);
		if (open == null) {
			errors.add(new FieldError("orgId", Messages.text("party.error.noActivity")));
		}
		if (mv.validFrom() == null || (open != null && !mv.validFrom().isAfter(open.validFrom()))) {
			errors.add(new FieldError("validFrom",
					Messages.text("party.error.moveDate", open == null ? "" : Formats.date(open.validFrom()))));
		}
		else if (!target.validOn(mv.validFrom())) {
			errors.add(new FieldError("orgId",
					Messages.text("party.error.orgNotOn", target.name(), Formats.date(mv.validFrom()))));
		}
		if (!target.level().holdsMembers()) {
			errors.add(new FieldError("orgId", Messages.text("party.error.notACell", target.name())));
		}
		if (open != null && open.orgId() == target.id()) {
			errors.add(new FieldError("orgId", Messages.text("party.error.sameOrg")));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		rows.moveTo(memberId, target.id(), mv.validFrom(), currentUser.username());
		return updated(memberId, before);
	}

	/** A new card (the previous ones stay in the history). */
	@Transactional
	public PartyMember addCard(long memberId, PartyMember.Card card, Scope scope) {
		access.member(memberId, scope);
		PartyMember before = read(memberId, LocalDate.now());
		List<FieldError> errors = new ArrayList<>();
		if (card.cardNumber() == null || card.cardNumber().isBlank()) {
			errors.add(new FieldError("cardNumber", Messages.text("party.error.cardNumber")));
		}
		inputs.checkCard(card.cardNumber(), card.issuedOn(), errors);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		rows.addCard(memberId, card.cardNumber().strip(), card.issuedOn(), currentUser.username());
		return updated(memberId, before);
	}

	/** Miễn công tác và sinh hoạt đảng over [validFrom, validTo). */
	@Transactional
	public PartyMember addExemption(long memberId, PartyMember.Exemption e, Scope scope) {
		access.member(memberId, scope);
		PartyMember before = read(memberId, LocalDate.now());
		List<FieldError> errors = new ArrayList<>();
		if (e.validFrom() == null || (e.validTo() != null && !e.validTo().isAfter(e.validFrom()))) {
			errors.add(new FieldError("validFrom", Messages.text("party.error.exemptionDates")));
		}
		if (e.reason() == null || e.reason().isBlank()) {
			errors.add(new FieldError("reason", Messages.text("party.error.exemptionReason")));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		jdbc.sql(
				"""
						insert into party_member_exemption (member_id, valid_from, valid_to, decision_number, reason, created_by)
						values (?, ?, ?, ?, ?, ?)""")
			.params(memberId, e.validFrom(), e.validTo(), blankToNull(e.decisionNumber()), e.reason().strip(),
					currentUser.username())
			.update();
		return updated(memberId, before);
	}

	/** The record after a change, the change audited (before and after). */
	PartyMember updated(long memberId, PartyMember before) {
		PartyMember after = read(memberId, LocalDate.now());
		audit.record(AuditAction.UPDATE, "party_member", String.valueOf(memberId), after.personId(), before, after);
		return after;
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}

package vn.canbo.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.security.CurrentUser;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.web.Formats;

/**
 * After the admission decision: the ceremony within the working days of the decision
 * (PM-01, later only with the higher committee's consent recorded) and the recognition as
 * official member (PM-03, PM-04: proposed not before the end of probation, official from
 * that day even when late). Scope first (404); refused requests store nothing; audited.
 */
@Service
public class Probations {

	private final JdbcClient jdbc;

	private final PartyAccess access;

	private final MemberRows members;

	private final AdmissionRules rules;

	private final PartyMembers memberService;

	private final CurrentUser currentUser;

	Probations(JdbcClient jdbc, PartyAccess access, MemberRows members, AdmissionRules rules,
			PartyMembers memberService, CurrentUser currentUser) {
		this.jdbc = jdbc;
		this.access = access;
		this.members = members;
		this.rules = rules;
		this.memberService = memberService;
		this.currentUser = currentUser;
	}

	/**
	 * PM-01: the ceremony within the working days of the decision; later only with the
	 * higher committee's consent recorded.
	 */
	@Transactional
	public PartyMember ceremony(long memberId, Candidate.Ceremony c, Scope scope) {
		access.member(memberId, scope);
		PartyMember before = memberService.read(memberId, LocalDate.now());
		List<FieldError> errors = new ArrayList<>();
		if (before.admissionDecidedOn() == null || before.status() != MemberStatus.PROBATIONARY) {
			errors.add(new FieldError("memberId", Messages.text("party.error.notProbationary")));
		}
		else if (before.joinedOn() != null) {
			errors.add(new FieldError("heldOn",
					Messages.text("party.error.ceremonyTwice", Formats.date(before.joinedOn()))));
		}
		else if (c.heldOn() == null || c.heldOn().isBefore(before.admissionDecidedOn())
				|| c.heldOn().isAfter(LocalDate.now())) {
			errors.add(new FieldError("heldOn",
					Messages.text("party.error.ceremonyDate", Formats.date(before.admissionDecidedOn()))));
		}
		else {
			LocalDate deadline = rules.ceremonyDeadline(before.admissionDecidedOn());
			if (c.heldOn().isAfter(deadline) && MemberInputs.blank(c.lateConsent()) == null) {
				var p = rules.parameter("party.ceremony_working_days", before.admissionDecidedOn());
				errors.add(new FieldError("lateConsent", Messages.text("party.error.ceremonyLate", p.intValue(),
						Formats.date(before.admissionDecidedOn()), Formats.date(deadline), p.legalBasis())));
			}
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		jdbc.sql("update party_member set joined_on = ?, late_ceremony_consent = ?, version = version + 1 where id = ?")
			.params(c.heldOn(),
					c.heldOn().isAfter(rules.ceremonyDeadline(before.admissionDecidedOn())) ? c.lateConsent().strip()
							: null,
					memberId)
			.update();
		return memberService.updated(memberId, before);
	}

	/**
	 * PM-03/PM-04: the recognition, proposed not before the end of probation; the member
	 * is official from the exact end of probation even when the proposal or the decision
	 * is late (a late proposal is recorded as such).
	 */
	@Transactional
	public PartyMember recognise(long memberId, Candidate.Recognition r, Scope scope) {
		access.member(memberId, scope);
		PartyMember before = memberService.read(memberId, LocalDate.now());
		List<FieldError> errors = new ArrayList<>();
		if (before.status() != MemberStatus.PROBATIONARY || before.joinedOn() == null) {
			errors.add(new FieldError("memberId", Messages.text("party.error.notAwaitingRecognition")));
		}
		else {
			LocalDate end = before.probationEndsOn();
			if (r.proposedOn() == null || r.proposedOn().isBefore(end)) {
				var p = rules.parameter("party.probation_months", before.joinedOn());
				errors.add(new FieldError("proposedOn", Messages.text("party.error.recognitionEarly", p.intValue(),
						Formats.date(before.joinedOn()), Formats.date(end), p.legalBasis())));
			}
			if (r.decisionNumber() == null || r.decisionNumber().isBlank() || r.decidedOn() == null
					|| (r.proposedOn() != null && r.decidedOn().isBefore(r.proposedOn()))
					|| r.decidedOn().isAfter(LocalDate.now())) {
				errors.add(new FieldError("decisionNumber", Messages.text("party.error.recognitionDecision")));
			}
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		LocalDate end = before.probationEndsOn();
		LocalDate deadline = rules.recognitionDeadline(end);
		String note = r.proposedOn().isAfter(deadline)
				? Messages.text(Messages.VIETNAMESE, "party.note.recognitionLate", Formats.date(deadline)) : null;
		String user = currentUser.username();
		members.addStatus(memberId, MemberStatus.OFFICIAL, end, r.decisionNumber().strip(), r.decidedOn(), note, user);
		jdbc.sql("""
				update party_member set official_on = ?, recognition_proposed_on = ?, recognition_decision = ?,
				  version = version + 1 where id = ?""")
			.params(end, r.proposedOn(), r.decisionNumber().strip(), memberId)
			.update();
		return memberService.updated(memberId, before);
	}

}

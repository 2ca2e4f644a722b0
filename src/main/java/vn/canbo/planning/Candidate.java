package vn.canbo.planning;

import java.time.LocalDate;
import java.util.List;

/**
 * A person in a plan for a title over [addedOn, removedOn): the source, the decision
 * adding them (null = the plan's), the justification and the overridden rule outcomes,
 * the discipline case named (1, 2 of PLAN-07), the removal (date, reason, decision), the
 * votes of the steps and {@code appointedBy}: the career decision whose appointment
 * closed the candidacy (APPOINTED), else null. {@code fullName} is hidden when the person
 * is outside the reader's scope.
 */
@org.springframework.modulith.NamedInterface("api")
public record Candidate(long id, long planId, String titleCode, String titleName, long personId, String fullName,
		LocalDate addedOn, CandidateSource source, String decisionNumber, LocalDate decidedOn, String justification,
		Integer disciplineCase, List<RuleOutcome> overrides, LocalDate removedOn, String removalReason,
		String removalDecisionNumber, LocalDate removalDecidedOn, List<Vote> votes, Long appointedBy) {

	/** In the plan on the day. */
	public boolean activeOn(LocalDate d) {
		return !addedOn.isAfter(d) && (removedOn == null || removedOn.isAfter(d));
	}

	/** Closed by an issued appointment to the title (APPOINTED). */
	public boolean appointed() {
		return appointedBy != null;
	}

}

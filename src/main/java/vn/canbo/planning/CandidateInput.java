package vn.canbo.planning;

import java.time.LocalDate;

/**
 * An addition to a plan: the title (one of the plan's), the person, the day, the source,
 * the supplementary decision if any (number and date), the justification of the WARN
 * rules overridden, and the case of PLAN-07 (1 or 2) when the person has a discipline
 * still in its period.
 */
@org.springframework.modulith.NamedInterface("api")
public record CandidateInput(String titleCode, Long personId, LocalDate addedOn, CandidateSource source,
		String decisionNumber, LocalDate decidedOn, String justification, Integer disciplineCase) {
}

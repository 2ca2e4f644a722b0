package vn.canbo.evaluation;

import java.time.LocalDate;

/**
 * Published when a final rating is corrected by a decision: the person (null for a unit),
 * the campaign's period and the rating before and after.
 */
@org.springframework.modulith.NamedInterface("api")
public record EvaluationCorrected(long campaignId, Long personId, PeriodKind periodKind, LocalDate periodFrom,
		LocalDate periodTo, Rating before, Rating after) {
}

package vn.canbo.evaluation;

import java.time.LocalDate;
import java.util.List;

/**
 * Published when a campaign is finalised (after the transaction commits, through Spring
 * Modulith's event publication): the campaign, its root unit, period and the persons
 * whose rating became final (empty for a COLLECTIVE campaign).
 */
@org.springframework.modulith.NamedInterface("api")
public record EvaluationFinalised(long campaignId, long rootUnitId, PeriodKind periodKind, LocalDate periodFrom,
		LocalDate periodTo, List<Long> personIds) {
}

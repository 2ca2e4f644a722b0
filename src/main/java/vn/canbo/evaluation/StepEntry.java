package vn.canbo.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A step to record on a subject (the DECISION step is recorded by
 * {@link Campaigns#finalise}); score and rating optional.
 */
@org.springframework.modulith.NamedInterface("api")
public record StepEntry(StepKind kind, LocalDate date, String actor, BigDecimal score, Rating rating, String note) {
}

package vn.canbo.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One recorded step of a subject's evaluation: its date and actor (who assessed, gave the
 * opinion, proposed or decided), the score and rating it gave, a note; who recorded it
 * and when.
 */
@org.springframework.modulith.NamedInterface("api")
public record Step(long id, StepKind kind, LocalDate date, String actor, BigDecimal score, Rating rating, String note,
		Instant recordedAt, String recordedBy) {
}

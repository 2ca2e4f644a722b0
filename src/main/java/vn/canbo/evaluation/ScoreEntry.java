package vn.canbo.evaluation;

import java.math.BigDecimal;

/**
 * One row of a grid save or import: the subject (by {@code subjectId}, or by
 * {@code personId} within the campaign), its score — either {@code score} or, under NĐ
 * 335, {@code commonScore} (0–30) + {@code taskScore} (0–70) — its rating, disqualifying
 * flags (null = none) and task group (null = unchanged). A rating that contradicts the
 * score, a score outside 0–100, a subject not in the campaign or outside the scope is an
 * error naming the person and the field.
 */
@org.springframework.modulith.NamedInterface("api")
public record ScoreEntry(Long subjectId, Long personId, BigDecimal commonScore, BigDecimal taskScore, BigDecimal score,
		Rating rating, Disqualifiers disqualifiers, String taskGroup) {
}

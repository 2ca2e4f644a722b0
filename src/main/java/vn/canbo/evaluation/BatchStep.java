package vn.canbo.evaluation;

import java.time.LocalDate;
import java.util.List;

/**
 * One step recorded for many subjects of a campaign at once (e.g. "the collective met on
 * dd/MM/yyyy", "the head proposes the grid's current ratings"): the subjects evaluated in
 * {@code unitId} (null: every subject in the scope), or only {@code subjectIds} when
 * given; with {@code currentRatings} (optional, false) each step carries the subject's
 * current score and rating from the grid. All-or-nothing.
 */
@org.springframework.modulith.NamedInterface("api")
public record BatchStep(StepKind kind, LocalDate date, String actor, String note, Long unitId, List<Long> subjectIds,
		Boolean currentRatings) {

	/** Whether the steps carry the grid's current score and rating (null: no). */
	public boolean withRatings() {
		return Boolean.TRUE.equals(currentRatings);
	}

}

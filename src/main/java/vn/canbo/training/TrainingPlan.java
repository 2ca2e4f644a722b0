package vn.canbo.training;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A unit's yearly training plan: its decision, the targets programme carrying its
 * indicators ({@code programmeId}, /targets/{id}) and, as of {@code asOf}, one line per
 * planned course kind with target, achievement and percent (empty in lists). Achievement
 * counts the enrolments of the unit's subtree whose start date lies in the year up to
 * {@code asOf} (TRAINING_TURNS / TRAINING_PERSONS filtered by the kind).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@org.springframework.modulith.NamedInterface("api")
public record TrainingPlan(long id, long unitId, String unitName, int year, long programmeId, String decisionNumber,
		LocalDate decidedOn, String issuer, int version, LocalDate asOf, List<Line> lines) {

	public TrainingPlan {
		lines = lines == null ? List.of() : List.copyOf(lines);
	}

	/**
	 * A course kind's targets and achievement: lượt and distinct persons (a target null
	 * when not planned; percent = achieved / target × 100, 2 decimals half-up) and the
	 * summary report's sentences.
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record Line(CourseKind kind, String kindLabel, Long turnsTarget, long turns, BigDecimal turnsPercent,
			String turnsPhrase, Long personsTarget, long persons, BigDecimal personsPercent, String personsPhrase) {
	}

}

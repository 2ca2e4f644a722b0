package vn.canbo.training;

import java.time.LocalDate;
import java.util.List;

/**
 * A yearly training plan as entered: its decision (number, date, issuer), the version
 * read (null when creating; a stale one is refused) and one row per course kind with its
 * targets in lượt ({@code turns}) and distinct persons ({@code persons}); a blank or zero
 * target is no target. The kind is a {@link CourseKind} code (an unknown code is an error
 * of its row).
 */
@org.springframework.modulith.NamedInterface("api")
public record PlanInput(String decisionNumber, LocalDate decidedOn, String issuer, Integer version, List<Row> rows) {

	public PlanInput {
		rows = rows == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(rows));
	}

	/** The targets of one course kind. */
	public record Row(String kind, Long turns, Long persons) {
	}

}

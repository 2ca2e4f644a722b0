package vn.canbo.planning;

import java.time.LocalDate;
import java.util.List;

/**
 * The readiness view of a plan (of a unit, its name on the day) on a day: per title (its
 * name in the reader's language), the incumbents and each candidate in the plan that day.
 * A candidate outside the reader's scope shows no detail.
 */
@org.springframework.modulith.NamedInterface("api")
public record Readiness(long planId, long unitId, String unitName, LocalDate on, List<Title> titles) {

	@org.springframework.modulith.NamedInterface("api")
	public record Title(String titleCode, String titleName, List<Incumbent> incumbents, List<Row> candidates) {
	}

	/** The holder of the title in the plan's unit: term end and retirement date. */
	@org.springframework.modulith.NamedInterface("api")
	public record Incumbent(long personId, String fullName, boolean concurrent, LocalDate termEnd,
			LocalDate retirementDate) {
	}

	/**
	 * A candidate: months of working time left on the day, whole 5-year terms they could
	 * still serve, the current main post and the months in it, the standard's gaps (null:
	 * no standard in force), the final ratings of the last three years ("2025: HTTNV"),
	 * the discipline in its period on the day (null: none), the training without a result
	 * yet.
	 */
	@org.springframework.modulith.NamedInterface("api")
	public record Row(long candidateId, long personId, String fullName, boolean hidden, LocalDate retirementDate,
			Long monthsLeft, Long termsLeft, String currentPost, Long monthsInPost, List<String> gaps,
			List<String> ratings, String discipline, List<String> training) {
	}

}

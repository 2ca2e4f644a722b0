package vn.canbo.training;

/**
 * Filters of the course list: kind, year (a course counts in the years it runs through),
 * organiser (part of its name, accents ignored: no, case ignored), all optional.
 */
@org.springframework.modulith.NamedInterface("api")
public record CourseFilter(CourseKind kind, Integer year, String organiser) {

	public static CourseFilter none() {
		return new CourseFilter(null, null, null);
	}

}

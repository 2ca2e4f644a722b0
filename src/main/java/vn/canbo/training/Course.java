package vn.canbo.training;

import java.time.LocalDate;

/**
 * A course (khóa, lớp) as stored; {@code unitName} is the organising unit's name,
 * {@code enrolled} its number of enrolments (lượt).
 */
@org.springframework.modulith.NamedInterface("api")
public record Course(long id, String code, String name, CourseKind kind, String levelCode, String languageCode,
		long unitId, String unitName, String organiser, String place, String formCode, LocalDate startsOn,
		LocalDate endsOn, String funding, Integer capacity, int version, int enrolled) {
}

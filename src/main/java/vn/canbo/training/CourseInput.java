package vn.canbo.training;

import java.time.LocalDate;

/**
 * A course to create or the new values of one: {@code levelCode} the level it confers
 * (one of those its kind may confer) or null; {@code languageCode} (catalog
 * FOREIGN_LANGUAGE) for a language course that confers a level; {@code formCode} catalog
 * TRAINING_FORM (tập trung, không tập trung, trực tuyến…).
 */
@org.springframework.modulith.NamedInterface("api")
public record CourseInput(String code, String name, CourseKind kind, String levelCode, String languageCode, Long unitId,
		String organiser, String place, String formCode, LocalDate startsOn, LocalDate endsOn, String funding,
		Integer capacity) {
}

package vn.canbo.people;

import vn.canbo.shared.PartialDate;

/**
 * Đào tạo, bồi dưỡng (item 27): school, major, from–to (month/year), form (catalog
 * TRAINING_FORM), certificate.
 */
@org.springframework.modulith.NamedInterface("api")
public record Training(Long id, QualificationKind kind, String school, String major, PartialDate from, PartialDate to,
		String formCode, String certificate, String levelCode) {
}

package vn.canbo.people;

import java.time.LocalDate;

/**
 * A level reached (trình độ), valid from the date obtained. The highest professional
 * level as of D is the PROFESSIONAL row valid on D with the highest catalog sort order.
 */
@org.springframework.modulith.NamedInterface("api")
public record Qualification(Long id, QualificationKind kind, String levelCode, String languageCode, String major,
		String institution, LocalDate validFrom, LocalDate validTo) {

	public static Qualification of(QualificationKind kind, String levelCode, LocalDate obtainedOn) {
		return new Qualification(null, kind, levelCode, null, null, null, obtainedOn, null);
	}

	public boolean validOn(LocalDate d) {
		return !validFrom.isAfter(d) && (validTo == null || validTo.isAfter(d));
	}
}

package vn.canbo.people;

import java.time.LocalDate;

/**
 * The most months a retirement category may move the statutory age on a date: provided by
 * the rules module (its effective-dated parameters), so that the dossier refuses a
 * retirement category beyond the law without depending on the rules.
 */
@org.springframework.modulith.NamedInterface("api")
public interface RetirementLimits {

	int maxMonths(RetirementCategory category, LocalDate on);

}

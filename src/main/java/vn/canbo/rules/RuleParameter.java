package vn.canbo.rules;

import java.time.Instant;
import java.time.LocalDate;

/** One version of a rule parameter, in force over [effectiveFrom, effectiveTo). */
public record RuleParameter(long id, String key, String ruleId, String name, String value, RuleMode mode,
		String legalBasis, LocalDate effectiveFrom, LocalDate effectiveTo, String note, Instant createdAt,
		String createdBy) {

	public int intValue() {
		return Integer.parseInt(value.strip());
	}
}

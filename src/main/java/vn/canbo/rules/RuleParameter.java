package vn.canbo.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a rule parameter, in force over [effectiveFrom, effectiveTo). A legal
 * basis containing {@code [U]} marks a value or attribution the regulations leave
 * unconfirmed (regulations.md's tag).
 */
public record RuleParameter(long id, String key, String ruleId, String name, String value, RuleMode mode,
		String legalBasis, LocalDate effectiveFrom, LocalDate effectiveTo, String note, Instant createdAt,
		String createdBy) {

	public int intValue() {
		return Integer.parseInt(value.strip());
	}

	/** True when the legal basis says the value or its source is unconfirmed ([U]). */
	@JsonProperty("unconfirmed")
	public boolean unconfirmed() {
		return legalBasis != null && legalBasis.contains("[U");
	}

	/** True when in force on the date. */
	public boolean inForce(LocalDate on) {
		return !effectiveFrom.isAfter(on) && (effectiveTo == null || effectiveTo.isAfter(on));
	}
}

package vn.canbo.career;

import java.time.LocalDate;

/**
 * Filters of the decision list: type, status, effective period [from, to], person,
 * number/issuer text, and unit: decisions with a subject whose unit before the decision
 * (else the new unit) lies in that unit's subtree, as the movement counts count them.
 */
public record DecisionFilter(DecisionType type, DecisionStatus status, LocalDate from, LocalDate to, Long personId,
		String q, Long unitId) {

	public DecisionFilter(DecisionType type, DecisionStatus status, LocalDate from, LocalDate to, Long personId,
			String q) {
		this(type, status, from, to, personId, q, null);
	}

	public static DecisionFilter none() {
		return new DecisionFilter(null, null, null, null, null, null, null);
	}
}

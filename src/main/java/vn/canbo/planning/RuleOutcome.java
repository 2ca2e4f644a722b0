package vn.canbo.planning;

import vn.canbo.rules.RuleMode;

/**
 * The outcome of one planning rule on an addition: the rule, its parameter key, mode and
 * legal basis, and a Vietnamese message naming them. {@code outcome}: PASS; WARN (needs a
 * justification); CASE (PLAN-07: allowed only when the request names case 1 or 2 of QĐ
 * 377, with a justification); BLOCK (refused).
 */
@org.springframework.modulith.NamedInterface("api")
public record RuleOutcome(String ruleId, String key, RuleMode mode, Outcome outcome, String message,
		String legalBasis) {

	@org.springframework.modulith.NamedInterface("api")
	public enum Outcome {

		PASS, WARN, CASE, BLOCK

	}

	@com.fasterxml.jackson.annotation.JsonIgnore
	public boolean passed() {
		return outcome == Outcome.PASS;
	}

}

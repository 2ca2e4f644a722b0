package vn.canbo.rules;

/**
 * The outcome of one rule on one subject of a decision. {@code passed = false} with mode
 * BLOCK stops the issue; with WARN it needs a justification. The message is Vietnamese
 * and names the rule and its legal basis.
 */
public record RuleResult(String ruleId, String key, RuleMode mode, boolean passed, String message, String legalBasis,
		Long personId) {

	public boolean blocks() {
		return !passed && mode == RuleMode.BLOCK;
	}

	public boolean warns() {
		return !passed && mode == RuleMode.WARN;
	}
}

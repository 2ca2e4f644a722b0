package vn.canbo.rules;

/**
 * BLOCK stops the issue of a decision; WARN lets it through with a recorded
 * justification.
 */
public enum RuleMode {

	BLOCK, WARN

}

package vn.canbo.shared;

/**
 * A problem with one input field, the message in the user's language (Vietnamese by
 * default).
 */
public record FieldError(String field, String message, Object rejectedValue) {

	public FieldError(String field, String message) {
		this(field, message, null);
	}
}

package vn.canbo.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.ValidationException;

/**
 * The errors of a rejected form as the page shows them: each field's messages under its
 * name, in the order they came, several for one field joined by "; " (every problem at
 * once); or all of them on one line.
 */
public final class FieldMessages {

	private FieldMessages() {
	}

	public static Map<String, String> byField(ValidationException e) {
		return byField(e.errors());
	}

	/**
	 * Every message on one line, joined by "; " (a flash message, a page's error line);
	 * the exception's own message when it lists none.
	 */
	public static String joined(ValidationException e) {
		return e.errors().isEmpty() ? e.getMessage()
				: e.errors().stream().map(FieldError::message).collect(Collectors.joining("; "));
	}

	public static Map<String, String> byField(List<FieldError> errors) {
		Map<String, String> out = new LinkedHashMap<>();
		errors.forEach(f -> out.merge(f.field(), f.message(), (a, b) -> a + "; " + b));
		return out;
	}

}

package vn.canbo.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A request names a field its caller may not see — to filter, sort, group or count by it
 * (a sensitive dossier field without SENSITIVE_READ): refused, never silently ignored.
 * Answered as HTTP 403 problem details ({@code type urn:canbo:hidden-field}, the field in
 * {@code field}) by the API, 403 by the pages.
 */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class HiddenFieldException extends RuntimeException {

	private final String field;

	/** {@code label}: the field's name as the user reads it. */
	public HiddenFieldException(String field, String label) {
		super(Messages.text("shared.error.hiddenField", label));
		this.field = field;
	}

	public String field() {
		return field;
	}

}

package vn.canbo.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

import java.util.List;

/**
 * Input rejected by a domain rule; answered as HTTP 400 problem details listing every
 * field.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST) // any page or endpoint that does not handle it
										// itself
public class ValidationException extends RuntimeException {

	private final List<FieldError> errors;

	public ValidationException(List<FieldError> errors) {
		super(errors.isEmpty() ? Messages.text("shared.error.invalid")
				: errors.get(0).field() + ": " + errors.get(0).message());
		this.errors = List.copyOf(errors);
	}

	public ValidationException(String field, String message) {
		this(List.of(new FieldError(field, message)));
	}

	public List<FieldError> errors() {
		return errors;
	}

}

package vn.canbo.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.HiddenFieldException;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.ValidationException;

/**
 * Errors of the REST API as RFC 9457 problem details. Validation problems list every
 * field: {@code {"title":"Dữ liệu không hợp
 * lệ","status":400,"errors":[{"field":"birthDate","message":"…"}]}}.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE) // before Boot's ProblemDetailsExceptionHandler, which
									// would answer type mismatches without field names
public class ApiExceptionHandler {

	@ExceptionHandler(ValidationException.class)
	ProblemDetail validation(ValidationException e) {
		return invalid(e.errors());
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail beanValidation(MethodArgumentNotValidException e) {
		return invalid(e.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(f -> new FieldError(f.getField(),
					f.isBindingFailure() ? Messages.text("shared.error.badValue") : f.getDefaultMessage(),
					f.getRejectedValue()))
			.toList());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException e) {
		String field = jsonField(e);
		return invalid(List.of(new FieldError(field, Messages.text("shared.error.badFormat"))));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
		return invalid(List
			.of(new FieldError(e.getName(), Messages.text("shared.error.badValue"), String.valueOf(e.getValue()))));
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException e) {
		return problem(HttpStatus.NOT_FOUND, e, "shared.error.notFound", null);
	}

	@ExceptionHandler(HiddenFieldException.class)
	ProblemDetail hiddenField(HiddenFieldException e) {
		ProblemDetail p = problem(HttpStatus.FORBIDDEN, e, "shared.error.hiddenFieldTitle", "urn:canbo:hidden-field");
		p.setProperty("field", e.field());
		return p;
	}

	@ExceptionHandler(ConcurrentEditException.class)
	ProblemDetail conflict(ConcurrentEditException e) {
		return problem(HttpStatus.CONFLICT, e, "shared.error.conflict", "urn:canbo:concurrent-edit");
	}

	/**
	 * A problem with the exception's message as detail, a title from the bundles, a type
	 * (or none).
	 */
	private static ProblemDetail problem(HttpStatus status, RuntimeException e, String titleKey, String type) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(status, e.getMessage());
		p.setTitle(Messages.text(titleKey));
		if (type != null) {
			p.setType(URI.create(type));
		}
		return p;
	}

	private static ProblemDetail invalid(List<FieldError> errors) {
		ProblemDetail p = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		p.setTitle(Messages.text("shared.error.invalid"));
		p.setType(URI.create("urn:canbo:validation"));
		p.setDetail(errors.stream().map(f -> f.field() + ": " + f.message()).reduce((a, b) -> a + "; " + b).orElse(""));
		p.setProperty("errors",
				errors.stream()
					.map(f -> f.rejectedValue() == null ? Map.of("field", f.field(), "message", f.message())
							: Map.of("field", f.field(), "message", f.message(), "rejectedValue",
									String.valueOf(f.rejectedValue())))
					.toList());
		return p;
	}

	/**
	 * The JSON property Jackson 3 failed on (its exception keeps the path; Spring's
	 * message does not).
	 */
	private static String jsonField(HttpMessageNotReadableException e) {
		for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
			if (t instanceof tools.jackson.core.JacksonException j && !j.getPath().isEmpty()) {
				String name = j.getPath().get(j.getPath().size() - 1).getPropertyName();
				if (name != null) {
					return name;
				}
			}
		}
		return fieldOf(e.getMessage());
	}

	/**
	 * Jackson names the offending JSON path in its message as {@code ["field"]}; take the
	 * last one.
	 */
	private static String fieldOf(String message) {
		if (message == null) {
			return "body";
		}
		int end = message.lastIndexOf("\"]");
		int start = end < 0 ? -1 : message.lastIndexOf("[\"", end);
		return start < 0 ? "body" : message.substring(start + 2, end);
	}

}

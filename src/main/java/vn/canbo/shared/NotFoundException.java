package vn.canbo.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Not there, or outside the caller's scope: both are answered 404 so that existence does
 * not leak.
 */
@ResponseStatus(HttpStatus.NOT_FOUND) // any page or endpoint that does not handle it
										// itself
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}

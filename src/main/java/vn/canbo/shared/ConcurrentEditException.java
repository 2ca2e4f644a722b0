package vn.canbo.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Optimistic lock: the record changed since the user loaded it. Answered as HTTP 409. */
@ResponseStatus(HttpStatus.CONFLICT) // any page or endpoint that does not handle it
										// itself
public class ConcurrentEditException extends RuntimeException {

	public ConcurrentEditException(String message) {
		super(message);
	}

}

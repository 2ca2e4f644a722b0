package vn.canbo.career.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.canbo.shared.NotFoundException;

/**
 * Career pages: absent or outside the scope is the same 404 page, so that existence does
 * not leak.
 */
@ControllerAdvice(assignableTypes = { DecisionPageController.class, CareerPageController.class })
class CareerPageAdvice {

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "career/not-found";
	}

}

package vn.canbo.people.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.canbo.shared.NotFoundException;

/**
 * Absent or outside the scope: the same 404 page for every people page, so that existence
 * does not leak.
 */
@ControllerAdvice(assignableTypes = { PersonListController.class, DossierController.class, PersonFormController.class,
		HistoryController.class })
class PeoplePagesAdvice {

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "people/not-found";
	}

}

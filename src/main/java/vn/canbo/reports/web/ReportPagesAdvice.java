package vn.canbo.reports.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.canbo.shared.NotFoundException;

/**
 * Report pages: absent or outside the scope is the same 404 page with the message, so
 * that existence does not leak.
 */
@ControllerAdvice(
		assignableTypes = { ReportPageController.class, PopulationPageController.class, SummaryPageController.class })
class ReportPagesAdvice {

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(NotFoundException e, Model model) {
		model.addAttribute("message", e.getMessage());
		return "reports/not-found";
	}

}

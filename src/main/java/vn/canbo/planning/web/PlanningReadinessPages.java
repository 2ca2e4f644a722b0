package vn.canbo.planning.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.canbo.planning.PlanReadiness;
import vn.canbo.planning.Plans;
import vn.canbo.planning.Readiness;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.web.XlsxTable;

/**
 * The readiness view of a plan: page
 * /planning/{planId}/readiness?on=dd/MM/yyyy&amp;sort=, its .xlsx, and the API
 * (/api/v1/planning/plans/{planId}/readiness, JSON and .xlsx). Scope first: a plan
 * outside it is 404.
 */
@Controller
@PreAuthorize("hasAuthority('PERSON_READ')")
@Tag(name = "Quy hoạch cán bộ / Succession planning")
class PlanningReadinessPages {

	private final Plans plans;

	private final PlanReadiness readiness;

	PlanningReadinessPages(Plans plans, PlanReadiness readiness) {
		this.plans = plans;
		this.readiness = readiness;
	}

	@GetMapping("/planning/{planId}/readiness")
	String page(@PathVariable long planId, @RequestParam(required = false) LocalDate on,
			@RequestParam(required = false) String sort, Scope scope, Model model) {
		Readiness r = readiness.readiness(planId, on, sort, scope);
		model.addAttribute("plan", plans.get(planId, scope));
		model.addAttribute("readiness", r);
		model.addAttribute("sort", sort);
		return "planning/readiness";
	}

	@GetMapping("/planning/{planId}/readiness.xlsx")
	void xlsx(@PathVariable long planId, @RequestParam(required = false) LocalDate on,
			@RequestParam(required = false) String sort, Scope scope, HttpServletResponse res) {
		send(readiness.readiness(planId, on, sort, scope), res);
	}

	@GetMapping("/api/v1/planning/plans/{planId}/readiness")
	@ResponseBody
	@Operation(
			summary = "Readiness view of a plan on a day (default today): per title the incumbents (term end, retirement date) and each candidate (months left, terms they could still serve, current post and months in it, standard gaps, last three years' ratings, discipline, training in progress); sort: name, monthsLeft, monthsInPost")
	Readiness api(@PathVariable long planId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) String sort, Scope scope) {
		return readiness.readiness(planId, on, sort, scope);
	}

	@GetMapping("/api/v1/planning/plans/{planId}/readiness.xlsx")
	@Operation(summary = "The readiness view of a plan as .xlsx")
	void apiXlsx(@PathVariable long planId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) String sort, Scope scope, HttpServletResponse res) {
		send(readiness.readiness(planId, on, sort, scope), res);
	}

	private void send(Readiness r, HttpServletResponse res) {
		XlsxTable.send(res, "san-sang-quy-hoach-" + r.planId() + "-" + r.on() + ".xlsx",
				Messages.text("planning.readiness.sheet"), readiness.headers(), readiness.rows(r));
	}

}

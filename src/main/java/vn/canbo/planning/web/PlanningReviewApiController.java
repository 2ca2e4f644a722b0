package vn.canbo.planning.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.canbo.planning.Candidate;
import vn.canbo.planning.PlanReviews;
import vn.canbo.planning.ReviewInput;
import vn.canbo.planning.ReviewProposal;
import vn.canbo.shared.Scope;

/**
 * REST API of the annual review of a plan (rà soát, bổ sung hằng năm). Scoped as the
 * plan: a plan outside the caller's scope is 404.
 */
@RestController
@Tag(name = "Quy hoạch cán bộ / Succession planning")
class PlanningReviewApiController {

	private final PlanReviews reviews;

	PlanningReviewApiController(PlanReviews reviews) {
		this.reviews = reviews;
	}

	@GetMapping("/api/v1/planning/plans/{planId}/review")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(
			summary = "Annual review: the candidates proposed for removal on a day (default today): aged out, disciplined, rated KHTNV last year, below the title standard, left the unit, service ended, appointed")
	List<ReviewProposal> proposals(@PathVariable long planId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Scope scope) {
		return reviews.proposals(planId, on == null ? LocalDate.now() : on, scope);
	}

	@PostMapping("/api/v1/planning/plans/{planId}/review")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	@Operation(
			summary = "Confirm an annual review: remove every candidate listed with its reason, on the day, by the decision; all or nothing")
	List<Candidate> confirm(@PathVariable long planId, @RequestBody ReviewInput body, Scope scope) {
		return reviews.confirm(planId, body, scope);
	}

}

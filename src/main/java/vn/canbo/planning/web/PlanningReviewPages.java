package vn.canbo.planning.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.canbo.planning.PlanReviews;
import vn.canbo.planning.Plans;
import vn.canbo.planning.ReviewInput;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Page /planning/{planId}/review?on=dd/MM/yyyy: the removals the annual review proposes
 * on the day, each with its findings; the user ticks, gives each a reason and the
 * decision, and confirms (all or nothing). Scope first: a plan outside it is 404.
 */
@Controller
@PreAuthorize("hasAuthority('PERSON_READ')")
class PlanningReviewPages {

	private final Plans plans;

	private final PlanReviews reviews;

	private final vn.canbo.catalog.Catalogs catalogs;

	PlanningReviewPages(Plans plans, PlanReviews reviews, vn.canbo.catalog.Catalogs catalogs) {
		this.catalogs = catalogs;
		this.plans = plans;
		this.reviews = reviews;
	}

	@GetMapping("/planning/{planId}/review")
	String review(@PathVariable long planId, @RequestParam(required = false) LocalDate on, Scope scope, Model model) {
		LocalDate day = on == null ? LocalDate.now() : on;
		model.addAttribute("plan", plans.get(planId, scope));
		model.addAttribute("on", day);
		model.addAttribute("proposals", reviews.proposals(planId, day, scope));
		model.addAttribute("titleNames",
				PlanningPages.titleNames(catalogs.list(vn.canbo.catalog.CatalogType.TITLE, java.time.LocalDate.now())));
		return "planning/review";
	}

	@PostMapping("/planning/{planId}/review")
	@PreAuthorize("hasAuthority('PERSON_READ') and hasAuthority('PERSON_WRITE')")
	String confirm(@PathVariable long planId, @RequestParam(required = false) LocalDate on,
			@RequestParam(required = false) List<Long> pick, @RequestParam(required = false) LocalDate removedOn,
			@RequestParam(required = false) String decisionNumber, @RequestParam(required = false) LocalDate decidedOn,
			@RequestParam Map<String, String> form, Scope scope, Model model, RedirectAttributes redirect) {
		plans.get(planId, scope);
		List<ReviewInput.Item> items = new ArrayList<>();
		for (Long id : pick == null ? List.<Long>of() : pick) {
			items.add(new ReviewInput.Item(id, form.get("reason" + id)));
		}
		try {
			int n = reviews.confirm(planId, new ReviewInput(removedOn, decisionNumber, decidedOn, items), scope).size();
			redirect.addFlashAttribute("notice", Messages.text("planning.review.done", String.valueOf(n)));
			return "redirect:/planning/" + planId;
		}
		catch (ValidationException e) {
			model.addAttribute("errors", e.errors());
			return review(planId, on, scope, model);
		}
	}

}

package vn.canbo.planning.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.planning.Candidate;
import vn.canbo.planning.CandidateInput;
import vn.canbo.planning.CandidateSource;
import vn.canbo.planning.PlanInput;
import vn.canbo.planning.PlanKind;
import vn.canbo.planning.Plans;
import vn.canbo.planning.Removal;
import vn.canbo.planning.Vote;
import vn.canbo.rules.RuleParameters;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Pages: /planning (plans of the units in the scope, filter by term; the new-plan form),
 * /planning/{id} (titles with their candidates, the addition form showing each rule's
 * outcome, removal and vote forms). Scope first: a plan outside it is 404. Errors all at
 * once, nothing stored.
 */
@Controller
@PreAuthorize("hasAuthority('PERSON_READ')")
class PlanningPages {

	private static final String WRITE = "hasAuthority('PERSON_READ') and hasAuthority('PERSON_WRITE')";

	private final Plans plans;

	private final Catalogs catalogs;

	private final RuleParameters params;

	PlanningPages(Plans plans, Catalogs catalogs, RuleParameters params) {
		this.plans = plans;
		this.catalogs = catalogs;
		this.params = params;
	}

	@GetMapping("/planning")
	String list(@RequestParam(required = false) String term, Scope scope, Model model) {
		model.addAttribute("plans", plans.list(term, scope));
		model.addAttribute("term", term);
		model.addAttribute("terms", plans.terms());
		model.addAttribute("kinds", PlanKind.values());
		model.addAttribute("titles", catalogs.list(CatalogType.TITLE, LocalDate.now()));
		return "planning/list";
	}

	@PostMapping("/planning")
	@PreAuthorize(WRITE)
	String create(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String termCode,
			@RequestParam(required = false) PlanKind kind, @RequestParam(required = false) String decisionNumber,
			@RequestParam(required = false) LocalDate decidedOn, @RequestParam(required = false) String issuer,
			@RequestParam(required = false) String note, @RequestParam(required = false) List<String> titleCodes,
			Scope scope, Model model) {
		try {
			return "redirect:/planning/" + plans
				.create(new PlanInput(unitId, termCode, kind, decisionNumber, decidedOn, issuer, note, titleCodes),
						scope)
				.id();
		}
		catch (ValidationException e) {
			model.addAttribute("errors", e.errors());
			return list(null, scope, model);
		}
	}

	@GetMapping("/planning/{planId}")
	String plan(@PathVariable long planId, Scope scope, Model model) {
		model.addAttribute("plan", plans.get(planId, scope));
		model.addAttribute("sources", CandidateSource.values());
		var titles = catalogs.list(CatalogType.TITLE, LocalDate.now());
		model.addAttribute("titles", titles);
		model.addAttribute("titleNames", titleNames(titles));
		model.addAttribute("steps", params.listValue("planning.workflow_steps", LocalDate.now()));
		if (!model.containsAttribute("in")) {
			model.addAttribute("in",
					new CandidateInput(null, null, LocalDate.now(), CandidateSource.INTERNAL, null, null, null, null));
		}
		return "planning/plan";
	}

	@PostMapping("/planning/{planId}/titles")
	@PreAuthorize(WRITE)
	String addTitle(@PathVariable long planId, @RequestParam(required = false) String titleCode,
			@RequestParam(required = false) LocalDate addedOn, Scope scope, Model model) {
		try {
			plans.addTitle(planId, titleCode, addedOn, scope);
			return "redirect:/planning/" + planId;
		}
		catch (ValidationException e) {
			model.addAttribute("errors", e.errors());
			return plan(planId, scope, model);
		}
	}

	@PostMapping("/planning/{planId}/candidates")
	@PreAuthorize(WRITE)
	String add(@PathVariable long planId, @RequestParam(required = false) String titleCode,
			@RequestParam(required = false) Long personId, @RequestParam(required = false) LocalDate addedOn,
			@RequestParam(required = false) CandidateSource source,
			@RequestParam(required = false) String decisionNumber, @RequestParam(required = false) LocalDate decidedOn,
			@RequestParam(required = false) String justification,
			@RequestParam(required = false) Integer disciplineCase, @RequestParam(required = false) String action,
			Scope scope, Model model) {
		CandidateInput in = new CandidateInput(titleCode, personId, addedOn, source, decisionNumber, decidedOn,
				justification, disciplineCase);
		model.addAttribute("in", in);
		try {
			model.addAttribute("outcomes", plans.check(planId, in, scope));
			if ("check".equals(action)) {
				return plan(planId, scope, model);
			}
			plans.add(planId, in, scope);
			return "redirect:/planning/" + planId;
		}
		catch (ValidationException e) {
			model.addAttribute("errors", e.errors());
			return plan(planId, scope, model);
		}
	}

	@PostMapping("/planning/{planId}/candidates/{candidateId}/removal")
	@PreAuthorize(WRITE)
	String remove(@PathVariable long planId, @PathVariable long candidateId,
			@RequestParam(required = false) LocalDate removedOn, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String decisionNumber, @RequestParam(required = false) LocalDate decidedOn,
			Scope scope, Model model) {
		plans.get(planId, scope);
		try {
			Candidate c = plans.remove(candidateId, new Removal(removedOn, reason, decisionNumber, decidedOn), scope);
			return "redirect:/planning/" + c.planId();
		}
		catch (ValidationException e) {
			model.addAttribute("errors", e.errors());
			return plan(planId, scope, model);
		}
	}

	@PostMapping("/planning/{planId}/candidates/{candidateId}/votes")
	@PreAuthorize(WRITE)
	String vote(@PathVariable long planId, @PathVariable long candidateId, @RequestParam(required = false) String step,
			@RequestParam(required = false) LocalDate heldOn, @RequestParam(required = false) Integer voters,
			@RequestParam(required = false) Integer votesFor, @RequestParam(required = false) Integer votesAgainst,
			@RequestParam(required = false) String note, Scope scope, Model model) {
		plans.get(planId, scope);
		try {
			Candidate c = plans.vote(candidateId, new Vote(step, heldOn, voters, votesFor, votesAgainst, note), scope);
			return "redirect:/planning/" + c.planId();
		}
		catch (ValidationException e) {
			model.addAttribute("errors", e.errors());
			return plan(planId, scope, model);
		}
	}

	/**
	 * The titles' names in the request's language by code (a plan names its titles in
	 * Vietnamese).
	 */
	static java.util.Map<String, String> titleNames(List<vn.canbo.catalog.CatalogItem> titles) {
		return titles.stream()
			.collect(java.util.stream.Collectors.toMap(vn.canbo.catalog.CatalogItem::code,
					i -> i.label(org.springframework.context.i18n.LocaleContextHolder.getLocale()), (x, y) -> x));
	}

}

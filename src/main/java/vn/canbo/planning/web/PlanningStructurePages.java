package vn.canbo.planning.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.canbo.planning.PlanStructure;
import vn.canbo.planning.Plans;
import vn.canbo.planning.Structure;
import vn.canbo.shared.Scope;

/**
 * The structure of a plan (page /planning/{planId}/structure?on=dd/MM/yyyy and API) and
 * of the plans of a subtree (API /api/v1/planning/structure). Scope first: 404 outside.
 */
@Controller
@PreAuthorize("hasAuthority('PERSON_READ')")
@Tag(name = "Quy hoạch cán bộ / Succession planning")
class PlanningStructurePages {

	private final Plans plans;

	private final PlanStructure structure;

	PlanningStructurePages(Plans plans, PlanStructure structure) {
		this.plans = plans;
		this.structure = structure;
	}

	@GetMapping("/planning/{planId}/structure")
	String page(@PathVariable long planId, @RequestParam(required = false) LocalDate on, Scope scope, Model model) {
		Structure s = structure.ofPlan(planId, on, scope);
		model.addAttribute("plan", plans.get(planId, scope));
		model.addAttribute("structure", s);
		return "planning/structure";
	}

	@GetMapping("/api/v1/planning/plans/{planId}/structure")
	@ResponseBody
	@Operation(
			summary = "Structure of a plan on a day (default today): shares of women, young cadres, ethnic minorities and the three age tiers against the targets (planning.target_*)")
	Structure plan(@PathVariable long planId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Scope scope) {
		return structure.ofPlan(planId, on, scope);
	}

	@GetMapping("/api/v1/planning/structure")
	@ResponseBody
	@Operation(
			summary = "Structure of the plans of a unit's subtree (unitId) of a term (term code, none: every term) on a day")
	Structure subtree(@RequestParam long unitId, @RequestParam(required = false) String term,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Scope scope) {
		return structure.ofSubtree(unitId, term, on, scope);
	}

}

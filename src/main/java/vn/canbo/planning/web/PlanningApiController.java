package vn.canbo.planning.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.canbo.planning.Candidate;
import vn.canbo.planning.CandidateInput;
import vn.canbo.planning.Plan;
import vn.canbo.planning.PlanInput;
import vn.canbo.planning.Plans;
import vn.canbo.planning.PlanningTerm;
import vn.canbo.planning.Removal;
import vn.canbo.planning.RuleOutcome;
import vn.canbo.planning.Vote;
import vn.canbo.shared.Scope;

/**
 * REST API of succession planning (/api/v1/planning). Scoped: a plan of a unit outside
 * the caller's scope, its candidates, a person outside it, are 404. A refused addition is
 * a problem detail listing every failing rule with its legal basis; nothing is stored.
 */
@RestController
@Tag(name = "Quy hoạch cán bộ / Succession planning",
		description = "Quy hoạch theo đơn vị, nhiệm kỳ và loại (nhiệm kỳ hiện tại, kế tiếp); chức danh, người được quy hoạch, đưa ra khỏi quy hoạch, kết quả biểu quyết các bước; kiểm tra PLAN-01/02/03/04/07/08 và tiêu chuẩn chức danh")
class PlanningApiController {

	private final Plans plans;

	PlanningApiController(Plans plans) {
		this.plans = plans;
	}

	/** A title added to a plan. */
	record TitleAddition(String titleCode, LocalDate addedOn) {
	}

	@GetMapping("/api/v1/planning/terms")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(summary = "The planning terms (Party congress and State terms), oldest first")
	List<PlanningTerm> terms() {
		return plans.terms();
	}

	@GetMapping("/api/v1/planning/plans")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(summary = "Plans of the units in the caller's scope, with titles and candidates; filter: term code")
	List<Plan> list(@RequestParam(required = false) String term, Scope scope) {
		return plans.list(term, scope);
	}

	@PostMapping("/api/v1/planning/plans")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	@Operation(summary = "Create a plan (unit, term, kind, approving decision, titles); one per unit, term and kind")
	ResponseEntity<Plan> create(@RequestBody PlanInput body, Scope scope) {
		Plan p = plans.create(body, scope);
		return ResponseEntity.created(URI.create("/api/v1/planning/plans/" + p.id())).body(p);
	}

	@GetMapping("/api/v1/planning/plans/{planId}")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(summary = "A plan with its titles and candidates (removed ones included)")
	Plan get(@PathVariable long planId, Scope scope) {
		return plans.get(planId, scope);
	}

	@PostMapping("/api/v1/planning/plans/{planId}/titles")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	@Operation(summary = "Add a title to a plan from a day (not before the plan's approval)")
	Plan addTitle(@PathVariable long planId, @RequestBody TitleAddition body, Scope scope) {
		return plans.addTitle(planId, body.titleCode(), body.addedOn(), scope);
	}

	@PostMapping("/api/v1/planning/plans/{planId}/checks")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(summary = "The outcome of every planning rule for an addition, nothing stored (PASS, WARN, CASE, BLOCK)")
	List<RuleOutcome> check(@PathVariable long planId, @RequestBody CandidateInput body, Scope scope) {
		return plans.check(planId, body, scope);
	}

	@PostMapping("/api/v1/planning/plans/{planId}/candidates")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	@Operation(
			summary = "Add a person to a plan for a title: refused when a BLOCK rule fails, a WARN rule fails without justification, or PLAN-07 needs case 1 or 2")
	ResponseEntity<Candidate> add(@PathVariable long planId, @RequestBody CandidateInput body, Scope scope) {
		Candidate c = plans.add(planId, body, scope);
		return ResponseEntity.created(URI.create("/api/v1/planning/candidates/" + c.id())).body(c);
	}

	@PostMapping("/api/v1/planning/candidates/{candidateId}/removal")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	@Operation(summary = "Remove a candidate from the plan (day, reason, decision); the row stays in the history")
	Candidate remove(@PathVariable long candidateId, @RequestBody Removal body, Scope scope) {
		return plans.remove(candidateId, body, scope);
	}

	@PostMapping("/api/v1/planning/candidates/{candidateId}/votes")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	@Operation(summary = "Record the result of a workflow step (planning.workflow_steps) for a candidate")
	Candidate vote(@PathVariable long candidateId, @RequestBody Vote body, Scope scope) {
		return plans.vote(candidateId, body, scope);
	}

	@GetMapping("/api/v1/planning/persons/{personId}/candidacies")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(summary = "A person's candidacies in every plan, removed ones included, newest first")
	List<Candidate> ofPerson(@PathVariable long personId, Scope scope) {
		return plans.ofPerson(personId, scope);
	}

}

package vn.canbo.training.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.ValidationException;
import vn.canbo.training.CourseKind;
import vn.canbo.training.PlanInput;
import vn.canbo.training.TrainingPlan;
import vn.canbo.training.TrainingPlans;

/**
 * Pages of the yearly training plans: /training/plans (the plans of a year, of a unit's
 * subtree or the scope) and /training/plans/{unitId}/{year} (target, achieved and % per
 * course kind; the form with one row per kind). Scope first: a unit outside it is 404;
 * errors all at once, nothing stored.
 */
@Controller
@PreAuthorize("hasAuthority('PERSON_READ')")
class TrainingPlansPages {

	private final TrainingPlans plans;

	TrainingPlansPages(TrainingPlans plans) {
		this.plans = plans;
	}

	@GetMapping("/training/plans")
	String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long unitId, Scope scope,
			Model model) {
		int y = year == null ? LocalDate.now().getYear() : year;
		model.addAttribute("year", y);
		model.addAttribute("unitId", unitId);
		model.addAttribute("plans", plans.list(y, unitId, scope));
		return "training/plans";
	}

	@GetMapping("/training/plans/{unitId}/{year}")
	String plan(@PathVariable long unitId, @PathVariable int year, @RequestParam(required = false) LocalDate date,
			Scope scope, Model model) {
		TrainingPlan p = plans.find(unitId, year, date, scope).orElse(null);
		List<PlanInput.Row> rows = new ArrayList<>();
		for (CourseKind k : CourseKind.values()) {
			TrainingPlan.Line l = p == null ? null
					: p.lines().stream().filter(x -> x.kind() == k).findFirst().orElse(null);
			rows.add(new PlanInput.Row(k.name(), l == null ? null : l.turnsTarget(),
					l == null ? null : l.personsTarget()));
		}
		PlanInput in = p == null ? new PlanInput(null, null, null, null, rows)
				: new PlanInput(p.decisionNumber(), p.decidedOn(), p.issuer(), p.version(), rows);
		return show(unitId, year, p, in, scope, model);
	}

	@PostMapping("/training/plans/{unitId}/{year}")
	@PreAuthorize("hasAuthority('PERSON_READ') and hasAuthority('PERSON_WRITE')")
	String save(@PathVariable long unitId, @PathVariable int year,
			@RequestParam(required = false) String decisionNumber, @RequestParam(required = false) LocalDate decidedOn,
			@RequestParam(required = false) String issuer, @RequestParam(required = false) Integer version,
			@RequestParam MultiValueMap<String, String> form, Scope scope, Model model) {
		plans.unitName(unitId, year, scope);
		List<FieldError> errors = new ArrayList<>();
		List<PlanInput.Row> rows = new ArrayList<>();
		CourseKind[] kinds = CourseKind.values();
		for (int i = 0; i < kinds.length; i++) {
			rows.add(new PlanInput.Row(kinds[i].name(), number(form.getFirst("turns-" + kinds[i]), i, "turns", errors),
					number(form.getFirst("persons-" + kinds[i]), i, "persons", errors)));
		}
		PlanInput in = new PlanInput(decisionNumber, decidedOn, issuer, version, rows);
		try {
			if (!errors.isEmpty()) {
				throw new ValidationException(errors);
			}
			plans.save(unitId, year, in, scope);
			return "redirect:/training/plans/" + unitId + "/" + year;
		}
		catch (ValidationException | ConcurrentEditException e) {
			model.addAttribute("errors", errors(e));
			return show(unitId, year, plans.find(unitId, year, null, scope).orElse(null), in, scope, model);
		}
	}

	@PostMapping("/training/plans/{unitId}/{year}/delete")
	@PreAuthorize("hasAuthority('PERSON_READ') and hasAuthority('PERSON_WRITE')")
	String delete(@PathVariable long unitId, @PathVariable int year, @RequestParam(required = false) Integer version,
			Scope scope, Model model) {
		try {
			plans.delete(unitId, year, version, scope);
			return "redirect:/training/plans?year=" + year + "&unitId=" + unitId;
		}
		catch (ValidationException | ConcurrentEditException e) {
			model.addAttribute("errors", errors(e));
			return plan(unitId, year, null, scope, model);
		}
	}

	private String show(long unitId, int year, TrainingPlan p, PlanInput in, Scope scope, Model model) {
		model.addAttribute("unitId", unitId);
		model.addAttribute("year", year);
		model.addAttribute("unitName", plans.unitName(unitId, year, scope));
		model.addAttribute("plan", p);
		model.addAttribute("in", in);
		model.addAttribute("kinds", CourseKind.values());
		return "training/plan";
	}

	private static List<FieldError> errors(RuntimeException e) {
		return e instanceof ValidationException v ? v.errors() : List.of(new FieldError("version", e.getMessage()));
	}

	private static Long number(String text, int row, String field, List<FieldError> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(text.strip().replace(".", ""));
		}
		catch (NumberFormatException e) {
			errors.add(new FieldError("rows[" + row + "]." + field,
					Messages.text("training.plan.error.notNumber", row + 1, text.strip()), text));
			return null;
		}
	}

}

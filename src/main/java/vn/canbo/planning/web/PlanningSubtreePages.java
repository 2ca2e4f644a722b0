package vn.canbo.planning.web;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.canbo.planning.PlanReadiness;
import vn.canbo.planning.PlanSummary;
import vn.canbo.planning.Plans;
import vn.canbo.planning.Readiness;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;

/**
 * The pages of a unit's subtree (issue 17): /planning/readiness (a unit, a term, a day:
 * every candidate of every plan of the subtree with their readiness, one table sortable
 * by unit, name, months left or months in post; the first {@value #SHOWN} rows shown) and
 * /planning/summary (the planning summary form of the Ban Tổ chức, with its .xlsx at
 * /planning/summary.xlsx). Without a unit, the form alone. Scope first: a unit outside
 * the scope is 404.
 */
@Controller
@PreAuthorize("hasAuthority('PERSON_READ')")
class PlanningSubtreePages {

	static final int SHOWN = 2000;

	private static final List<String> SORTS = List.of("unit", "name", "monthsLeft", "monthsInPost");

	private final Plans plans;

	private final PlanReadiness readiness;

	private final PlanSummary summary;

	PlanningSubtreePages(Plans plans, PlanReadiness readiness, PlanSummary summary) {
		this.plans = plans;
		this.readiness = readiness;
		this.summary = summary;
	}

	/** A candidate's row of the subtree's table: the plan's unit and the title. */
	record Line(long planId, String unitName, String titleName, Readiness.Row row) {
	}

	@GetMapping("/planning/readiness")
	String readiness(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String term,
			@RequestParam(required = false) LocalDate on, @RequestParam(required = false) String sort, Scope scope,
			Model model) {
		LocalDate day = on == null ? LocalDate.now() : on;
		String by = sort != null && SORTS.contains(sort) ? sort : "unit";
		form(model, unitId, term, day);
		model.addAttribute("sort", by);
		model.addAttribute("sorts", SORTS);
		if (unitId != null) {
			List<Line> lines = new ArrayList<>();
			for (Readiness r : readiness.ofSubtree(unitId, blank(term), day, null, scope)) {
				r.titles()
					.forEach(t -> t.candidates()
						.forEach(c -> lines.add(new Line(r.planId(), r.unitName(), t.titleName(), c))));
			}
			lines.sort(order(by));
			model.addAttribute("total", lines.size());
			model.addAttribute("lines", lines.size() > SHOWN ? lines.subList(0, SHOWN) : lines);
			model.addAttribute("shown", SHOWN);
		}
		return "planning/subtree-readiness";
	}

	@GetMapping("/planning/summary")
	String summary(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String term,
			@RequestParam(required = false) LocalDate on, Scope scope, Model model) {
		LocalDate day = on == null ? LocalDate.now() : on;
		form(model, unitId, term, day);
		if (unitId != null) {
			model.addAttribute("table", summary.summary(unitId, blank(term), day, scope));
		}
		return "planning/summary";
	}

	private void form(Model model, Long unitId, String term, LocalDate day) {
		model.addAttribute("unitId", unitId);
		model.addAttribute("term", blank(term));
		model.addAttribute("terms", plans.terms());
		model.addAttribute("on", day);
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s;
	}

	static Comparator<Line> order(String by) {
		Collator vi = Collator.getInstance(Messages.VIETNAMESE);
		Comparator<Line> unit = Comparator.comparing(Line::unitName, vi).thenComparing(Line::planId);
		Comparator<Line> name = Comparator.comparing(l -> l.row().fullName(), vi);
		return switch (by) {
			case "name" -> name.thenComparing(unit);
			case "monthsLeft" -> Comparator
				.comparing((Line l) -> l.row().monthsLeft(), Comparator.nullsLast(Comparator.<Long>reverseOrder()))
				.thenComparing(name);
			case "monthsInPost" -> Comparator
				.comparing((Line l) -> l.row().monthsInPost(), Comparator.nullsLast(Comparator.<Long>reverseOrder()))
				.thenComparing(name);
			default -> unit;
		};
	}

}

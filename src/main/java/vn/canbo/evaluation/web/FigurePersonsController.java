package vn.canbo.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.canbo.evaluation.RatedPerson;
import vn.canbo.evaluation.RatedPersons;
import vn.canbo.evaluation.Rating;
import vn.canbo.reports.FigureRequest;
import vn.canbo.reports.Population;
import vn.canbo.reports.Populations;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.Scope;

/**
 * Drill-down of the EVALUATION_* figures (issue 15): the persons behind a number — name,
 * unit, title, rating, score — as JSON
 * ({@code /api/v1/evaluations/figures/{code}/persons}) and as a page
 * ({@code /evaluations/figures/{code}/persons}). Who: a saved population
 * ({@code populationId}, read within the scope) and/or a root unit ({@code unitId}, none
 * = the scope); the period {@code from}–{@code to} (default: the current year); filters
 * CATEGORY, TASK_GROUP, PERIOD_KIND. A root outside the scope is 404.
 */
@Controller
@PreAuthorize("hasAuthority('PERSON_READ')")
@Tag(name = "Đánh giá, xếp loại / Evaluation")
class FigurePersonsController {

	private final RatedPersons persons;

	private final Populations populations;

	FigurePersonsController(RatedPersons persons, Populations populations) {
		this.persons = persons;
		this.populations = populations;
	}

	@GetMapping("/api/v1/evaluations/figures/{code}/persons")
	@ResponseBody
	@Operation(summary = "The persons behind an EVALUATION_* figure (name, unit, title, rating, score), by name, paged")
	PageResult<RatedPerson> api(@PathVariable String code, @RequestParam(required = false) Long populationId,
			@RequestParam(required = false) Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) List<String> category,
			@RequestParam(required = false) List<String> taskGroup,
			@RequestParam(required = false) List<String> periodKind, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, Scope scope) {
		return persons.persons(code, request(populationId, unitId, from, to, category, taskGroup, periodKind, scope),
				page, size);
	}

	@GetMapping("/evaluations/figures/{code}/persons")
	String page(@PathVariable String code, @RequestParam(required = false) Long populationId,
			@RequestParam(required = false) Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) List<String> category,
			@RequestParam(required = false) List<String> taskGroup,
			@RequestParam(required = false) List<String> periodKind, @RequestParam(defaultValue = "0") int page,
			Scope scope, Model model) {
		FigureRequest r = request(populationId, unitId, from, to, category, taskGroup, periodKind, scope);
		model.addAttribute("result", persons.persons(code, r, page, 100));
		model.addAttribute("code", code);
		model.addAttribute("from", r.from());
		model.addAttribute("to", r.to());
		model.addAttribute("population", r.population().id() == null ? null : r.population().name());
		String rest = code.substring(code.lastIndexOf('_') + 1);
		model.addAttribute("ratingLabel", Rating.parse(rest).map(Rating::label).orElse(null));
		return "evaluation/figure-persons";
	}

	private FigureRequest request(Long populationId, Long unitId, LocalDate from, LocalDate to, List<String> category,
			List<String> taskGroup, List<String> periodKind, Scope scope) {
		LocalDate end = to != null ? to : LocalDate.of(LocalDate.now().getYear(), 12, 31);
		Population p;
		if (populationId != null) {
			Population saved = populations.get(populationId, scope);
			p = new Population(saved.id(), saved.code(), saved.name(),
					unitId != null ? List.of(unitId) : saved.rootUnitIds(), saved.unitTypeCode(), saved.conditions(),
					saved.criterion(), end, saved.note(), saved.version());
		}
		else {
			p = Population.adHoc(unitId, null, null, end);
		}
		Map<String, List<String>> filters = new LinkedHashMap<>();
		if (category != null && !category.isEmpty()) {
			filters.put("CATEGORY", category);
		}
		if (taskGroup != null && !taskGroup.isEmpty()) {
			filters.put("TASK_GROUP", taskGroup);
		}
		if (periodKind != null && !periodKind.isEmpty()) {
			filters.put("PERIOD_KIND", periodKind);
		}
		return new FigureRequest(p, end, from, end, scope, filters);
	}

}

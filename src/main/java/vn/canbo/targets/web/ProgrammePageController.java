package vn.canbo.targets.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.canbo.reports.Figures;
import vn.canbo.reports.Populations;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.targets.Indicator;
import vn.canbo.targets.Programme;
import vn.canbo.targets.Programmes;

/**
 * Pages: /targets (list), /targets/{id} (indicators with live achievement as of a date),
 * create/edit forms.
 */
@Controller
class ProgrammePageController {

	private final Programmes programmes;

	private final Figures figures;

	private final Populations populations;

	ProgrammePageController(Programmes programmes, Figures figures, Populations populations) {
		this.programmes = programmes;
		this.figures = figures;
		this.populations = populations;
	}

	@GetMapping("/targets")
	@PreAuthorize("hasAuthority('REPORT_READ')")
	String list(@RequestParam(defaultValue = "0") int page, Scope scope, Model model) {
		model.addAttribute("programmes", programmes.list(scope, page, 50));
		model.addAttribute("page", page);
		return "targets/list";
	}

	@GetMapping("/targets/{id}")
	@PreAuthorize("hasAuthority('REPORT_READ')")
	String view(@PathVariable long id, @RequestParam(required = false) LocalDate date, Scope scope, Model model) {
		LocalDate d = date == null ? LocalDate.now() : date;
		model.addAttribute("p", programmes.get(id, scope));
		model.addAttribute("date", d);
		model.addAttribute("achievements", programmes.achievements(id, d, scope));
		manualValues(id, scope, model);
		options(model);
		return "targets/view";
	}

	/** The values recorded for each manual indicator, with their sources. */
	private void manualValues(long id, Scope scope, Model model) {
		java.util.Map<Long, List<vn.canbo.targets.IndicatorValue>> values = new java.util.HashMap<>();
		programmes.get(id, scope)
			.indicators()
			.stream()
			.filter(Indicator::manual)
			.forEach(i -> values.put(i.id(), programmes.values(id, i.id(), scope)));
		model.addAttribute("manualValues", values);
	}

	@GetMapping("/targets/new")
	@PreAuthorize("hasAuthority('UNIT_WRITE')")
	String newForm(Model model) {
		model.addAttribute("p", new Programme(null, "", "", "", null, LocalDate.of(LocalDate.now().getYear(), 1, 1),
				LocalDate.of(LocalDate.now().getYear(), 12, 31), "", 0, List.of()));
		return "targets/form";
	}

	@GetMapping("/targets/{id}/edit")
	@PreAuthorize("hasAuthority('UNIT_WRITE')")
	String editForm(@PathVariable long id, Scope scope, Model model) {
		model.addAttribute("p", programmes.get(id, scope));
		return "targets/form";
	}

	@PostMapping("/targets")
	@PreAuthorize("hasAuthority('UNIT_WRITE')")
	String save(@RequestParam(required = false) Long id, @RequestParam String code, @RequestParam String title,
			@RequestParam(required = false) String issuingBody, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) LocalDate periodFrom, @RequestParam(required = false) LocalDate periodTo,
			@RequestParam(required = false) String note, @RequestParam(defaultValue = "0") int version, Scope scope,
			Model model) {
		Programme p = new Programme(id, code, title, issuingBody, unitId, periodFrom, periodTo, note, version,
				List.of());
		try {
			Programme saved = programmes.save(p, scope);
			return "redirect:/targets/" + saved.id();
		}
		catch (ValidationException e) {
			model.addAttribute("p", p);
			model.addAttribute("errors", e.errors());
			return "targets/form";
		}
	}

	@PostMapping("/targets/{id}/indicators")
	@PreAuthorize("hasAuthority('UNIT_WRITE')")
	String addIndicator(@PathVariable long id, @RequestParam String code, @RequestParam String name,
			@RequestParam Indicator.Kind kind, @RequestParam Indicator.Direction direction,
			@RequestParam(required = false) BigDecimal targetValue, @RequestParam(required = false) String figureCode,
			@RequestParam(required = false) String baseFigureCode, @RequestParam(required = false) Long populationId,
			@RequestParam(required = false) Long numeratorPopulationId,
			@RequestParam(defaultValue = "false") boolean manual, @RequestParam(required = false) String verb,
			@RequestParam(required = false) String noun, @RequestParam(required = false) String dashboardFigure,
			@RequestParam(required = false) Indicator.Wording phrasing,
			@RequestParam(required = false) Integer decimals, Scope scope, Model model) {
		try {
			programmes.saveIndicator(id,
					new Indicator(null, code, name, kind, direction, targetValue, figureCode, baseFigureCode,
							populationId, numeratorPopulationId, manual, verb, noun, dashboardFigure, 0, phrasing,
							decimals),
					scope);
			return "redirect:/targets/" + id;
		}
		catch (ValidationException e) {
			return redisplay(id, scope, model, e);
		}
	}

	@PostMapping("/targets/{id}/indicators/{indicatorId}/values")
	@PreAuthorize("hasAuthority('UNIT_WRITE')")
	String recordValue(@PathVariable long id, @PathVariable long indicatorId, @RequestParam long unitId,
			@RequestParam(required = false) LocalDate recordedOn, @RequestParam long value,
			@RequestParam(required = false) Long base, @RequestParam String source, Scope scope, Model model) {
		try {
			programmes.recordValue(id, indicatorId, unitId, recordedOn, value, base, source, scope);
			return "redirect:/targets/" + id;
		}
		catch (ValidationException e) {
			return redisplay(id, scope, model, e);
		}
	}

	@PostMapping("/targets/{id}/indicators/{indicatorId}/delete")
	@PreAuthorize("hasAuthority('UNIT_WRITE')")
	String deleteIndicator(@PathVariable long id, @PathVariable long indicatorId, Scope scope) {
		programmes.deleteIndicator(id, indicatorId, scope);
		return "redirect:/targets/" + id;
	}

	private String redisplay(long id, Scope scope, Model model, ValidationException e) {
		LocalDate d = LocalDate.now();
		model.addAttribute("p", programmes.get(id, scope));
		model.addAttribute("date", d);
		model.addAttribute("achievements", programmes.achievements(id, d, scope));
		model.addAttribute("errors", e.errors());
		manualValues(id, scope, model);
		options(model);
		return "targets/view";
	}

	private void options(Model model) {
		model.addAttribute("figureDefs", figures.definitions());
		model.addAttribute("populations", populations.list());
		model.addAttribute("kinds", Indicator.Kind.values());
		model.addAttribute("directions", Indicator.Direction.values());
		model.addAttribute("wordings", Indicator.Wording.values());
	}

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(NotFoundException e, Model model) {
		model.addAttribute("message", e.getMessage());
		return "reports/not-found";
	}

}

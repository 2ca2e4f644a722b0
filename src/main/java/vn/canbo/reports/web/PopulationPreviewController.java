package vn.canbo.reports.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.ObjectMapper;
import vn.canbo.org.Units;
import vn.canbo.reports.Criterion;
import vn.canbo.reports.CriterionDims;
import vn.canbo.reports.Dim;
import vn.canbo.reports.PersonRow;
import vn.canbo.reports.Population;
import vn.canbo.reports.StatisticsService;
import vn.canbo.reports.ValueLabels;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.HiddenFieldException;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * The population editor's live count and list (issue 14, point 1): the form as it stands,
 * saved or not, posted by htmx on every change; answers a fragment with the number of
 * persons on the date and the first {@value #FIRST} of them, or the problems of the form,
 * all at once. Nothing is saved. A root outside the user's scope is a problem of the form
 * (its name is never shown).
 */
@Controller
@PreAuthorize("hasAuthority('REPORT_READ')")
class PopulationPreviewController {

	static final int FIRST = 20;

	private final StatisticsService statistics;

	private final CriterionDims dims;

	private final ValueLabels labels;

	private final Units units;

	private final ObjectMapper json;

	PopulationPreviewController(StatisticsService statistics, CriterionDims dims, ValueLabels labels, Units units,
			ObjectMapper json) {
		this.statistics = statistics;
		this.dims = dims;
		this.labels = labels;
		this.units = units;
		this.json = json;
	}

	@PostMapping("/reports/populations/preview")
	String preview(@RequestParam(required = false) Long id, @RequestParam(required = false) Long rootUnitId,
			@RequestParam(required = false) List<Long> rootUnitIds, @RequestParam(required = false) String unitTypeCode,
			@RequestParam(required = false) List<String> categories,
			@RequestParam(required = false) List<String> titleGroups, @RequestParam(required = false) String where,
			@RequestParam(required = false) List<String> cond, @RequestParam(required = false) String criterion,
			@RequestParam(required = false) LocalDate asOf, Scope scope, Model model) {
		List<FieldError> errors = new ArrayList<>();
		Criterion tree = CriterionForm.parse(criterion, json, dims.choices(), errors);
		List<Long> roots = PopulationPageController.roots(rootUnitId, rootUnitIds);
		LocalDate date = asOf != null ? asOf : LocalDate.now();
		for (Long r : roots) {
			if (units.find(r, date).isEmpty() || !units.inScope(r, scope, date)) {
				errors.add(new FieldError("rootUnitIds", Messages.text("reports.error.rootUnit")));
				break;
			}
		}
		model.addAttribute("asOf", date);
		model.addAttribute("savedId", id);
		if (errors.isEmpty()) {
			Population p = new Population(id, null, Messages.text("reports.population.adHoc"), roots, unitTypeCode,
					new Population.Conditions(PopulationPageController.clean(categories),
							PopulationPageController.clean(titleGroups),
							PopulationPageController.withChosen(PopulationPageController.parseWhere(where), cond)),
					tree, asOf, null, 0);
			try {
				long count = statistics.count(p, date, Map.of(), scope);
				PageResult<PersonRow> first = statistics.persons(p, date, Map.of(), scope, 0, FIRST);
				model.addAttribute("count", count);
				model.addAttribute("persons", first.items());
				model.addAttribute("unitNames", unitNames(first.items(), date));
			}
			catch (ValidationException e) {
				errors.addAll(e.errors());
			}
			catch (NotFoundException e) {
				errors.add(new FieldError("rootUnitIds", e.getMessage()));
			}
			catch (HiddenFieldException e) {
				errors.add(new FieldError("conditions", e.getMessage()));
			}
		}
		model.addAttribute("errors", errors);
		return "reports/population-preview :: preview";
	}

	private Map<Long, String> unitNames(List<PersonRow> rows, LocalDate date) {
		Map<Long, String> out = new LinkedHashMap<>();
		labels.labels(Dim.UNIT, rows.stream().map(r -> String.valueOf(r.unitId())).distinct().toList(), date)
			.forEach((k, v) -> out.put(Long.valueOf(k), v));
		return out;
	}

}

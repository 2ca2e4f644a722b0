package vn.canbo.reports.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.people.PersonCategory;
import vn.canbo.reports.Dim;
import vn.canbo.reports.Layouts;
import vn.canbo.reports.Populations;
import vn.canbo.reports.ValueLabels;
import vn.canbo.shared.Scope;

/**
 * What the report pages offer and how they name it: the request read against the caller's
 * populations, the choices of the report form (populations, layouts, dimensions, filters,
 * catalogues) and the labels of a drill-down's cell and units.
 */
@Component
class ReportForm {

	private final Populations populations;

	private final Layouts layouts;

	private final ValueLabels labels;

	private final Catalogs catalogs;

	ReportForm(Populations populations, Layouts layouts, ValueLabels labels, Catalogs catalogs) {
		this.populations = populations;
		this.layouts = layouts;
		this.labels = labels;
		this.catalogs = catalogs;
	}

	ReportRequest request(MultiValueMap<String, String> params, Scope scope) {
		return new ReportRequest(params, populations, scope);
	}

	Layouts layouts() {
		return layouts;
	}

	/** The choices of the reports' index: the caller's populations and the layouts. */
	void choices(Model model, Scope scope) {
		model.addAttribute("populations", populations.list(scope));
		model.addAttribute("layouts", layouts.list());
	}

	/** The form of a pivot or layout page, filled from the request. */
	void fill(Model model, ReportRequest r, Scope scope) {
		model.addAttribute("req", r);
		model.addAttribute("drillBase", "/reports/persons?" + r.drillBase());
		model.addAttribute("population", r.population);
		model.addAttribute("asOf", r.asOf());
		choices(model, scope);
		model.addAttribute("dims", Dim.values());
		model.addAttribute("rows", r.rows(Dim.SUBUNIT));
		model.addAttribute("cols", r.cols(Dim.GENDER));
		model.addAttribute("chart", r.chart());
		model.addAttribute("filters", r.all("f"));
		filterChoices(model, r);
		model.addAttribute("unitTypes", catalogs.list(CatalogType.UNIT_TYPE, null));
		model.addAttribute("titleGroups", catalogs.list(CatalogType.TITLE_GROUP, null));
		model.addAttribute("categories", PersonCategory.values());
	}

	/**
	 * The pivot's filter as two selects (issue 20, point 6): the dimensions with known
	 * values, and each value as "DIM:value" with its label, the {@code f} the request
	 * reads. A filter that is not one known value (several values, from a link) is kept
	 * as an extra choice, with its labels.
	 */
	private void filterChoices(Model model, ReportRequest r) {
		Map<Dim, Map<String, String>> values = filterValues(labels);
		model.addAttribute("filterValues", values);
		String f = r.all("f").isEmpty() ? null : r.all("f").get(0);
		Map.Entry<Dim, List<String>> chosen = r.filters().entrySet().stream().findFirst().orElse(null);
		boolean known = chosen != null && chosen.getValue().size() == 1
				&& values.getOrDefault(chosen.getKey(), Map.of()).containsKey(chosen.getValue().get(0));
		model.addAttribute("filter",
				chosen == null ? null : chosen.getKey().name() + ":" + String.join(",", chosen.getValue()));
		model.addAttribute("filterDim", chosen == null ? null : chosen.getKey().name());
		model.addAttribute("filterOther", chosen == null || known ? null : chosen.getKey().label() + ": "
				+ String.join(", ", labels.labels(chosen.getKey(), chosen.getValue(), r.asOf()).values()));
		model.addAttribute("filterRaw", f);
	}

	/** The dimensions with known values, each with its values and their labels. */
	static Map<Dim, Map<String, String>> filterValues(ValueLabels labels) {
		Map<Dim, Map<String, String>> values = new LinkedHashMap<>();
		for (Dim d : Dim.values()) {
			Map<String, String> known = d == Dim.TOTAL ? Map.of() : labels.known(d);
			if (!known.isEmpty()) {
				values.put(d, known);
			}
		}
		return values;
	}

	/** A drill-down's cell as "dimension: its values' labels", one line a dimension. */
	List<String> described(Map<Dim, List<String>> cell, LocalDate asOf) {
		List<String> described = new ArrayList<>();
		cell.forEach((d, v) -> described.add(d.label() + ": " + String.join(", ", labels.labels(d, v, asOf).values())));
		return described;
	}

	/** The names of the units of a drill-down's persons, by unit id. */
	Map<Long, String> unitNames(List<Long> unitIds, LocalDate asOf) {
		Map<Long, String> unitNames = new LinkedHashMap<>();
		labels.labels(Dim.UNIT, unitIds.stream().map(String::valueOf).distinct().toList(), asOf)
			.forEach((k, v) -> unitNames.put(Long.valueOf(k), v));
		return unitNames;
	}

}

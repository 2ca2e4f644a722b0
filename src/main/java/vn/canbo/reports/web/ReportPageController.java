package vn.canbo.reports.web;

import vn.canbo.shared.Messages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import tools.jackson.databind.ObjectMapper;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.people.PersonCategory;
import vn.canbo.reports.Dim;
import vn.canbo.reports.Layout;
import vn.canbo.reports.Layouts;
import vn.canbo.reports.PersonRow;
import vn.canbo.reports.Populations;
import vn.canbo.reports.StatisticsService;
import vn.canbo.reports.StatisticsTable;
import vn.canbo.reports.TableExports;
import vn.canbo.shared.web.Attachment;
import vn.canbo.reports.ValueLabels;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Pages of the statistics engine: pivot, standard layouts, exports and drill-down lists.
 */
@Controller
@PreAuthorize("hasAuthority('REPORT_READ')")
class ReportPageController {

	static final String XLSX = Attachment.XLSX;

	private final StatisticsService stats;

	private final Populations populations;

	private final Layouts layouts;

	private final TableExports exports;

	private final ValueLabels labels;

	private final Catalogs catalogs;

	private final ObjectMapper json;

	private final AuditLog audit;

	ReportPageController(StatisticsService stats, Populations populations, Layouts layouts, TableExports exports,
			ValueLabels labels, Catalogs catalogs, ObjectMapper json, AuditLog audit) {
		this.stats = stats;
		this.populations = populations;
		this.layouts = layouts;
		this.exports = exports;
		this.labels = labels;
		this.catalogs = catalogs;
		this.json = json;
		this.audit = audit;
	}

	@GetMapping("/reports")
	String index(Scope scope, Model model) {
		model.addAttribute("populations", populations.list(scope));
		model.addAttribute("layouts", layouts.list());
		return "reports/index";
	}

	// ---- pivot
	// ----------------------------------------------------------------------------------------------

	private StatisticsTable pivotTable(ReportRequest r, Scope scope) {
		return stats.pivot(r.population, r.asOf(), r.rows(Dim.SUBUNIT), r.cols(Dim.GENDER), r.filters(), scope);
	}

	@GetMapping("/reports/pivot")
	String pivot(@RequestParam MultiValueMap<String, String> params, Scope scope, Model model) {
		ReportRequest r = new ReportRequest(params, populations, scope);
		StatisticsTable t = pivotTable(r, scope);
		form(model, r, scope);
		model.addAttribute("table", t);
		model.addAttribute("chartJson", json.writeValueAsString(vn.canbo.reports.Charts.chartJs(t, r.chart())));
		model.addAttribute("tableQuery", r.tableQuery());
		model.addAttribute("populationQuery", r.populationQuery());
		return "reports/pivot";
	}

	@GetMapping({ "/reports/pivot/xlsx", "/reports/pivot/pdf" })
	@PreAuthorize("hasAuthority('REPORT_READ') and hasAuthority('EXPORT')")
	void pivotExport(@RequestParam MultiValueMap<String, String> params, Scope scope, HttpServletRequest req,
			HttpServletResponse res) {
		ReportRequest r = new ReportRequest(params, populations, scope);
		export(pivotTable(r, scope), r, req, res);
	}

	// ---- standard layouts
	// -----------------------------------------------------------------------------------

	private StatisticsTable standardTable(String code, ReportRequest r, Scope scope) {
		Layout layout = layouts.find(code)
			.orElseThrow(() -> new NotFoundException(Messages.text("reports.error.noLayout", code)));
		return stats.layout(layout, r.population, r.asOf(), r.first("rows") == null ? null : r.rows(layout.rowDim()),
				scope);
	}

	@GetMapping("/reports/standard/{code}")
	String standard(@PathVariable String code, @RequestParam MultiValueMap<String, String> params, Scope scope,
			Model model) {
		ReportRequest r = new ReportRequest(params, populations, scope);
		StatisticsTable t = standardTable(code, r, scope);
		form(model, r, scope);
		model.addAttribute("code", code);
		model.addAttribute("table", t);
		// the page's title in its language (a template cannot call a bean in fragment
		// parameters)
		model.addAttribute("pageTitle", ReportTerms.of(t.title(), vn.canbo.shared.Messages.locale()));
		model.addAttribute("tableQuery", r.tableQuery());
		model.addAttribute("populationQuery", r.populationQuery());
		return "reports/standard";
	}

	@GetMapping({ "/reports/standard/{code}/xlsx", "/reports/standard/{code}/pdf" })
	@PreAuthorize("hasAuthority('REPORT_READ') and hasAuthority('EXPORT')")
	void standardExport(@PathVariable String code, @RequestParam MultiValueMap<String, String> params, Scope scope,
			HttpServletRequest req, HttpServletResponse res) {
		ReportRequest r = new ReportRequest(params, populations, scope);
		export(standardTable(code, r, scope), r, req, res);
	}

	// ---- drill-down
	// -----------------------------------------------------------------------------------------

	@GetMapping("/reports/persons")
	@PreAuthorize("hasAuthority('REPORT_READ') and hasAuthority('PERSON_READ')")
	String persons(@RequestParam MultiValueMap<String, String> params, @RequestParam(defaultValue = "0") int page,
			Scope scope, Model model) {
		ReportRequest r = new ReportRequest(params, populations, scope);
		Map<Dim, List<String>> cell = r.cell();
		PageResult<PersonRow> result = stats.persons(r.population, r.asOf(), cell, scope, page, 50);
		List<String> described = new ArrayList<>();
		cell.forEach(
				(d, v) -> described.add(d.label() + ": " + String.join(", ", labels.labels(d, v, r.asOf()).values())));
		Map<Long, String> unitNames = new LinkedHashMap<>();
		labels
			.labels(Dim.UNIT, result.items().stream().map(p -> String.valueOf(p.unitId())).distinct().toList(),
					r.asOf())
			.forEach((k, v) -> unitNames.put(Long.valueOf(k), v));
		audit.recordView("report_drilldown", null, null, r.drillQuery());
		model.addAttribute("population", r.population);
		model.addAttribute("asOf", r.asOf());
		model.addAttribute("cell", described);
		model.addAttribute("result", result);
		model.addAttribute("unitNames", unitNames);
		model.addAttribute("drillQuery", r.drillQuery());
		model.addAttribute("populationQuery", r.populationQuery());
		return "reports/persons";
	}

	// ---- helpers
	// --------------------------------------------------------------------------------------------

	private void form(Model model, ReportRequest r, Scope scope) {
		model.addAttribute("req", r);
		model.addAttribute("drillBase", "/reports/persons?" + r.drillBase());
		model.addAttribute("population", r.population);
		model.addAttribute("asOf", r.asOf());
		model.addAttribute("populations", populations.list(scope));
		model.addAttribute("layouts", layouts.list());
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

	/** The table as .xlsx or .pdf, as the address ends; the export is audited. */
	private void export(StatisticsTable t, ReportRequest r, HttpServletRequest req, HttpServletResponse res) {
		boolean pdf = req.getRequestURI().endsWith("/pdf");
		String format = pdf ? "pdf" : "xlsx";
		audit.record(AuditAction.EXPORT, "report", t.title(), null, null,
				Map.of("format", format, "query", r.tableQuery()));
		if (pdf) {
			Attachment.send(res, Attachment.PDF, Attachment.folded(t.title(), format), exports.pdf(t));
		}
		else {
			exports.xlsx(t, Attachment.open(res, XLSX, Attachment.folded(t.title(), format)));
		}
	}

	@ExceptionHandler(ValidationException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String invalid(ValidationException e, Model model) {
		model.addAttribute("message", e.errors().stream().map(vn.canbo.shared.FieldError::message).toList());
		return "reports/not-found";
	}

}

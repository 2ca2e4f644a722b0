package vn.canbo.reports.web;

import vn.canbo.shared.Messages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import vn.canbo.reports.Dim;
import vn.canbo.reports.Layout;
import vn.canbo.reports.PersonRow;
import vn.canbo.reports.StatisticsService;
import vn.canbo.reports.StatisticsTable;
import vn.canbo.reports.TableExports;
import vn.canbo.shared.web.Attachment;
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

	private final ReportForm form;

	private final TableExports exports;

	private final ObjectMapper json;

	private final AuditLog audit;

	ReportPageController(StatisticsService stats, ReportForm form, TableExports exports, ObjectMapper json,
			AuditLog audit) {
		this.stats = stats;
		this.form = form;
		this.exports = exports;
		this.json = json;
		this.audit = audit;
	}

	@GetMapping("/reports")
	String index(Scope scope, Model model) {
		form.choices(model, scope);
		return "reports/index";
	}

	// ---- pivot
	// ----------------------------------------------------------------------------------------------

	private StatisticsTable pivotTable(ReportRequest r, Scope scope) {
		return stats.pivot(r.population, r.asOf(), r.rows(Dim.SUBUNIT), r.cols(Dim.GENDER), r.filters(), scope);
	}

	@GetMapping("/reports/pivot")
	String pivot(@RequestParam MultiValueMap<String, String> params, Scope scope, Model model) {
		ReportRequest r = form.request(params, scope);
		StatisticsTable t = pivotTable(r, scope);
		form.fill(model, r, scope);
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
		ReportRequest r = form.request(params, scope);
		export(pivotTable(r, scope), r, req, res);
	}

	// ---- standard layouts
	// -----------------------------------------------------------------------------------

	private StatisticsTable standardTable(String code, ReportRequest r, Scope scope) {
		Layout layout = form.layouts()
			.find(code)
			.orElseThrow(() -> new NotFoundException(Messages.text("reports.error.noLayout", code)));
		return stats.layout(layout, r.population, r.asOf(), r.first("rows") == null ? null : r.rows(layout.rowDim()),
				scope);
	}

	@GetMapping("/reports/standard/{code}")
	String standard(@PathVariable String code, @RequestParam MultiValueMap<String, String> params, Scope scope,
			Model model) {
		ReportRequest r = form.request(params, scope);
		StatisticsTable t = standardTable(code, r, scope);
		form.fill(model, r, scope);
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
		ReportRequest r = form.request(params, scope);
		export(standardTable(code, r, scope), r, req, res);
	}

	// ---- drill-down
	// -----------------------------------------------------------------------------------------

	@GetMapping("/reports/persons")
	@PreAuthorize("hasAuthority('REPORT_READ') and hasAuthority('PERSON_READ')")
	String persons(@RequestParam MultiValueMap<String, String> params, @RequestParam(defaultValue = "0") int page,
			Scope scope, Model model) {
		ReportRequest r = form.request(params, scope);
		Map<Dim, List<String>> cell = r.cell();
		PageResult<PersonRow> result = stats.persons(r.population, r.asOf(), cell, scope, page, 50);
		List<String> described = form.described(cell, r.asOf());
		Map<Long, String> unitNames = form.unitNames(result.items().stream().map(PersonRow::unitId).toList(), r.asOf());
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

package vn.canbo.planning.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.planning.PlanSummary;
import vn.canbo.reports.StatisticsTable;
import vn.canbo.reports.TableExports;
import vn.canbo.shared.Scope;
import vn.canbo.shared.web.Attachment;

/**
 * The planning summary report form (tổng hợp quy hoạch, issue 17) of a unit's subtree, a
 * term (code; none: every term) and a day (ISO; default today): JSON (the statistics
 * engine's table) and .xlsx (reports' export of report forms, audited; the plan page
 * links to /planning/summary.xlsx, since /api/v1 answers a browser session 401). Scope
 * first: a unit outside the scope is 404.
 */
@RestController
@PreAuthorize("hasAuthority('PERSON_READ')")
@Tag(name = "Quy hoạch cán bộ / Succession planning")
class PlanningSummaryController {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final PlanSummary summary;

	private final TableExports exports;

	private final AuditLog audit;

	PlanningSummaryController(PlanSummary summary, TableExports exports, AuditLog audit) {
		this.summary = summary;
		this.exports = exports;
		this.audit = audit;
	}

	@GetMapping("/api/v1/planning/summary")
	@Operation(summary = "Planning summary of a unit's subtree: per title group the persons planned, women, young,"
			+ " ethnic minorities and the three age tiers with their shares; the total counts each person once")
	StatisticsTable table(@RequestParam long unitId, @RequestParam(required = false) String term,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Scope scope) {
		return summary.summary(unitId, term, on, scope);
	}

	@GetMapping({ "/api/v1/planning/summary.xlsx", "/planning/summary.xlsx" })
	@Operation(summary = "The planning summary as .xlsx (also at /planning/summary.xlsx for the pages' session)")
	ResponseEntity<byte[]> xlsx(@RequestParam long unitId, @RequestParam(required = false) String term,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Scope scope) {
		StatisticsTable t = summary.summary(unitId, term, on, scope);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		exports.xlsx(t, out);
		Map<String, Object> what = new LinkedHashMap<>();
		what.put("format", "xlsx");
		what.put("term", term);
		what.put("on", t.asOf().toString());
		audit.record(AuditAction.EXPORT, "planning-summary", String.valueOf(unitId), null, null, what);
		return Attachment.entity("tong-hop-quy-hoach-" + unitId + ".xlsx", XLSX, out.toByteArray());
	}

}

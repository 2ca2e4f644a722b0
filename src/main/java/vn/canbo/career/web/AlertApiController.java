package vn.canbo.career.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.canbo.career.AlertPage;
import vn.canbo.career.Alerts;
import vn.canbo.career.Decision;
import vn.canbo.career.DecisionSummary;
import vn.canbo.career.DecisionType;
import vn.canbo.career.Movements;
import vn.canbo.career.PostFilter;
import vn.canbo.shared.Messages;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/** REST API of alerts (/api/v1/alerts) and movement statistics (/api/v1/movements). */
@RestController
@Tag(name = "Cảnh báo, biến động / Alerts, movements",
		description = "Cảnh báo hết nhiệm kỳ, nghỉ hưu, nâng lương, luân chuyển, tập sự; thống kê biến động và kiêm nhiệm")
class AlertApiController {

	private final Alerts alerts;

	private final Movements movements;

	AlertApiController(Alerts alerts, Movements movements) {
		this.alerts = alerts;
		this.movements = movements;
	}

	@GetMapping("/api/v1/alerts")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(
			summary = "Alerts of the caller's scope within [from, from + days] (default: today and the parameter alerts.window_days), "
					+ "paged (page from 0, size 1–500); total and counts by kind are exact over every alert; "
					+ "RETIREMENT_OVERDUE: past the retirement date without an issued retirement decision")
	AlertPage list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) Integer days, @RequestParam(required = false) Alerts.Kind kind,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size, Scope scope) {
		return alerts.page(scope, from, days, kind, page, size);
	}

	record DraftRequest(Alerts.Kind kind, Long personId, Long positionId, Long sourceDecisionId, LocalDate dueDate) {
	}

	@PostMapping("/api/v1/alerts/draft")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	@Operation(summary = "Create the pre-filled draft decision an alert calls for")
	ResponseEntity<Decision> draft(@RequestBody DraftRequest r, Scope scope) {
		List<vn.canbo.shared.FieldError> e = new ArrayList<>();
		if (r.kind() == null) {
			e.add(new vn.canbo.shared.FieldError("kind", Messages.text("career.error.alertKindRequired"), null));
		}
		if (r.personId() == null) {
			e.add(new vn.canbo.shared.FieldError("personId", Messages.text("career.error.alertPersonRequired"), null));
		}
		if (!e.isEmpty()) {
			throw new ValidationException(e);
		}
		Decision d = alerts.draft(r.kind(), r.personId(), r.positionId(), r.sourceDecisionId(), r.dueDate(), scope);
		return ResponseEntity.created(URI.create("/api/v1/decisions/" + d.id())).body(d);
	}

	@GetMapping("/api/v1/movements")
	@PreAuthorize("hasAuthority('REPORT_READ')")
	@Operation(
			summary = "Persons and occurrences (lượt) by decision type for issued decisions effective in [from, to], with the summary sentence; "
					+ "unitId: a unit's subtree (404 outside the scope); f=TITLE:…, f=TITLE_GROUP:…, f=KEY_POST:YES|NO: the post concerned; "
					+ "types=A,B,…: a set of decision types summed into one total (selection: distinct persons, decision-person pairs)")
	Movements.Report report(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long unitId, @RequestParam(required = false) List<String> f,
			@RequestParam(required = false) List<String> types, Scope scope) {
		return movements.report(scope, unitId, from, to, PostFilter.fromParams(f), types(types));
	}

	/** {@code types=A,B} or {@code types=A&types=B} (also A+B); none = no selection. */
	static List<DecisionType> types(List<String> types) {
		String joined = types == null ? "" : String.join(",", types);
		return joined.isBlank() ? null : Movements.parseTypes(joined, "types");
	}

	@GetMapping("/api/v1/movements/decisions")
	@PreAuthorize("hasAuthority('REPORT_READ')")
	@Operation(summary = "Drill-down: the issued decisions of a type in the period")
	PageResult<DecisionSummary> drill(@RequestParam(required = false) DecisionType type,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Scope scope) {
		return movements.drillDown(scope, type, from, to, page, size);
	}

	@GetMapping("/api/v1/movements/concurrent")
	@PreAuthorize("hasAuthority('REPORT_READ')")
	@Operation(
			summary = "Concurrent posts over the communes of an area on a date; pairs as FIRST:SECOND title codes, comma-separated "
					+ "(default BI_THU:CHU_TICH_HDND,BI_THU:CHU_TICH_UBND)")
	List<Movements.ConcurrentStat> concurrent(@RequestParam(required = false) Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) String pairs, Scope scope) {
		return movements.concurrent(scope, unitId, date, parsePairs(pairs));
	}

	static List<String[]> parsePairs(String pairs) {
		if (pairs == null || pairs.isBlank()) {
			return Movements.defaultPairs();
		}
		List<String[]> out = new ArrayList<>();
		for (String p : pairs.split(",")) {
			String[] x = p.strip().split(":");
			if (x.length != 2 || x[0].isBlank() || x[1].isBlank()) {
				throw new ValidationException("pairs", Messages.text("career.error.pairFormat"));
			}
			out.add(new String[] { x[0].strip(), x[1].strip() });
		}
		return out;
	}

}

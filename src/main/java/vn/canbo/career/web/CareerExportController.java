package vn.canbo.career.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.canbo.career.Alerts;
import vn.canbo.career.DecisionFilter;
import vn.canbo.career.DecisionService;
import vn.canbo.career.DecisionSummary;
import vn.canbo.shared.Messages;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.Scope;
import vn.canbo.shared.web.XlsxTable;

/**
 * The decision list and the alert list as .xlsx, with the same filters as their pages,
 * within the scope.
 */
@Controller
class CareerExportController {

	static final int MAX_ROWS = 50_000;

	private final DecisionService decisions;

	private final Alerts alerts;

	CareerExportController(DecisionService decisions, Alerts alerts) {
		this.decisions = decisions;
		this.alerts = alerts;
	}

	@GetMapping("/career/decisions/export.xlsx")
	@PreAuthorize("hasAuthority('PERSON_READ') and hasAuthority('EXPORT')")
	void decisions(DecisionListQuery query, Scope scope, HttpServletResponse res) {
		DecisionFilter filter = query.filter();
		List<List<?>> rows = new ArrayList<>();
		for (int page = 0; rows.size() < MAX_ROWS; page++) {
			PageResult<DecisionSummary> p = decisions.list(filter, scope, page, 200);
			for (DecisionSummary d : p.items()) {
				rows.add(java.util.Arrays.asList(d.number(), d.type().label(), d.signedOn(), d.issuer(),
						d.effectiveOn(), d.status().name(), d.subjects(), d.firstPersonName()));
			}
			if (!p.hasNext() || p.items().isEmpty()) {
				break;
			}
		}
		XlsxTable.send(res, "quyet-dinh.xlsx", Messages.text("career.export.decisions.sheet"),
				List.of(Messages.text("career.export.decisions.headers").split("\\|")), rows);
	}

	@GetMapping("/career/alerts/export.xlsx")
	@PreAuthorize("hasAuthority('PERSON_READ') and hasAuthority('EXPORT')")
	void alerts(AlertWindow query, Scope scope, HttpServletResponse res) {
		List<List<?>> rows = new ArrayList<>();
		for (Alerts.Alert a : alerts.list(scope, query.start(), query.window(alerts), query.kind())) {
			rows.add(java.util.Arrays.asList(a.kind().label(), a.personName(), a.unitName(), a.dueDate(),
					a.actionDate(), a.detail()));
		}
		XlsxTable.send(res, "canh-bao.xlsx", Messages.text("career.export.alerts.sheet"),
				List.of(Messages.text("career.export.alerts.headers").split("\\|")), rows);
	}

}

package vn.canbo.career.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.canbo.shared.web.FieldMessages;
import vn.canbo.career.AlertPage;
import vn.canbo.career.Alerts;
import vn.canbo.career.AsOfViews;
import vn.canbo.career.Decision;
import vn.canbo.career.DecisionType;
import vn.canbo.career.Movements;
import vn.canbo.career.PostFilter;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Pages: alerts dashboard (/career/alerts), movement statistics (/career/movements),
 * as-of view (/career/asof).
 */
@Controller
class CareerPageController {

	private final Alerts alerts;

	private final Movements movements;

	private final AsOfViews asOf;

	private final Catalogs catalogs;

	CareerPageController(Alerts alerts, Movements movements, AsOfViews asOf, Catalogs catalogs) {
		this.catalogs = catalogs;
		this.alerts = alerts;
		this.movements = movements;
		this.asOf = asOf;
	}

	@GetMapping("/career/alerts")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	String alerts(AlertWindow query, Scope scope, Model model) {
		int window = query.window(alerts);
		AlertPage result = alerts.page(scope, query.start(), window, query.kind(), query.pageNumber(),
				AlertWindow.PAGE_SIZE);
		model.addAttribute("result", result);
		model.addAttribute("alerts", result.items());
		model.addAttribute("from", query.start());
		model.addAttribute("days", window);
		model.addAttribute("kind", query.kind());
		model.addAttribute("kinds", Alerts.Kind.values());
		return "career/alerts";
	}

	/**
	 * The dashboard's slot: the next alerts of the user's scope, counted by kind (loaded
	 * by htmx on the home page).
	 */
	@GetMapping("/career/alerts/summary")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	String alertSummary(Scope scope, Model model) {
		LocalDate start = LocalDate.now();
		int window = alerts.defaultWindowDays(start);
		List<Alerts.Alert> all = alerts.list(scope, start, window, null);
		Map<Alerts.Kind, Long> byKind = new java.util.EnumMap<>(Alerts.Kind.class);
		all.forEach(a -> byKind.merge(a.kind(), 1L, Long::sum)); // every alert: exact
		model.addAttribute("byKind", byKind);
		model.addAttribute("next",
				all.stream().sorted(java.util.Comparator.comparing(Alerts.Alert::dueDate)).limit(8).toList());
		model.addAttribute("days", window);
		return "career/alerts-summary :: summary";
	}

	@PostMapping("/career/alerts/draft")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	String draft(@RequestParam Alerts.Kind kind, @RequestParam long personId,
			@RequestParam(required = false) Long positionId, @RequestParam(required = false) Long sourceDecisionId,
			@RequestParam(required = false) LocalDate dueDate, Scope scope) {
		Decision d = alerts.draft(kind, personId, positionId, sourceDecisionId, dueDate, scope);
		return "redirect:/career/decisions/" + d.id() + "/edit";
	}

	@GetMapping("/career/movements")
	@PreAuthorize("hasAuthority('REPORT_READ')")
	String movements(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			@RequestParam(required = false) Long unitId, @RequestParam(required = false) LocalDate date,
			@RequestParam(required = false) List<String> f, @RequestParam(required = false) List<String> types,
			Scope scope, Model model) {
		LocalDate t = to == null ? (date == null ? LocalDate.now() : date) : to;
		LocalDate fr = from == null ? LocalDate.of(t.getYear(), 1, 1) : from;
		LocalDate d = date == null ? LocalDate.now() : date;
		model.addAttribute("from", fr);
		model.addAttribute("to", t);
		model.addAttribute("unitId", unitId);
		model.addAttribute("date", d);
		model.addAttribute("filters", f == null ? List.of() : f);
		model.addAttribute("titleGroups", catalogs.list(CatalogType.TITLE_GROUP, null));
		model.addAttribute("decisionTypes",
				java.util.Arrays.stream(DecisionType.values())
					.filter(x -> x != DecisionType.REVOCATION && x != DecisionType.AMENDMENT)
					.toList());
		try {
			List<DecisionType> chosen = AlertApiController.types(types);
			model.addAttribute("chosenTypes", chosen == null ? List.of() : chosen);
			model.addAttribute("report", movements.report(scope, unitId, fr, t, PostFilter.fromParams(f), chosen));
		}
		catch (ValidationException e) {
			model.addAttribute("chosenTypes", List.of());
			model.addAttribute("error", FieldMessages.joined(e));
		}
		if (unitId != null || !scope.unrestricted()) {
			try {
				model.addAttribute("concurrent", movements.concurrent(scope, unitId, d, Movements.defaultPairs()));
			}
			catch (ValidationException e) {
				model.addAttribute("concurrentError", e.errors().get(0).message());
			}
		}
		return "career/movements";
	}

	@GetMapping("/career/asof")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	String asOf(@RequestParam(required = false) LocalDate date, @RequestParam(required = false) Long unitId,
			@RequestParam(defaultValue = "0") int page, Scope scope, Model model) {
		LocalDate d = date == null ? LocalDate.now() : date;
		model.addAttribute("date", d);
		model.addAttribute("unitId", unitId);
		model.addAttribute("result",
				unitId == null ? asOf.scope(d, scope, page, 50) : asOf.unit(unitId, d, true, scope, page, 50));
		return "career/asof";
	}

	static List<String> none() {
		return List.of();
	}

}

package vn.canbo.org.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.canbo.catalog.CatalogItem;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.StaffingQuota;
import vn.canbo.org.StaffingService;
import vn.canbo.org.UnitHistory;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitView;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Pages of the organisation tree: the tree as of a date, a unit's detail, and the
 * restructuring forms.
 */
@Controller
@PreAuthorize("hasAuthority('UNIT_READ')")
class UnitPageController {

	private final UnitService units;

	private final StaffingService staffing;

	private final TreeAssembler trees;

	private final Catalogs catalogs;

	private final UnitOptions options;

	UnitPageController(UnitService units, StaffingService staffing, TreeAssembler trees, Catalogs catalogs,
			UnitOptions options) {
		this.units = units;
		this.options = options;
		this.staffing = staffing;
		this.trees = trees;
		this.catalogs = catalogs;
	}

	private static LocalDate day(LocalDate d) {
		return d == null ? LocalDate.now() : d;
	}

	private static boolean canWrite(Authentication a) {
		return a != null && a.getAuthorities().stream().anyMatch(g -> "UNIT_WRITE".equals(g.getAuthority()));
	}

	private void common(Model model, LocalDate asOf, Authentication auth) {
		model.addAttribute("asOf", asOf);
		model.addAttribute("canWrite", canWrite(auth));
		Map<String, String> types = new LinkedHashMap<>();
		for (CatalogItem i : catalogs.list(CatalogType.UNIT_TYPE, asOf)) {
			types.put(i.code(), i.label(Messages.locale()));
		}
		model.addAttribute("types", types);
		model.addAttribute("levels", AdminLevel.values());
	}

	@GetMapping("/units")
	String tree(@RequestParam(required = false) LocalDate asOf, @RequestParam(required = false) String q, Scope scope,
			Model model, Authentication auth) {
		LocalDate d = day(asOf);
		common(model, d, auth);
		model.addAttribute("q", q);
		if (q != null && !q.isBlank()) {
			model.addAttribute("results", units.search(q, scope, d, 0, 100));
		}
		model.addAttribute("rows", trees.rows(units.topUnits(scope, d), d));
		return "org/tree";
	}

	/** htmx: the child rows of a unit, inserted after its row. */
	@GetMapping("/units/{id}/children")
	String children(@PathVariable long id, @RequestParam(required = false) LocalDate asOf,
			@RequestParam(defaultValue = "1") int depth, Scope scope, Model model, Authentication auth) {
		LocalDate d = day(asOf);
		units.require(id, d, scope);
		common(model, d, auth);
		model.addAttribute("rows",
				trees.rows(units.childRows(id, d)
					.stream()
					.map(r -> new vn.canbo.org.TreeRow(r.unit(), Math.max(1, depth), r.hasChildren()))
					.toList(), d));
		return "org/tree :: rows";
	}

	@GetMapping("/units/{id}")
	String detail(@PathVariable long id, @RequestParam(required = false) LocalDate asOf, Scope scope, Model model,
			Authentication auth) {
		UnitView last = units.requireEver(id, scope);
		LocalDate d = day(asOf);
		UnitView shown = units.find(id, d).orElse(null);
		if (shown == null) {
			// not existing on that date: show the last version, on its last day
			shown = last;
			d = last.validTo() != null ? last.validTo().minusDays(1) : last.validFrom();
		}
		else if (!units.inScope(id, scope, d)) {
			throw new NotFoundException(Messages.text("org.error.unitNotFound", String.valueOf(id)));
		}
		common(model, d, auth);
		UnitHistory history = units.history(id);
		model.addAttribute("unit", shown);
		model.addAttribute("path", units.path(id, d));
		model.addAttribute("history", history);
		Map<Long, String> parentNames = new java.util.HashMap<>();
		for (UnitView v : history.versions()) {
			if (v.parentId() != null && !parentNames.containsKey(v.parentId())) {
				units.find(v.parentId(), v.validFrom())
					.or(() -> units.latest(v.parentId()))
					.ifPresent(p -> parentNames.put(p.id(), p.name()));
			}
		}
		model.addAttribute("parentNames", parentNames);
		model.addAttribute("children", trees.rows(units.childRows(id, d), d));
		model.addAttribute("ended", last.validTo() != null);
		model.addAttribute("today", LocalDate.now());
		List<StaffingQuota> quotas = staffing.quotas(id, scope);
		List<QuotaRow> quotaRows = new ArrayList<>();
		for (StaffingQuota q : quotas) {
			LocalDate end = LocalDate.of(q.year(), 12, 31);
			LocalDate on = end.isAfter(LocalDate.now()) ? LocalDate.now() : end;
			Long own = null;
			Long sub = null;
			if (on.getYear() == q.year() && units.find(id, on).isPresent()) {
				var s = staffing.staffing(id, on, scope);
				own = s.own();
				sub = s.subtree();
			}
			quotaRows.add(new QuotaRow(q, own, sub, on));
		}
		model.addAttribute("quotas", quotaRows);
		if (units.find(id, d).isPresent()) {
			model.addAttribute("staffing", staffing.staffing(id, d, scope));
			if (canWrite(auth)) {
				options.addTo(model, shown, d, scope);
			}
		}
		return "org/detail";
	}

	record QuotaRow(StaffingQuota quota, Long headcount, Long subtreeHeadcount, LocalDate countedOn) {
	}

	/**
	 * Absent or outside the scope: the same 404 page, so that existence does not leak.
	 */
	@org.springframework.web.bind.annotation.ExceptionHandler(NotFoundException.class)
	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
	String notFound() {
		return "org/not-found";
	}

	// ---------------------------------------------------------------- writes

	private interface Write {

		long run();

	}

	/**
	 * Runs a write on a unit of the scope (404 otherwise); validation errors come back as
	 * flash messages on the unit's page.
	 */
	private String write(long backTo, Scope scope, RedirectAttributes ra, Write w, String okKey) {
		units.requireEver(backTo, scope);
		try {
			long target = w.run();
			ra.addFlashAttribute("okKey", okKey);
			return "redirect:/units/" + target;
		}
		catch (ValidationException e) {
			ra.addFlashAttribute("errors", e.errors());
			return "redirect:/units/" + backTo;
		}
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	@PostMapping("/units/{id}/create-child")
	@PreAuthorize("hasAuthority('UNIT_READ') and hasAuthority('UNIT_WRITE')")
	String createChild(@PathVariable long id, @RequestParam String code, @RequestParam String name,
			@RequestParam(required = false) String shortName, @RequestParam String typeCode,
			@RequestParam(required = false) AdminLevel level, @RequestParam(required = false) LocalDate effectiveDate,
			@RequestParam(required = false) String decisionNumber, Scope scope, RedirectAttributes ra) {
		return write(id, scope, ra, () -> {
			if (effectiveDate != null && !units.inScope(id, scope, effectiveDate)) {
				throw new ValidationException(
						List.of(new FieldError("effectiveDate", Messages.text("org.error.parentInactive"))));
			}
			return units
				.create(new UnitService.NewUnit(code, name, shortName, typeCode, level, id, effectiveDate,
						blank(decisionNumber)))
				.id();
		}, "org.ok.created");
	}

	@PostMapping("/units/{id}/quota")
	@PreAuthorize("hasAuthority('UNIT_READ') and hasAuthority('UNIT_WRITE')")
	String quota(@PathVariable long id, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer quota, @RequestParam(required = false) String decisionNumber,
			@RequestParam(required = false) String note, Scope scope, RedirectAttributes ra) {
		return write(id, scope, ra, () -> {
			if (year == null) {
				throw new ValidationException(List.of(new FieldError("year", Messages.text("org.error.yearRequired"))));
			}
			staffing.setQuota(id, year, quota, blank(decisionNumber), blank(note), scope);
			return id;
		}, "org.ok.quota");
	}

}

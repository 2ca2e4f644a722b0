package vn.canbo.people;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.canbo.imports.ImportContext;
import vn.canbo.imports.ImportRow;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;
import vn.canbo.shared.Messages;
import vn.canbo.shared.PartialDate;

/**
 * The units named by import rows (column {@code unitCode}), from per-run caches: the unit
 * by code (as of today, or as of the date for a unit that no longer exists) and its
 * versions, so that 100,000 rows cost a handful of queries.
 */
record ImportUnits(Units units) {

	Long unitId(ImportRow r, ImportContext ctx) {
		return unit(r.text("unitCode"), r.date("validFrom"), ctx).map(UnitView::id).orElse(null);
	}

	/** The unit a code stands for on a date. */
	Optional<UnitView> unit(String code, LocalDate on, ImportContext ctx) {
		if (code == null) {
			return Optional.empty();
		}
		LocalDate d = on == null ? ctx.today() : on;
		Map<String, Optional<UnitView>> byCode = ctx.state("unitsByCode", HashMap::new);
		Optional<UnitView> current = byCode.computeIfAbsent(code, k -> units.findByCode(code, ctx.today()));
		if (current.isEmpty()) {
			Map<String, Optional<UnitView>> past = ctx.state("unitsByCodeAndDate", HashMap::new);
			return past.computeIfAbsent(code + "@" + d, k -> units.findByCode(code, d));
		}
		Map<Long, List<UnitView>> versions = ctx.state("unitVersions", HashMap::new);
		return versions.computeIfAbsent(current.get().id(), id -> units.history(id).versions())
			.stream()
			.filter(v -> v.validOn(d))
			.findFirst();
	}

	/**
	 * Checks the unit code of a row: exists on the date, in the scope; errors on the
	 * row's unitCode cell.
	 */
	Optional<UnitView> check(ImportRow r, LocalDate on, ImportContext ctx) {
		Optional<UnitView> u = unit(r.text("unitCode"), on, ctx);
		Optional<Set<Long>> scopeUnits = ctx.state("scopeUnits", () -> units.scopeUnitIds(ctx.scope(), ctx.today()));
		if (u.isEmpty()) {
			Map<String, Optional<UnitView>> byCode = ctx.state("unitsByCode", HashMap::new);
			Optional<UnitView> current = byCode.getOrDefault(r.text("unitCode"), Optional.empty());
			boolean exists = current.isPresent();
			if (scopeUnits.isPresent() && r.text("unitCode") != null
					&& (!exists || !scopeUnits.get().contains(current.get().id()))) {
				// for a user with a scope, a code of no unit is answered exactly like the
				// code of a unit outside the scope (whose name never shows)
				r.error("unitCode", Messages.text("people.import.unitOutOfScope", r.text("unitCode")));
				return u;
			}
			r.error("unitCode",
					exists && on != null
							? Messages.text("people.import.unitNotOnDate", r.text("unitCode"),
									PartialDate.of(on).format())
							: Messages.text("people.import.unitUnknown", r.text("unitCode")));
			return u;
		}
		if (scopeUnits.isPresent() && !scopeUnits.get().contains(u.get().id())) {
			Map<String, Boolean> inScope = ctx.state("inScope", HashMap::new);
			LocalDate d = on == null ? ctx.today() : on;
			if (!inScope.computeIfAbsent(u.get().id() + "@" + d, k -> units.inScope(u.get().id(), ctx.scope(), d))) {
				r.error("unitCode", Messages.text("people.import.unitOutOfScope", r.text("unitCode")));
				return Optional.empty();
			}
		}
		return u;
	}

}

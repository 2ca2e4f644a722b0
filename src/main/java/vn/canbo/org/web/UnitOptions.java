package vn.canbo.org.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.canbo.org.TreeRow;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitView;
import vn.canbo.shared.Scope;

/**
 * The units offered by the restructuring forms instead of typed codes (issue 20, point
 * 5), all within the user's scope on the date: {@code siblingOptions} (same parent: the
 * units a merge takes in, or a dissolved unit's successor) and {@code parentOptions} (the
 * upper levels of the scope, without the unit's own subtree: where a unit may move).
 */
@Component
class UnitOptions {

	/** A unit in a select, indented by its depth. */
	record Option(long id, String label) {
	}

	private final UnitService units;

	UnitOptions(UnitService units) {
		this.units = units;
	}

	void addTo(Model model, UnitView unit, LocalDate d, Scope scope) {
		List<UnitView> candidates = unit.parentId() == null
				? units.topUnits(scope, d).stream().map(TreeRow::unit).toList() : units.children(unit.parentId(), d);
		model.addAttribute("siblingOptions",
				candidates.stream()
					.filter(u -> u.id() != unit.id() && units.inScope(u.id(), scope, d))
					.map(u -> new Option(u.id(), u.name()))
					.toList());
		Set<Long> own = units.subtreeIds(List.of(unit.id()), d);
		Set<Long> seen = new LinkedHashSet<>();
		List<Option> parents = new ArrayList<>();
		for (TreeRow top : units.topUnits(scope, d)) {
			for (TreeRow r : units.subtree(top.unit().id(), d, 2)) {
				if (!own.contains(r.unit().id()) && !java.util.Objects.equals(r.unit().id(), unit.parentId())
						&& seen.add(r.unit().id())) {
					parents.add(new Option(r.unit().id(), "\u00a0\u00a0".repeat(r.depth()) + r.unit().name()));
				}
			}
		}
		model.addAttribute("parentOptions", parents);
	}

}

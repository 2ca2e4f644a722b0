package vn.canbo.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.canbo.catalog.CatalogItem;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;
import vn.canbo.reports.PersonCounts.Query;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * A {@link Population} with filters turned into a {@link PersonCounts} query, as of a
 * date, within a scope: the units of the union of the root subtrees (none = the scope; a
 * root that does not exist on the date or lies outside the scope is absent, 404), the
 * unit roll-up filters (ADMIN_LEVEL, UNIT_TYPE, UNIT_KIND, SUBUNIT) narrowing those
 * units, the other filters as fixed values, the population's criterion resolved
 * ({@link Criteria}) — every filter and leaf checked first ({@link CriterionCheck}).
 */
@Component
class PopulationResolver {

	private final Units units;

	private final Catalogs catalogs;

	private final ValueLabels labels;

	private final CriterionCheck check;

	PopulationResolver(Units units, Catalogs catalogs, ValueLabels labels, CriterionCheck check) {
		this.units = units;
		this.catalogs = catalogs;
		this.labels = labels;
		this.check = check;
	}

	/** A population turned into a PersonCounts query, as of a date, within a scope. */
	record Resolved(Query query, LocalDate asOf, boolean empty) {
	}

	Resolved resolve(Population pop, LocalDate asOf, Map<Dim, List<String>> filters, Scope scope, Dim rollUp) {
		LocalDate d = asOf != null ? asOf : pop.asOfOrToday();
		List<Long> roots = new ArrayList<>();
		Set<Long> unitIds = null;
		if (!pop.rootUnitIds().isEmpty()) {
			for (Long root : new LinkedHashSet<>(pop.rootUnitIds())) {
				if (root == null || (units.find(root, d).isEmpty() && units.subtreeIds(List.of(root), d).isEmpty())
						|| !units.inScope(root, scope, d)) {
					throw new NotFoundException(Messages.text("reports.error.unitNotFound", String.valueOf(root)));
				}
				roots.add(root);
			}
			unitIds = new HashSet<>(units.subtreeIds(roots, d));
		}
		else if (!scope.unrestricted()) {
			roots.addAll(scope.rootUnitIds());
		}
		else {
			units.children(null, d).forEach(u -> roots.add(u.id()));
		}
		check.checkFilters(filters, d, scope);
		Population.Conditions c = pop.conditions();
		Set<String> titleCodes = null;
		if (!c.titleGroups().isEmpty()) {
			titleCodes = new HashSet<>();
			for (CatalogItem t : catalogs.list(CatalogType.TITLE, null)) {
				Set<String> g = catalogs.titleGroups(t.code());
				if (c.titleGroups().stream().anyMatch(g::contains)) {
					titleCodes.add(t.code());
				}
			}
		}
		Set<Long> bodyUnits = null;
		if (pop.unitTypeCode() != null && !pop.unitTypeCode().isBlank()) {
			Set<Long> all = unitIds != null ? unitIds : units.subtreeIds(roots, d);
			bodyUnits = units.findAll(all, d)
				.values()
				.stream()
				.filter(u -> pop.unitTypeCode().equals(u.typeCode()))
				.map(UnitView::id)
				.collect(Collectors.toSet());
		}
		Map<Dimension, Collection<String>> where = new LinkedHashMap<>();
		c.where().forEach((k, v) -> {
			Dim dim = Dim.parse(k, null);
			if (dim != null && !dim.unitRollUp()) {
				where.put(dim.base(), expand(dim, v));
			}
		});
		for (Map.Entry<Dim, List<String>> e : filters.entrySet()) {
			if (e.getValue() == null || e.getValue().isEmpty() || e.getKey() == Dim.TOTAL) {
				continue;
			}
			if (e.getKey().unitRollUp()) {
				// a unit roll-up narrows the units (below), it is not a value of the
				// facts
				continue;
			}
			where.put(e.getKey().base(), expand(e.getKey(), e.getValue()));
		}
		for (Map.Entry<Dim, List<String>> e : filters.entrySet()) {
			if (!e.getKey().unitRollUp() || e.getValue() == null || e.getValue().isEmpty()) {
				continue;
			}
			Map<Long, String> sub = unitGroups(e.getKey(), roots, unitIds, d);
			Set<String> wanted = new HashSet<>(e.getValue());
			Set<Long> chosen = sub.entrySet()
				.stream()
				.filter(g -> wanted.contains(g.getValue()))
				.map(Map.Entry::getKey)
				.collect(Collectors.toSet());
			if (e.getKey() == Dim.SUBUNIT && wanted.contains("")) {
				// units of the population not under any sub-unit: the roots themselves
				chosen.addAll(roots);
			}
			unitIds = unitIds == null ? chosen : chosen.stream().filter(unitIds::contains).collect(Collectors.toSet());
		}
		Map<Long, String> groups = rollUp == null ? Map.of() : unitGroups(rollUp, roots, unitIds, d);
		Cond criterion = null;
		if (pop.criterion() != null) {
			List<FieldError> errors = check.check(pop.criterion(), "criterion", d, scope);
			if (!errors.isEmpty()) {
				throw new ValidationException(errors);
			}
			Supplier<Set<Long>> any = () -> scope.unrestricted() ? units.subtreeIds(topUnits(d), d)
					: units.subtreeIds(scope.rootUnitIds(), d);
			Set<Long> population = unitIds;
			Supplier<Set<Long>> main = population != null ? () -> population : any;
			criterion = new Criteria(units, catalogs, labels, d, main, any).resolve(pop.criterion());
		}
		Query q = new Query(d, unitIds, c.categories().isEmpty() ? null : c.categories(), bodyUnits, titleCodes, where,
				groups, criterion);
		boolean empty = (unitIds != null && unitIds.isEmpty()) || (bodyUnits != null && bodyUnits.isEmpty());
		return new Resolved(q, d, empty);
	}

	private List<Long> topUnits(LocalDate d) {
		return units.children(null, d).stream().map(UnitView::id).toList();
	}

	private List<String> expand(Dim dim, List<String> values) {
		return values.contains("*") ? labels.anyRecorded(dim) : values;
	}

	/** unit id → group key for a unit roll-up dimension. */
	Map<Long, String> unitGroups(Dim dim, List<Long> roots, Set<Long> unitIds, LocalDate d) {
		Map<Long, String> out = new HashMap<>();
		if (dim == Dim.SUBUNIT) {
			// one subtree query and a walk up the parents (not one subtree query per
			// sub-unit)
			Set<Long> subs = new HashSet<>();
			if (roots.size() == 1) {
				units.children(roots.get(0), d).forEach(u -> subs.add(u.id()));
			}
			else {
				subs.addAll(roots);
			}
			Set<Long> all = unitIds != null ? unitIds : units.subtreeIds(roots, d);
			Map<Long, UnitView> views = units.findAll(all, d);
			for (Long id : all) {
				Long cur = id;
				int guard = 0;
				while (cur != null && !subs.contains(cur) && guard++ < 64) {
					UnitView v = views.get(cur);
					cur = v == null ? null : v.parentId();
				}
				if (cur != null && subs.contains(cur)) {
					out.put(id, String.valueOf(cur));
				}
			}
			if (roots.size() > 1 && all.stream().anyMatch(id -> !out.containsKey(id))) {
				// predecessors of a root (as of an earlier date) lie outside the parent
				// chain: map them by subtree
				for (Long s : subs) {
					for (Long id : units.subtreeIds(List.of(s), d)) {
						out.putIfAbsent(id, String.valueOf(s));
					}
				}
			}
			return out;
		}
		Set<Long> all = unitIds != null ? unitIds : units.subtreeIds(roots, d);
		for (UnitView u : units.findAll(all, d).values()) {
			String key = switch (dim) {
				case ADMIN_LEVEL -> u.level() == null ? "" : u.level().name();
				case UNIT_KIND -> CatalogGroups.unitKind(catalogs, u.typeCode());
				default -> u.typeCode() == null ? "" : u.typeCode();
			};
			out.put(u.id(), key);
		}
		return out;
	}

}

package vn.canbo.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.canbo.catalog.CatalogItem;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;

/**
 * Turns a (checked, {@link CriterionCheck}) {@link Criterion} into a {@link Cond} as of a
 * date: unit dimensions become the ids of the units that have the level, type or kind on
 * that date (the tree of that date), title dimensions the title codes of the catalog.
 * {@code mainUnits}: the units a main position may be in (the population's); {@code
 * anyUnits}: those a position inside a POSITION node may be in (the caller's scope, or
 * every unit).
 */
final class Criteria {

	private final Units units;

	private final Catalogs catalogs;

	private final ValueLabels labels;

	private final LocalDate d;

	private final Supplier<Set<Long>> mainUnits;

	private final Supplier<Set<Long>> anyUnits;

	private Map<Long, UnitView> mainViews;

	private Map<Long, UnitView> anyViews;

	Criteria(Units units, Catalogs catalogs, ValueLabels labels, LocalDate d, Supplier<Set<Long>> mainUnits,
			Supplier<Set<Long>> anyUnits) {
		this.units = units;
		this.catalogs = catalogs;
		this.labels = labels;
		this.d = d;
		this.mainUnits = mainUnits;
		this.anyUnits = anyUnits;
	}

	Cond resolve(Criterion c) {
		return resolve(c, false);
	}

	private Cond resolve(Criterion c, boolean inPosition) {
		return switch (c.op()) {
			case AND -> Cond.node(Cond.Kind.AND, all(c.of(), inPosition));
			case OR -> Cond.node(Cond.Kind.OR, all(c.of(), inPosition));
			case NOT -> Cond.node(Cond.Kind.NOT, all(c.of(), inPosition));
			case POSITION -> Cond.node(Cond.Kind.POSITION, all(c.of(), true));
			case IN -> leaf(c.dim().strip().toUpperCase(), c.values(), inPosition);
		};
	}

	private List<Cond> all(List<Criterion> of, boolean inPosition) {
		List<Cond> out = new ArrayList<>();
		of.forEach(x -> out.add(resolve(x, inPosition)));
		return out;
	}

	private Cond leaf(String dim, List<String> values, boolean inPosition) {
		switch (dim) {
			case "UNIT":
				return Cond.units(ids(values));
			case "SUBTREE", "SUBUNIT":
				return Cond.units(units.subtreeIds(ids(values), d));
			case "ADMIN_LEVEL":
				return unitsWhere(inPosition, u -> values.contains(u.level() == null ? "" : u.level().name()));
			case "UNIT_TYPE":
				return unitsWhere(inPosition, u -> values.contains(u.typeCode() == null ? "" : u.typeCode()));
			case "UNIT_KIND":
				return unitsWhere(inPosition, u -> values.contains(CatalogGroups.unitKind(catalogs, u.typeCode())));
			case "TITLE":
				return Cond.titles(values);
			case "TITLE_GROUP":
				return Cond.titles(catalogs.list(CatalogType.TITLE, null)
					.stream()
					.map(CatalogItem::code)
					.filter(t -> catalogs.titleGroups(t).stream().anyMatch(values::contains))
					.toList());
			case "LEADER":
				return yesNo(values, Arrays.asList(CatalogGroups.leaderTitles(catalogs)));
			case "KEY_POST":
				return yesNo(values, Arrays.asList(CatalogGroups.keyPostTitles(catalogs)));
			case "POSITION_KIND": {
				List<Cond> any = new ArrayList<>();
				values.forEach(v -> any.add(Cond.concurrent("CONCURRENT".equals(v))));
				return any.size() == 1 ? any.get(0) : Cond.node(Cond.Kind.OR, any);
			}
			case "TOTAL":
				return Cond.node(Cond.Kind.AND, List.of());
			default: {
				Dim p = Dim.valueOf(dim);
				Collection<String> v = values.contains("*") ? labels.anyRecorded(p) : values;
				return Cond.person(p.base(), v);
			}
		}
	}

	private static List<Long> ids(List<String> values) {
		return values.stream().map(String::strip).map(Long::valueOf).toList();
	}

	private Cond yesNo(List<String> values, List<String> titles) {
		Cond yes = Cond.titles(titles);
		List<Cond> any = new ArrayList<>();
		if (values.contains("YES")) {
			any.add(yes);
		}
		if (values.contains("NO")) {
			any.add(Cond.node(Cond.Kind.NOT, List.of(yes)));
		}
		return any.size() == 1 ? any.get(0) : Cond.node(Cond.Kind.OR, any);
	}

	private Cond unitsWhere(boolean inPosition, Predicate<UnitView> test) {
		Map<Long, UnitView> views;
		if (inPosition) {
			if (anyViews == null) {
				anyViews = units.findAll(anyUnits.get(), d);
			}
			views = anyViews;
		}
		else {
			if (mainViews == null) {
				mainViews = units.findAll(mainUnits.get(), d);
			}
			views = mainViews;
		}
		Set<Long> ids = views.values()
			.stream()
			.filter(test)
			.map(UnitView::id)
			.collect(Collectors.toCollection(HashSet::new));
		return Cond.units(ids);
	}

}

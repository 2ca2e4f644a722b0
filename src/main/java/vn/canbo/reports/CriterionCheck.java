package vn.canbo.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.Units;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;

/**
 * Checks a {@link Criterion} and report filters before they are counted: every dimension
 * known, every value one of the dimension's (catalog codes, fixed keys, units existing on
 * the date within the scope), NOT with one condition, AND/OR with at least one, only
 * position dimensions inside a POSITION node (not nested). A leaf on a dossier field the
 * caller may not see is refused as a filter would be ({@code requireVisible}). Errors
 * name their path ({@code criterion.of[1].values}), all at once.
 */
@Component
class CriterionCheck {

	private final Units units;

	private final Catalogs catalogs;

	private final ValueLabels labels;

	CriterionCheck(Units units, Catalogs catalogs, ValueLabels labels) {
		this.units = units;
		this.catalogs = catalogs;
		this.labels = labels;
	}

	/** The errors of a criterion (empty when it may be counted). */
	List<FieldError> check(Criterion c, String path, LocalDate d, Scope scope) {
		List<FieldError> errors = new ArrayList<>();
		check(c, path, false, d, scope, errors);
		return errors;
	}

	private void check(Criterion c, String path, boolean inPosition, LocalDate d, Scope scope,
			List<FieldError> errors) {
		if (c == null || c.op() == null) {
			errors.add(new FieldError(path + ".op", Messages.text("reports.criterion.op")));
			return;
		}
		switch (c.op()) {
			case AND, OR -> {
				if (c.of().isEmpty()) {
					errors.add(new FieldError(path + ".of", Messages.text("reports.criterion.children")));
				}
			}
			case NOT -> {
				if (c.of().size() != 1) {
					errors.add(new FieldError(path + ".of", Messages.text("reports.criterion.notOne"), c.of().size()));
				}
			}
			case POSITION -> {
				if (inPosition) {
					errors.add(new FieldError(path + ".op", Messages.text("reports.criterion.nestedPosition")));
				}
				if (c.of().isEmpty()) {
					errors.add(new FieldError(path + ".of", Messages.text("reports.criterion.children")));
				}
			}
			case IN -> leaf(c, path, inPosition, d, scope, errors);
		}
		for (int i = 0; i < c.of().size(); i++) {
			check(c.of().get(i), path + ".of[" + i + "]", inPosition || c.op() == Criterion.Op.POSITION, d, scope,
					errors);
		}
	}

	private void leaf(Criterion c, String path, boolean inPosition, LocalDate d, Scope scope, List<FieldError> errors) {
		String dim = c.dim() == null ? "" : c.dim().strip().toUpperCase();
		// SUBUNIT: read as SUBTREE (the unit and everything below it)
		boolean position = Criterion.POSITION_DIMS.contains(dim) || "SUBUNIT".equals(dim);
		Dim person = position ? null : Dim.parse(dim, null);
		if (!position && person == null) {
			errors.add(new FieldError(path + ".dim", Messages.text("reports.criterion.dim", c.dim()), c.dim()));
			return;
		}
		if (inPosition && !position) {
			errors.add(new FieldError(path + ".dim", Messages.text("reports.criterion.personInPosition", c.dim()),
					c.dim()));
			return;
		}
		if (person != null) {
			person.base().requireVisible();
		}
		if (c.values().isEmpty()) {
			errors.add(new FieldError(path + ".values", Messages.text("reports.criterion.values")));
			return;
		}
		for (String v : c.values()) {
			String bad = badValue(dim, v == null ? "" : v.strip(), d, scope);
			if (bad != null) {
				errors.add(new FieldError(path + ".values", bad, v));
			}
		}
	}

	/**
	 * The message of a value a dimension does not have, else null. Units: null scope =
	 * only the form of the id is checked.
	 */
	String badValue(String dim, String v, LocalDate d, Scope scope) {
		boolean[] missing = { false };
		boolean ok = switch (dim) {
			case "UNIT", "SUBTREE", "SUBUNIT" -> {
				if (!v.chars().allMatch(Character::isDigit) || v.isEmpty() || v.length() > 18) {
					yield false;
				}
				long id = Long.parseLong(v);
				if (scope == null) {
					yield true;
				}
				// on the date, or through its predecessors (a commune formed later)
				boolean exists = units.find(id, d).isPresent()
						|| units.subtreeIds(List.of(id), d).stream().anyMatch(u -> u != id);
				if (!exists || !units.inScope(id, scope, d)) {
					missing[0] = true;
				}
				yield true;
			}
			case "ADMIN_LEVEL" ->
				v.isEmpty() || java.util.Arrays.stream(AdminLevel.values()).anyMatch(l -> l.name().equals(v));
			case "UNIT_TYPE" -> v.isEmpty() || catalogs.find(CatalogType.UNIT_TYPE, v).isPresent();
			case "UNIT_KIND" -> v.isEmpty() || CatalogGroups.UNIT_KINDS.contains(v);
			case "TITLE" -> catalogs.find(CatalogType.TITLE, v).isPresent();
			case "TITLE_GROUP" -> v.isEmpty() || catalogs.find(CatalogType.TITLE_GROUP, v).isPresent();
			case "LEADER", "KEY_POST" -> "YES".equals(v) || "NO".equals(v);
			case "POSITION_KIND" -> "MAIN".equals(v) || "CONCURRENT".equals(v);
			case "TOTAL" -> "ALL".equals(v);
			case "AGE" -> !v.isEmpty() && v.length() <= 3 && v.chars().allMatch(Character::isDigit);
			default -> {
				Dim p = Dim.parse(dim, null);
				yield p != null && ("*".equals(v) || labels.known(p).containsKey(v));
			}
		};
		if (missing[0]) {
			return Messages.text("reports.criterion.unit", v);
		}
		return ok ? null : Messages.text("reports.criterion.value", v, dim);
	}

	/**
	 * Checks report filters (f=DIM:v1,v2, drill-down cells): every value one of the
	 * dimension's (400 naming the filter); a unit outside the scope or not existing on
	 * the date is absent (404).
	 */
	void checkFilters(Map<Dim, List<String>> filters, LocalDate d, Scope scope) {
		List<FieldError> errors = new ArrayList<>();
		for (Map.Entry<Dim, List<String>> e : filters.entrySet()) {
			Dim dim = e.getKey();
			// a hidden field: refused as such (403) before its values are looked at
			dim.base().requireVisible();
			for (String v : e.getValue() == null ? List.<String>of() : e.getValue()) {
				String value = v == null ? "" : v;
				if ((dim == Dim.UNIT || dim == Dim.SUBUNIT) && !value.isEmpty()
						&& value.chars().allMatch(Character::isDigit) && value.length() <= 18) {
					long id = Long.parseLong(value);
					if ((units.find(id, d).isEmpty() && units.subtreeIds(List.of(id), d).isEmpty())
							|| !units.inScope(id, scope, d)) {
						throw new NotFoundException(Messages.text("reports.error.unitNotFound", value));
					}
					continue;
				}
				if (dim == Dim.SUBUNIT && value.isEmpty()) {
					continue;
				}
				if (badValue(dim.name(), value, d, null) != null) {
					errors.add(new FieldError("f", Messages.text("reports.filter.value", dim.label(), value),
							dim.name() + ":" + value));
				}
			}
		}
		if (!errors.isEmpty()) {
			throw new vn.canbo.shared.ValidationException(errors);
		}
	}

}

package vn.canbo.reports;

import java.util.List;

/**
 * A population's condition (issue 14, point 1): a tree over the facts of a person on the
 * date, stored as JSON in {@code report_population.criterion}.
 * <ul>
 * <li>{@code {"op":"IN","dim":"ADMIN_LEVEL","values":["COMMUNE"]}}: the person's value of
 * the dimension is one of the values. Position dimensions ({@link #POSITION_DIMS}) test
 * the MAIN position, unless the leaf is inside a POSITION node.</li>
 * <li>{@code {"op":"AND","of":[…]}}, {@code {"op":"OR","of":[…]}},
 * {@code {"op":"NOT","of":[x]}}: all, any, none.</li>
 * <li>{@code {"op":"POSITION","of":[…]}}: the person holds, on the date, one position
 * (main or concurrent) satisfying all the leaves of {@code of} together — e.g. "a
 * TRUONG_PHO_PHONG title in a DISTRICT-level unit of kind MASS"; a POSITION_KIND leaf
 * (MAIN / CONCURRENT) restricts which positions qualify. Only position dimensions, AND,
 * OR and NOT inside.</li>
 * </ul>
 * Dimension names are those of {@link Dim} plus the position dimensions below. A null
 * criterion = everyone of the population's units.
 */
public record Criterion(Op op, String dim, List<String> values, List<Criterion> of) {

	public enum Op {

		AND, OR, NOT, IN, POSITION

	}

	/**
	 * Dimensions of a position (the main one outside a POSITION node): UNIT (unit ids),
	 * SUBTREE (unit ids: the unit or any unit below it), ADMIN_LEVEL, UNIT_TYPE (catalog
	 * codes), UNIT_KIND (PARTY, STATE, FRONT, MASS, PUBLIC_SERVICE, AREA), TITLE,
	 * TITLE_GROUP (catalog codes), LEADER and KEY_POST (YES / NO), POSITION_KIND (MAIN /
	 * CONCURRENT).
	 */
	public static final List<String> POSITION_DIMS = List.of("UNIT", "SUBTREE", "ADMIN_LEVEL", "UNIT_TYPE", "UNIT_KIND",
			"TITLE", "TITLE_GROUP", "LEADER", "KEY_POST", "POSITION_KIND");

	public Criterion {
		values = values == null ? List.of() : List.copyOf(values);
		of = of == null ? List.of() : List.copyOf(of);
	}

	public static Criterion in(String dim, List<String> values) {
		return new Criterion(Op.IN, dim, values, null);
	}

	public static Criterion and(Criterion... of) {
		return new Criterion(Op.AND, null, null, List.of(of));
	}

	public static Criterion or(Criterion... of) {
		return new Criterion(Op.OR, null, null, List.of(of));
	}

	public static Criterion not(Criterion of) {
		return new Criterion(Op.NOT, null, null, List.of(of));
	}

	public static Criterion position(Criterion... of) {
		return new Criterion(Op.POSITION, null, null, List.of(of));
	}

}

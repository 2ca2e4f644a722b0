package vn.canbo.reports;

import java.util.Collection;
import java.util.List;

/**
 * A {@link Criterion} ready for SQL ({@link CondSql}): its position dimensions resolved
 * in Java to unit-id and title-code sets (the reports module does not read the org
 * tables), its person dimensions kept as {@link Dimension} leaves. {@code UNIT},
 * {@code TITLE} and {@code CONCURRENT} test the main position (person_fact) outside a
 * {@code POSITION} node and the position's own columns inside one.
 */
record Cond(Kind kind, Dimension dim, Collection<String> values, Collection<Long> unitIds, boolean flag,
		List<Cond> of) {

	enum Kind {

		AND, OR, NOT, PERSON, UNIT, TITLE, CONCURRENT, POSITION

	}

	Cond {
		of = of == null ? List.of() : List.copyOf(of);
	}

	static Cond person(Dimension dim, Collection<String> values) {
		return new Cond(Kind.PERSON, dim, values, null, false, null);
	}

	static Cond units(Collection<Long> ids) {
		return new Cond(Kind.UNIT, null, null, ids, false, null);
	}

	static Cond titles(Collection<String> codes) {
		return new Cond(Kind.TITLE, null, codes, null, false, null);
	}

	static Cond concurrent(boolean concurrent) {
		return new Cond(Kind.CONCURRENT, null, null, null, concurrent, null);
	}

	static Cond node(Kind kind, List<Cond> of) {
		return new Cond(kind, null, null, null, false, of);
	}

}

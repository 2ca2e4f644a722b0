package vn.canbo.reports;

import vn.canbo.shared.Messages;

/**
 * The dimensions a table can be broken down by (regulations.md §10): those of
 * {@link Dimension} (counted by {@link PersonCounts}) plus three unit roll-ups — SUBUNIT
 * (each direct child of the population's root with its whole subtree), ADMIN_LEVEL,
 * UNIT_TYPE and UNIT_KIND (PARTY, STATE, FRONT, MASS, PUBLIC_SERVICE, AREA) of the main
 * position's unit; and LEADER, KEY_POST (YES / NO) of the main position's title; RATING
 * from a {@link DimensionSource}.
 */
public enum Dim {

	TOTAL(Dimension.TOTAL), GENDER(Dimension.GENDER), AGE(Dimension.AGE), AGE_BAND_PARTY(Dimension.AGE_BAND_PARTY),
	AGE_BAND_CIVIL(Dimension.AGE_BAND_CIVIL), MINORITY(Dimension.MINORITY), ETHNICITY(Dimension.ETHNICITY),
	RELIGION(Dimension.RELIGION), HAS_RELIGION(Dimension.HAS_RELIGION), PARTY(Dimension.PARTY),
	PROFESSIONAL(Dimension.PROFESSIONAL), POLITICAL_THEORY(Dimension.POLITICAL_THEORY),
	STATE_MANAGEMENT(Dimension.STATE_MANAGEMENT), FOREIGN_LANGUAGE(Dimension.FOREIGN_LANGUAGE), IT(Dimension.IT),
	RANK_GROUP(Dimension.RANK_GROUP), TITLE_GROUP(Dimension.TITLE_GROUP), CATEGORY(Dimension.CATEGORY),
	UNIT(Dimension.UNIT), SUBUNIT(Dimension.UNIT_GROUP), ADMIN_LEVEL(Dimension.UNIT_GROUP),
	UNIT_TYPE(Dimension.UNIT_GROUP), UNIT_KIND(Dimension.UNIT_GROUP), LEADER(Dimension.LEADER),
	KEY_POST(Dimension.KEY_POST),
	/**
	 * The final rating (xếp loại chất lượng) of the year of the date, given by a
	 * {@link DimensionSource} (evaluation); "" = not rated.
	 */
	RATING(Dimension.RATING),
	/**
	 * YES when the person was sent to a course (an enrolment) starting in the year of the
	 * date, given by a {@link DimensionSource} (training); "" = not trained (issue 16).
	 */
	TRAINED(Dimension.TRAINED),
	/**
	 * The kinds of course the person was sent to, starting in the year of the date
	 * (several per person: a person counts once in each kind and once in the totals),
	 * given by a {@link DimensionSource} (training); "" = none (issue 16).
	 */
	TRAINED_KIND(Dimension.TRAINED_KIND);

	private final Dimension base;

	Dim(Dimension base) {
		this.base = base;
	}

	/** The name shown in tables and forms: {@code reports.dim.<NAME>} of the bundle. */
	public String label() {
		return Messages.text("reports.dim." + name());
	}

	Dimension base() {
		return base;
	}

	/** True for the roll-ups computed from a unit → group mapping. */
	public boolean unitRollUp() {
		return base == Dimension.UNIT_GROUP;
	}

	public static Dim parse(String s, Dim fallback) {
		if (s == null || s.isBlank()) {
			return fallback;
		}
		try {
			return valueOf(s.strip().toUpperCase());
		}
		catch (IllegalArgumentException e) {
			return fallback;
		}
	}

}

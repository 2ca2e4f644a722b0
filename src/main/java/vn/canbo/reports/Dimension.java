package vn.canbo.reports;

import java.util.List;

/**
 * What persons are counted by ({@link PersonCounts}). Dimension values are plain keys:
 * catalog codes (levels, ethnicity, religion, title groups), enum names (gender,
 * category), band keys ({@link #PARTY_BANDS}, {@link #CIVIL_BANDS}), unit ids, or the
 * caller's label for {@link #UNIT_GROUP}. {@link #NONE} ("") is "none / not recorded".
 */
enum Dimension {

	/** Whole population (one value, "ALL"). */
	TOTAL(false), GENDER(false),
	/** Age in completed years on the date ("34"). */
	AGE(false), AGE_BAND_PARTY(false), AGE_BAND_CIVIL(false),
	/** KINH, MINORITY or NONE. */
	MINORITY(false, "ethnicityCode"), ETHNICITY(false, "ethnicityCode"), RELIGION(false, "religionCode"),
	/** YES / NO (no religion recorded or "00" Không). */
	HAS_RELIGION(false, "religionCode"),
	/** YES / NO: a party member on the date. */
	PARTY(false),
	/** Highest level valid on the date (catalog codes). */
	PROFESSIONAL(false), POLITICAL_THEORY(false), STATE_MANAGEMENT(false), FOREIGN_LANGUAGE(false), IT(false),
	ACADEMIC_TITLE(false),
	/**
	 * CVCC, CVC, CV, CS, NV, KHAC (from the RANK pay table) of the salary row valid on
	 * the date; NONE without one.
	 */
	RANK_GROUP(false), RANK(false),
	/**
	 * Title groups of every position (main or concurrent) held on the date: one person
	 * may count in several.
	 */
	TITLE_GROUP(true),
	/** Title of the main position. */
	TITLE(false), CATEGORY(false),
	/** Unit id of the main position. */
	UNIT(false),
	/**
	 * The caller's label of the main position's unit
	 * ({@link PersonCounts.Query#unitGroups()}), e.g. its district or admin level.
	 */
	UNIT_GROUP(false),
	/**
	 * YES / NO: the main position's title is a leadership title (TITLE attribute
	 * {@code leader}).
	 */
	LEADER(false),
	/** YES / NO: the main position's title is a key post (title group CHU_CHOT). */
	KEY_POST(false),
	/**
	 * A value from another module's records ({@link DimensionSource}): the final rating
	 * of the year of the date.
	 */
	RATING(false),
	/**
	 * YES / NONE from a {@link DimensionSource} (training): sent to a course starting in
	 * the year of the date (issue 16).
	 */
	TRAINED(false),
	/**
	 * The kinds of the courses (training.CourseKind) a person was sent to, starting in
	 * the year of the date, from a {@link DimensionSource} (training): multi-valued, a
	 * person sent to two kinds counts in both (issue 16); "" = none.
	 */
	TRAINED_KIND(true);

	/**
	 * Value of a person with nothing recorded for a dimension (no religion, no level…).
	 */
	static final String NONE = "";

	/** Party statistics age bands, plus "<18". */
	static final List<String> PARTY_BANDS = List.of("<18", "18-30", "31-35", "36-40", "41-45", "46-50", "51-55",
			"56-60", ">60");

	/**
	 * Civil-service age bands; HUU = reached the retirement age (NĐ 135/2020) on the
	 * date, whatever the age.
	 */
	static final List<String> CIVIL_BANDS = List.of("<=30", "31-40", "41-50", "51-60", ">60", "HUU");

	private final boolean multiValued;

	private final String field;

	Dimension(boolean multiValued) {
		this(multiValued, null);
	}

	Dimension(boolean multiValued, String field) {
		this.multiValued = multiValued;
		this.field = field;
	}

	/**
	 * The dossier field ({@code PersonData} component) this dimension reads when it is a
	 * field of the dossier itself, else null: a caller who may not see the field may not
	 * count by it ({@link vn.canbo.people.SensitiveFields}).
	 */
	String field() {
		return field;
	}

	/**
	 * Refuses a dimension whose dossier field the caller may not see (issue 12: no
	 * filter, group or count by a hidden field).
	 */
	void requireVisible() {
		vn.canbo.people.SensitiveFields.requireVisible(field);
	}

	boolean multiValued() {
		return multiValued;
	}

}

package vn.canbo.reports;

import static vn.canbo.reports.Dimension.CIVIL_BANDS;
import static vn.canbo.reports.Dimension.NONE;
import static vn.canbo.reports.Dimension.PARTY_BANDS;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The "dimension value ∈ values" conditions of a {@link CountSql} that are not a
 * comparison of the dimension's key: written on the facts' own columns, or as an EXISTS
 * over a multi-valued {@link DimensionSource}. Their parameters go to the query's.
 */
final class ConditionSql {

	private ConditionSql() {
	}

	/**
	 * "one of the person's values ∈ values" for a multi-valued dimension given by a
	 * {@link DimensionSource} (NONE = the person has no value): an EXISTS, so that a
	 * filter never multiplies the person.
	 */
	static String anyOf(CountSql sql, Dim dim, Collection<String> values, String name) {
		java.util.Optional<DimensionSource> source = sql.sources.of(dim);
		List<String> codes = values.stream().filter(v -> !NONE.equals(v)).toList();
		boolean none = codes.size() < values.size();
		if (source.isEmpty()) {
			return none ? "true" : "false";
		}
		sql.params.addValue(name, codes.toArray(String[]::new));
		String rows = "select 1 from (" + source.get().personValues() + ") " + name + "_v(person_id, value) where "
				+ name + "_v.person_id = f.id";
		String has = "exists (" + rows + " and " + name + "_v.value = any(:" + name + "))";
		return none ? "(" + has + " or not exists (" + rows + "))" : has;
	}

	/**
	 * The same condition written on the facts' own columns, for the dimensions whose key
	 * is computed (bands, yes/no, "none" for a missing value): a report evaluates one per
	 * person and column, and comparing a computed key costs several times more. Null for
	 * the other dimensions.
	 */
	static String direct(CountSql sql, Dimension dim, Collection<String> values, String name) {
		String column = switch (dim) {
			case PROFESSIONAL, POLITICAL_THEORY, STATE_MANAGEMENT, FOREIGN_LANGUAGE, IT, ACADEMIC_TITLE ->
				sql.level(dim);
			case ETHNICITY -> "f.ethnicity_code";
			case RELIGION -> "f.religion_code";
			case RANK -> "f.rank_code";
			case TITLE -> "f.title_code";
			default -> null;
		};
		if (column != null) { // a code, NONE = not recorded
			List<String> codes = values.stream().filter(v -> !NONE.equals(v)).toList();
			sql.params.addValue(name, codes.toArray(String[]::new));
			String in = column + " = any(:" + name + ")";
			return codes.size() == values.size() ? in : "(" + column + " is null or " + in + ")";
		}
		List<String> any = new ArrayList<>();
		for (String v : values) {
			String p = switch (dim) {
				case AGE_BAND_CIVIL -> {
					sql.retirement();
					yield "HUU".equals(v) ? "f.retired"
							: CIVIL_BANDS.contains(v) ? "not f.retired and " + ages(v) : "false";
				}
				case AGE_BAND_PARTY -> PARTY_BANDS.contains(v) ? ages(v) : "false";
				case PARTY ->
					"YES".equals(v) ? "f.party_joined_on <= :d and (f.party_left_on is null or f.party_left_on > :d)"
							: "NO".equals(v)
									? "(f.party_joined_on is null or f.party_joined_on > :d or f.party_left_on <= :d)"
									: "false";
				case HAS_RELIGION -> "YES".equals(v) ? "f.religion_code not in ('', '00')"
						: "NO".equals(v) ? "(f.religion_code is null or f.religion_code in ('', '00'))" : "false";
				case MINORITY -> {
					sql.minority();
					yield "MINORITY".equals(v) ? "f.ethnicity_code = any(:minorityCodes)"
							: "KINH".equals(v) ? "not (f.ethnicity_code = any(:minorityCodes))"
									: NONE.equals(v) ? "f.ethnicity_code is null" : "false";
				}
				default -> null;
			};
			if (p == null) {
				return null;
			}
			any.add("(" + p + ")");
		}
		return any.isEmpty() ? "false" : "(" + String.join(" or ", any) + ")";
	}

	/** The ages of a band key ("<18", "<=30", "31-40", ">60") as a condition on f.age. */
	private static String ages(String band) {
		if (band.startsWith("<=")) {
			return "f.age <= " + Integer.parseInt(band.substring(2));
		}
		if (band.startsWith("<")) {
			return "f.age < " + Integer.parseInt(band.substring(1));
		}
		if (band.startsWith(">")) {
			return "f.age > " + Integer.parseInt(band.substring(1));
		}
		String[] r = band.split("-");
		return "f.age between " + Integer.parseInt(r[0]) + " and " + Integer.parseInt(r[1]);
	}

}

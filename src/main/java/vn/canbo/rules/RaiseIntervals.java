package vn.canbo.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.canbo.catalog.Rank;

/**
 * The regular raise interval of a rank on a date (TT 08/2013/TT-BNV Art. 2.1.a): 36
 * months ({@code salary.step_months_high}) for ranks requiring cao đẳng or above, 24
 * ({@code salary.step_months_low}) for trung cấp and below. The group comes from
 * {@code salary.step_rank_groups} ("code:low", "code:high") when it names the rank, else
 * from the rank's pay table ({@code salary.step_tables_high} / {@code _low}: "A2" covers
 * A2.1 and A2.2, "C" covers C1…C3), else "high". Every parameter is read as in force on
 * the date; the catalog's {@code raiseMonths} attribute is not used.
 */
public final class RaiseIntervals {

	/** Where a rank's group comes from. */
	public enum Source {

		/** salary.step_rank_groups names the rank. */
		RANK,
		/** the rank's pay table is listed. */
		TABLE,
		/** neither: the "high" interval. */
		DEFAULT

	}

	/**
	 * The interval of a rank: months, the parameter that sets it (cited by the checks)
	 * and where the group came from.
	 */
	public record Interval(int months, boolean high, Source source, RuleParameter parameter) {

		public String key() {
			return parameter.key();
		}

	}

	private RaiseIntervals() {
	}

	public static Interval of(RuleParameters params, Rank rank, LocalDate on) {
		Boolean high = null;
		Source source = Source.DEFAULT;
		for (String entry : params.listValue("salary.step_rank_groups", on)) {
			int colon = entry.lastIndexOf(':');
			if (colon > 0 && entry.substring(0, colon).strip().equals(rank.code())) {
				high = "high".equalsIgnoreCase(entry.substring(colon + 1).strip());
				source = Source.RANK;
			}
		}
		if (high == null && rank.payTable() != null) {
			if (listed(params.listValue("salary.step_tables_high", on), rank.payTable())) {
				high = true;
				source = Source.TABLE;
			}
			else if (listed(params.listValue("salary.step_tables_low", on), rank.payTable())) {
				high = false;
				source = Source.TABLE;
			}
		}
		boolean h = high == null || high;
		RuleParameter p = params.get(h ? "salary.step_months_high" : "salary.step_months_low", on);
		return new Interval(p.intValue(), h, source, p);
	}

	/**
	 * True when a table is listed: the same name, or a group of a listed table ("A2.1" of
	 * "A2"; "C1" of "C"), ignoring case.
	 */
	static boolean listed(List<String> tables, String payTable) {
		String t = payTable.strip().toUpperCase(Locale.ROOT);
		String family = t.contains(".") ? t.substring(0, t.indexOf('.')) : t;
		for (String x : tables) {
			String e = x.toUpperCase(Locale.ROOT);
			if (t.equals(e) || family.equals(e)
					|| (!e.matches(".*\\d$") && family.matches(java.util.regex.Pattern.quote(e) + "\\d+"))) {
				return true;
			}
		}
		return false;
	}

}

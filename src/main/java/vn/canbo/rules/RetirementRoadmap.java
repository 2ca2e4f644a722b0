package vn.canbo.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import vn.canbo.people.Gender;

/**
 * The retirement-age roadmap (NĐ 135/2020 Art. 4, Phụ lục I) as data: for each sex, the
 * effective-dated versions of the rule parameter {@code retire.roadmap.male|female}. A
 * version's value lists "year:months" pairs, e.g. {@code 2021:723, 2022:726}: the
 * statutory age (in months) of someone reaching it in that year; a year without an entry
 * takes the entry of the latest earlier year (the first one before all of them); a bare
 * number applies to every year. The version that applies to a year is the one in force on
 * 1 January of that year (the earliest one before all versions).
 */
public final class RetirementRoadmap {

	/** The rule parameter keys, one per sex. */
	public static String key(Gender gender) {
		return gender == Gender.MALE ? "retire.roadmap.male" : "retire.roadmap.female";
	}

	private record Version(LocalDate from, LocalDate to, NavigableMap<Integer, Integer> ages) {
	}

	private final Map<Gender, List<Version>> versions;

	private final int maxAdjustMonths;

	private RetirementRoadmap(Map<Gender, List<Version>> versions, int maxAdjustMonths) {
		this.versions = versions;
		this.maxAdjustMonths = maxAdjustMonths;
	}

	/**
	 * The most months any version of the parameters retire.earlier_max_months /
	 * later_max_months lets a retirement category move the age: the range the reports
	 * compute cut-offs for.
	 */
	public int maxAdjustMonths() {
		return this.maxAdjustMonths;
	}

	/** The roadmap of the parameters' versions (every sex must have at least one). */
	public static RetirementRoadmap of(Map<Gender, List<RuleParameter>> parameters) {
		return of(parameters, 0);
	}

	/** The roadmap, with the largest adjustment a category may make. */
	public static RetirementRoadmap of(Map<Gender, List<RuleParameter>> parameters, int maxAdjustMonths) {
		Map<Gender, List<Version>> all = new EnumMap<>(Gender.class);
		for (Gender g : Gender.values()) {
			List<RuleParameter> ps = parameters.getOrDefault(g, List.of());
			if (ps.isEmpty()) {
				throw new IllegalStateException("no retirement roadmap for " + g);
			}
			List<Version> vs = new ArrayList<>();
			for (RuleParameter p : ps) {
				vs.add(new Version(p.effectiveFrom(), p.effectiveTo(), parse(p.value())));
			}
			vs.sort(Comparator.comparing(Version::from));
			all.put(g, List.copyOf(vs));
		}
		return new RetirementRoadmap(all, maxAdjustMonths);
	}

	/**
	 * Parses a version's value; throws {@link IllegalArgumentException} when it is not a
	 * list of "year:months" pairs (or one number) with ages between 40 and 80 years.
	 */
	public static NavigableMap<Integer, Integer> parse(String value) {
		NavigableMap<Integer, Integer> ages = new TreeMap<>();
		String v = value == null ? "" : value.strip();
		if (v.matches("\\d+")) {
			ages.put(Integer.MIN_VALUE, age(v));
			return ages;
		}
		for (String part : v.split(",", -1)) {
			String[] yearAge = part.strip().split(":");
			if (yearAge.length != 2 || !yearAge[0].strip().matches("\\d{4}") || !yearAge[1].strip().matches("\\d+")) {
				throw new IllegalArgumentException(part);
			}
			if (ages.put(Integer.parseInt(yearAge[0].strip()), age(yearAge[1].strip())) != null) {
				throw new IllegalArgumentException(part);
			}
		}
		if (ages.isEmpty()) {
			throw new IllegalArgumentException(value);
		}
		return ages;
	}

	private static int age(String months) {
		int m = Integer.parseInt(months);
		if (m < 480 || m > 960) {
			throw new IllegalArgumentException(months);
		}
		return m;
	}

	/** A(sex, Y): the statutory age in months for someone reaching it in year Y. */
	public int ageMonths(Gender gender, int year) {
		LocalDate jan1 = LocalDate.of(year, 1, 1);
		List<Version> vs = versions.get(gender);
		Version in = vs.get(0);
		for (Version v : vs) {
			if (!v.from().isAfter(jan1) && (v.to() == null || v.to().isAfter(jan1))) {
				in = v;
			}
		}
		Map.Entry<Integer, Integer> e = in.ages().floorEntry(year);
		return (e != null ? e : in.ages().firstEntry()).getValue();
	}

}

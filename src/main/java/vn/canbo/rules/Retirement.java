package vn.canbo.rules;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import vn.canbo.people.RetirementCategory;
import vn.canbo.people.Gender;
import vn.canbo.shared.Messages;
import vn.canbo.shared.PartialDate;

/**
 * Tuổi nghỉ hưu (BLLĐ 2019 Art. 169, NĐ 135/2020 Art. 3–4, normal working conditions).
 * The roadmap: men 60y3m from 2021, +3 months a year to 62 (2028); women 55y4m from 2021,
 * +4 months a year to 60 (2035). The age that applies is the one of the year in which it
 * is reached (Phụ lục I). The retirement moment is the end of the month in which the age
 * is reached; the retirement date (ngày nghỉ hưu, pension start) is the 1st of the next
 * month. A birth date known only by year counts from 1 January; known by month and year,
 * the month counts.
 *
 * @param ageMonths statutory age in months (e.g. 738 = 61 years 6 months)
 * @param reachedIn the month in which the age is reached (thời điểm nghỉ hưu = its last
 * day)
 * @param retirementDate the first day of the following month: the first day no longer in
 * post
 * @param noticeBy the latest date of the notice (retirementDate − notice months)
 * @param decisionBy the latest date of the retirement decision (retirementDate − decision
 * months)
 */
public record Retirement(int ageMonths, YearMonth reachedIn, LocalDate retirementDate, LocalDate noticeBy,
		LocalDate decisionBy) {

	public static final int DEFAULT_NOTICE_MONTHS = 6;

	public static final int DEFAULT_DECISION_MONTHS = 3;

	private static volatile RetirementRoadmap roadmap;

	/**
	 * Installs the roadmap read from the rule parameters (done by {@link RuleParameters}
	 * at start-up and after each change of a roadmap parameter).
	 */
	static void use(RetirementRoadmap r) {
		roadmap = r;
	}

	private static RetirementRoadmap roadmap() {
		RetirementRoadmap r = roadmap;
		if (r == null) {
			throw new IllegalStateException("the retirement roadmap (rule parameters retire.roadmap.*) is not loaded");
		}
		return r;
	}

	/**
	 * The most months a retirement category may move the statutory age under any version
	 * of the parameters (the range of adjustments the reports compute cut-offs for).
	 */
	public static int maxAdjustMonths() {
		return roadmap().maxAdjustMonths();
	}

	/**
	 * A(sex, Y): the statutory age in months for someone reaching it in year Y (NĐ 135
	 * Art. 4, Phụ lục I), read from the rule parameters
	 * {@code retire.roadmap.male|female}.
	 */
	public static int statutoryAgeMonths(Gender gender, int year) {
		return roadmap().ageMonths(gender, year);
	}

	/**
	 * The statutory age (months) of a person born in the month: the first Y with
	 * year(birth + A(Y)) == Y.
	 */
	public static int ageMonths(Gender gender, YearMonth birth) {
		return ageMonths(gender, birth, 0);
	}

	/**
	 * THE function: the person's own statutory age (months) for a person born in the
	 * month whose retirement category moves it by {@code adjustMonths} (negative =
	 * earlier, NĐ 135 Art. 5; positive = later, Art. 6): the first Y with year(birth +
	 * A(Y) + adjust) == Y, i.e. the normal age "at the moment of retirement" moved by the
	 * category (this reproduces Phụ lục II for 5 years earlier).
	 */
	public static int ageMonths(Gender gender, YearMonth birth, int adjustMonths) {
		for (int y = birth.getYear() + 30; y < birth.getYear() + 100; y++) {
			int a = statutoryAgeMonths(gender, y) + adjustMonths;
			if (birth.plusMonths(a).getYear() == y) {
				return a;
			}
		}
		throw new IllegalStateException("no retirement year for " + birth);
	}

	/**
	 * The month that counts for a partial birth date: January for a year, the month
	 * otherwise (NĐ 135 Art. 3.3).
	 */
	public static YearMonth birthMonth(PartialDate birth) {
		return YearMonth.from(birth.date()); // PartialDate stores the first possible day:
												// 1/1 for a year
	}

	/**
	 * The retirement date (first day no longer in post) of a person born in the month.
	 */
	public static LocalDate retirementDate(Gender gender, YearMonth birth) {
		return retirementDate(gender, birth, 0);
	}

	/**
	 * The retirement date with the category's adjustment (months, − earlier, + later).
	 */
	public static LocalDate retirementDate(Gender gender, YearMonth birth, int adjustMonths) {
		return birth.plusMonths(ageMonths(gender, birth, adjustMonths)).plusMonths(1).atDay(1);
	}

	/**
	 * The first birth date NOT yet at the retirement age on {@code d}: a person born
	 * before it has reached the age (their retirement date is on or before d). Used as an
	 * SQL cut-off on birth dates by the reports.
	 */
	public static LocalDate retiredIfBornBefore(Gender gender, LocalDate d) {
		return retiredIfBornBefore(gender, d, 0);
	}

	/** {@link #retiredIfBornBefore(Gender, LocalDate)} for an adjusted statutory age. */
	public static LocalDate retiredIfBornBefore(Gender gender, LocalDate d, int adjustMonths) {
		// the retirement date rises with the birth month: find the first birth month
		// whose date is after d
		YearMonth lo = YearMonth.of(1900, 1);
		YearMonth hi = YearMonth.from(d);
		if (!retirementDate(gender, lo, adjustMonths).isAfter(d)) {
			while (lo.isBefore(hi)) {
				YearMonth mid = lo.plusMonths(ChronoUnit.MONTHS.between(lo, hi) / 2);
				if (retirementDate(gender, mid, adjustMonths).isAfter(d)) {
					hi = mid;
				}
				else {
					lo = mid.plusMonths(1);
				}
			}
		}
		return lo.atDay(1);
	}

	public static Retirement of(Gender gender, PartialDate birth) {
		return of(gender, birth, DEFAULT_NOTICE_MONTHS, DEFAULT_DECISION_MONTHS);
	}

	public static Retirement of(Gender gender, PartialDate birth, int noticeMonths, int decisionMonths) {
		return of(gender, birth, 0, noticeMonths, decisionMonths);
	}

	/**
	 * The person's own retirement: the roadmap moved by the months of the retirement
	 * category in force ({@code adjustMonths}, − earlier, + later; see
	 * {@link RetirementCategory#adjustMonths}).
	 */
	public static Retirement of(Gender gender, PartialDate birth, int adjustMonths, int noticeMonths,
			int decisionMonths) {
		YearMonth b = birthMonth(birth);
		int a = ageMonths(gender, b, adjustMonths);
		YearMonth reached = b.plusMonths(a);
		LocalDate date = reached.plusMonths(1).atDay(1);
		return new Retirement(a, reached, date, date.minusMonths(noticeMonths), date.minusMonths(decisionMonths));
	}

	/**
	 * Remaining working time at the reference date in whole months (APP-04, KL 08 / HD
	 * 06): statutory age minus the age at the reference date, month-exact (see
	 * {@link RemainingTime}). A man born 02/1965 (61y6m) at 08/2021 (56y6m) has 60 months
	 * left.
	 */
	public static long remainingMonths(Gender gender, PartialDate birth, LocalDate reference) {
		return remainingMonths(gender, birth, 0, reference);
	}

	/**
	 * Remaining working time to the person's own (adjusted) statutory age, in whole
	 * months ({@link RemainingTime}).
	 */
	public static long remainingMonths(Gender gender, PartialDate birth, int adjustMonths, LocalDate reference) {
		return RemainingTime.months(reference, retirementDate(gender, birthMonth(birth), adjustMonths));
	}

	/** "61 tuổi 6 tháng". */
	public static String formatAge(int months) {
		int y = months / 12;
		int m = months % 12;
		return m == 0 ? Messages.text("rules.age.years", String.valueOf(y))
				: Messages.text("rules.age.yearsMonths", String.valueOf(y), String.valueOf(m));
	}

	/** Age in whole years and months on the date, e.g. for display. */
	public static Period age(PartialDate birth, LocalDate on) {
		return Period.between(birth.date(), on);
	}
}

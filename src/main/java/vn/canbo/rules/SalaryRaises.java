package vn.canbo.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import vn.canbo.people.PersonCategory;
import vn.canbo.shared.Messages;

/**
 * Nâng bậc lương (TT 08/2013/TT-BNV, amended by TT 03/2021): regular raise every 36
 * months (ranks requiring cao đẳng or higher) or 24 months (trung cấp and below, support
 * staff) — the rank's {@code raiseMonths}; delays (kéo dài thời gian nâng bậc),
 * cumulative: +12 months for cách chức (and giáng chức of a công chức), +6 months for
 * khiển trách or cảnh cáo of cán bộ/công chức, cảnh cáo of viên chức and for each year
 * rated "không hoàn thành nhiệm vụ", +3 months for khiển trách of viên chức and workers;
 * early raise up to 12 months; on the last step the seniority allowance above the frame:
 * 5% after a full interval, then +1% a year.
 */
public final class SalaryRaises {

	private SalaryRaises() {
	}

	/** A cause of delay, with its months. */
	public record Delay(String cause, int months) {
	}

	/**
	 * Delay months of a discipline form (catalog DISCIPLINE_FORM code) for a personnel
	 * category.
	 */
	public static int disciplineDelayMonths(PersonCategory category, String formCode, DelayMonths m) {
		if (formCode == null) {
			return 0;
		}
		boolean employee = category == PersonCategory.PUBLIC_EMPLOYEE || category == PersonCategory.CONTRACT;
		return switch (formCode) {
			case "CACH_CHUC" -> m.heavy();
			case "GIANG_CHUC" -> category == PersonCategory.CIVIL_SERVANT ? m.heavy() : 0;
			case "CANH_CAO" -> m.medium();
			case "KHIEN_TRACH" -> employee ? m.light() : m.medium();
			default -> 0;
		};
	}

	/** The delay parameters (salary.delay_months.*): 12 / 6 / 3 by default. */
	public record DelayMonths(int heavy, int medium, int light) {
		public static final DelayMonths DEFAULT = new DelayMonths(12, 6, 3);

	}

	/**
	 * Delays of a raise period: each discipline (form code) decided in the period and
	 * each KHTNV year, summed.
	 * @param disciplineForms discipline form codes decided during the period
	 * @param incompleteYears number of years rated "không hoàn thành nhiệm vụ" during the
	 * period
	 */
	public static List<Delay> delays(PersonCategory category, Collection<String> disciplineForms, int incompleteYears,
			DelayMonths m) {
		return delays(category, disciplineForms, incompleteYears, m, Function.identity());
	}

	/**
	 * As above, each discipline named by {@code formName} (its catalog name in the
	 * session language, see {@link RaiseDelays#formName}).
	 */
	public static List<Delay> delays(PersonCategory category, Collection<String> disciplineForms, int incompleteYears,
			DelayMonths m, Function<String, String> formName) {
		List<Delay> out = new ArrayList<>();
		for (String f : disciplineForms) {
			int d = disciplineDelayMonths(category, f, m);
			if (d > 0) {
				out.add(new Delay(Messages.text("rules.delay.discipline", formName.apply(f)), d));
			}
		}
		for (int i = 0; i < incompleteYears; i++) {
			out.add(new Delay(Messages.text("rules.delay.incomplete"), m.medium()));
		}
		return out;
	}

	/**
	 * Delays of a raise period: each discipline (form code) decided in the period, each
	 * KHTNV year of the final ratings (named by its year) and each typed KHTNV year that
	 * counts ({@link RaisePeriodRatings}), summed.
	 */
	public static List<Delay> delays(PersonCategory category, Collection<String> disciplineForms,
			RaisePeriodRatings ratings, DelayMonths m) {
		return delays(category, disciplineForms, ratings, m, Function.identity());
	}

	/** As above, each discipline named by {@code formName}. */
	public static List<Delay> delays(PersonCategory category, Collection<String> disciplineForms,
			RaisePeriodRatings ratings, DelayMonths m, Function<String, String> formName) {
		List<Delay> out = new ArrayList<>(delays(category, disciplineForms, ratings.typedUsed(), m, formName));
		for (int year : ratings.ratedIncomplete()) {
			out.add(new Delay(Messages.text("rules.delay.incompleteYear", String.valueOf(year)), m.medium()));
		}
		return out;
	}

	/**
	 * The causes of the delays for a message: "Kỷ luật Khiển trách (6 tháng); Không hoàn
	 * thành nhiệm vụ năm 2021 (6 tháng)".
	 */
	public static String causes(Collection<Delay> delays) {
		return delays.stream()
			.map(x -> Messages.text("rules.delay.item", x.cause(), String.valueOf(x.months())))
			.collect(java.util.stream.Collectors.joining("; "));
	}

	public static int total(Collection<Delay> delays) {
		return delays.stream().mapToInt(Delay::months).sum();
	}

	/**
	 * The date of the next regular raise: the current step's start + the interval + every
	 * delay.
	 */
	public static LocalDate regularDue(LocalDate stepFrom, int intervalMonths, Collection<Delay> delays) {
		return stepFrom.plusMonths(intervalMonths + total(delays));
	}

	/**
	 * Earliest date of an early raise: the regular due date less at most
	 * {@code maxEarlyMonths}.
	 */
	public static LocalDate earliestEarly(LocalDate regularDue, int maxEarlyMonths) {
		return regularDue.minusMonths(maxEarlyMonths);
	}

	/**
	 * Early raise (TT 08/2013 Art. 3): allowed when, as of 31/12 of the review year (the
	 * year of the effective date), the person lacks at most {@code maxEarlyMonths} to the
	 * regular due date, and the raise is not earlier than that.
	 */
	public static boolean earlyAllowed(LocalDate regularDue, LocalDate effective, int maxEarlyMonths) {
		LocalDate yearEnd = LocalDate.of(effective.getYear(), 12, 31);
		boolean lacksAtMost = !regularDue.isAfter(yearEnd.plusMonths(maxEarlyMonths));
		return lacksAtMost && !effective.isBefore(earliestEarly(regularDue, maxEarlyMonths));
	}

	/**
	 * Phụ cấp thâm niên vượt khung (%) on the date for someone on the last step since
	 * {@code lastStepFrom}: 0 before a full interval (plus delays), then
	 * {@code firstPct}, then +{@code yearlyPct} for each further full 12 months.
	 */
	public static int seniorityPct(LocalDate lastStepFrom, LocalDate on, int intervalMonths, int delayMonths,
			int firstPct, int yearlyPct) {
		LocalDate first = lastStepFrom.plusMonths(intervalMonths + delayMonths);
		if (on.isBefore(first)) {
			return 0;
		}
		long years = ChronoUnit.MONTHS.between(first, on) / 12;
		return (int) (firstPct + yearlyPct * years);
	}

	/** The date the seniority allowance first applies on the last step. */
	public static LocalDate seniorityFrom(LocalDate lastStepFrom, int intervalMonths, int delayMonths) {
		return lastStepFrom.plusMonths(intervalMonths + delayMonths);
	}

}

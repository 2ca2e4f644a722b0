package vn.canbo.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * Thời gian công tác còn lại, counted in whole months as Hướng dẫn 06-HD/BTCTW
 * (26/7/2021, on Kết luận 08-KL/TW) does: the statutory retirement age minus the age at
 * the reference time, both in years and months, the day of the month ignored. Its worked
 * example: a man born 02/1965 has retirement age 61y6m (reached in 08/2026, retirement
 * date 01/09/2026); in 08/2021 he is 56y6m, so 60 months remain and he may be appointed;
 * in 09/2021 only 59 remain. A full birth date changes nothing: born 28/02/1965 he also
 * has 59 months on 01/09/2021 and on 27/09/2021.
 * <p>
 * Equivalently: the number of months from the month of the reference date to the month in
 * which the retirement age is reached (the month before the retirement date). It is 0 in
 * that month and negative after it. Every rule that counts remaining working time goes
 * through {@link #months}: APP-04 (age gate), APP-08 (extension instead of reappointment,
 * measured at the expiry of the current term, see {@link Terms#remainingAtExpiry}),
 * ROT-03 (rotation), APP-11 (Party committee ages) and APP-12 (NĐ 177 groups), both at
 * the congress date ({@link RuleChecks#committeeAge}, {@link PolicyGroup}).
 */
public final class RemainingTime {

	private RemainingTime() {
	}

	/**
	 * Whole months of working time left on {@code from} for someone whose retirement date
	 * (first day no longer in post, {@link Retirement#retirementDate()}) is
	 * {@code retirementDate}.
	 */
	public static long months(LocalDate from, LocalDate retirementDate) {
		if (from == null || retirementDate == null) {
			throw new IllegalArgumentException("from and retirementDate are required");
		}
		YearMonth reached = YearMonth.from(retirementDate).minusMonths(1);
		return ChronoUnit.MONTHS.between(YearMonth.from(from), reached);
	}

}

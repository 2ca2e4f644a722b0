package vn.canbo.rules;

import java.time.LocalDate;

/**
 * Nhiệm kỳ, thời hạn bổ nhiệm (APP-01, APP-05, APP-07/08): 5 years from the effective
 * date of the decision (the end is exclusive: the first day after the term),
 * reappointment notice 90 working days before the end, extension to retirement instead of
 * a full reappointment when less than the threshold remains at the end.
 */
public final class Terms {

	private Terms() {
	}

	/** The first day after the term. */
	public static LocalDate termEnd(LocalDate effective, int termMonths) {
		return effective.plusMonths(termMonths);
	}

	/**
	 * The latest date to start the reappointment (notify the cadre): {@code workingDays}
	 * before the term ends.
	 */
	public static LocalDate reappointmentStart(LocalDate termEnd, int workingDays, WorkingDays calendar) {
		return calendar.minus(termEnd, workingDays);
	}

	/**
	 * The remaining working time (whole months, {@link RemainingTime#months}) at the
	 * expiry of a term, i.e. on its last day (the day before {@code termEnd}).
	 * @param termEnd the first day after the term (as {@link #termEnd})
	 */
	public static long remainingAtExpiry(LocalDate termEnd, LocalDate retirementDate) {
		return RemainingTime.months(termEnd.minusDays(1), retirementDate);
	}

	/**
	 * True when the remaining working time at the expiry of the current term is below the
	 * threshold (APP-08): extend to retirement instead of reappointing. The alerts, the
	 * drafts they create and the rule checks all decide through this method.
	 * @param termEnd the first day after the current term
	 */
	public static boolean extendToRetirement(LocalDate termEnd, LocalDate retirementDate, int thresholdMonths) {
		return remainingAtExpiry(termEnd, retirementDate) < thresholdMonths;
	}

}

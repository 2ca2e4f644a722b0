package vn.canbo.rules;

import java.time.LocalDate;

/**
 * A day of the holiday calendar: a holiday (Bộ luật Lao động 2019 Điều 112), a swapped
 * day off or a make-up working day (set each year by the Prime Minister's notice), with
 * its legal basis.
 */
public record Holiday(LocalDate date, String name, Kind kind, String legalBasis) {

	public enum Kind {

		/** Ngày nghỉ lễ, Tết. */
		HOLIDAY,
		/** Ngày nghỉ hoán đổi (or nghỉ bù) for a working day. */
		SWAPPED_DAY_OFF,
		/** Ngày làm việc bù (a Saturday or Sunday worked). */
		MAKEUP_WORKING_DAY;

		public boolean dayOff() {
			return this != MAKEUP_WORKING_DAY;
		}

	}

}

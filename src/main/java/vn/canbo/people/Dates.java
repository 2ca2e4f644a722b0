package vn.canbo.people;

import java.time.LocalDate;
import java.time.Period;
import vn.canbo.shared.PartialDate;

/** Date helpers of the module: Vietnamese format, ages with partial birth dates. */
final class Dates {

	private Dates() {
	}

	static String format(LocalDate d) {
		return vn.canbo.shared.web.Formats.date(d);
	}

	/** Age in whole years on the date, or null when not yet born. */
	static Integer age(PartialDate birth, LocalDate on) {
		if (birth == null || on == null || on.isBefore(birth.date())) {
			return null;
		}
		return Period.between(birth.date(), on).getYears();
	}

	/**
	 * The greatest age the person may have had on the date (earliest possible birth day).
	 */
	static int maxAge(PartialDate birth, LocalDate on) {
		return Period.between(birth.date(), on).getYears();
	}

	/** The least age the person may have had on the date (latest possible birth day). */
	static int minAge(PartialDate birth, LocalDate on) {
		return Period.between(birth.latest(), on).getYears();
	}

}

package vn.canbo.rules;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.SimpleTimeZone;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Âm lịch Việt Nam: ICU's Chinese calendar with its astronomy (new moons, solar terms)
 * reckoned at Vietnam's meridian, UTC+7 (as ICU's Dangi calendar does at Korea's), so
 * that e.g. Tết 2007 falls on 17/02 (China: 18/02) and Tết 1985 on 21/01 (China: 20/02).
 */
public final class VietnameseLunar {

	private static final ZoneOffset VN = ZoneOffset.ofHours(7);

	private static final TimeZone VN_ZONE = new SimpleTimeZone(7 * 3_600_000, "UTC+7");

	private VietnameseLunar() {
	}

	/** Mùng 1 tháng Giêng (Tết Nguyên đán) of the lunar year beginning in the year. */
	public static LocalDate tet(int year) {
		return toGregorian(year, 0, 1);
	}

	/** Giỗ Tổ Hùng Vương, 10 tháng 3 âm lịch, in the Gregorian year. */
	public static LocalDate hungKings(int year) {
		return toGregorian(year, 2, 10);
	}

	/** The day of the (non-leap) lunar month ({@code month} from 0) in the year. */
	private static LocalDate toGregorian(int year, int month, int day) {
		if (year < 1900 || year > 2200) {
			throw new IllegalArgumentException("year out of range: " + year);
		}
		Calendar c = new Cal();
		// in May the lunar year is always the one that began in the same Gregorian year
		c.setTimeInMillis(LocalDate.of(year, 5, 1).atTime(12, 0).toInstant(VN).toEpochMilli());
		c.set(Calendar.MONTH, month);
		c.set(Calendar.IS_LEAP_MONTH, 0);
		c.set(Calendar.DAY_OF_MONTH, day);
		return java.time.Instant.ofEpochMilli(c.getTimeInMillis()).atOffset(VN).toLocalDate();
	}

	/** The Chinese calendar at UTC+7. */
	private static final class Cal extends ChineseCalendar {

		private static final long serialVersionUID = 1L;

		/** ICU's Chinese epoch (2637 BCE), as in {@code ChineseCalendar}. */
		private static final int EPOCH_YEAR = -2636;

		Cal() {
			super(VN_ZONE, ULocale.ROOT, EPOCH_YEAR, VN_ZONE);
		}

	}

}

package vn.canbo.rules;

import java.time.LocalDate;

/**
 * Âm lịch Việt Nam: the lunar calendar reckoned at Vietnam's meridian, UTC+7
 * ({@link LunarAstronomy}), so that e.g. Tết 2007 falls on 17/02 (China: 18/02) and Tết
 * 1985 on 21/01 (China: 20/02). Its own code, not ICU4J's Chinese calendar (14 MB of the
 * jar for two dates a year).
 */
public final class VietnameseLunar {

	private VietnameseLunar() {
	}

	/** Mùng 1 tháng Giêng (Tết Nguyên đán) of the lunar year beginning in the year. */
	public static LocalDate tet(int year) {
		return toGregorian(year, 1, 1);
	}

	/** Giỗ Tổ Hùng Vương, 10 tháng 3 âm lịch, in the Gregorian year. */
	public static LocalDate hungKings(int year) {
		return toGregorian(year, 3, 10);
	}

	/** The day of the (non-leap) lunar month ({@code month} from 1) in the year. */
	private static LocalDate toGregorian(int year, int month, int day) {
		if (year < 1900 || year > 2200) {
			throw new IllegalArgumentException("year out of range: " + year);
		}
		return LunarAstronomy.lunarToSolar(day, month, year, false);
	}

}

package vn.canbo.rules;

import java.time.LocalDate;

/**
 * The astronomy of the Vietnamese lunar calendar, after Hồ Ngọc Đức's "Âm lịch Việt Nam"
 * algorithm (new moons and the sun's longitude from J. Meeus, Astronomical Algorithms,
 * 1998, reckoned at UTC+7): a lunar month begins on the day of its new moon at Vietnam's
 * meridian, month 11 holds the winter solstice, and a 13-month year's leap month is its
 * first month without a major solar term. Checked against ICU's Chinese calendar at UTC+7
 * for 1900–2200 in {@code VietnameseLunarTest}: the same Tết and Giỗ Tổ every year except
 * 1906 (Tết) and 2138 (Giỗ Tổ), where the new moon falls within minutes of midnight and
 * the two astronomies put it on either side.
 */
final class LunarAstronomy {

	/** Vietnam's meridian: UTC+7, in hours. */
	private static final double TZ = 7.0;

	private static final long UNIX_EPOCH_JD = 2440588L;

	private LunarAstronomy() {
	}

	static long jdFromDate(int dd, int mm, int yy) {
		return LocalDate.of(yy, mm, dd).toEpochDay() + UNIX_EPOCH_JD;
	}

	static LocalDate dateFromJd(long jd) {
		return LocalDate.ofEpochDay(jd - UNIX_EPOCH_JD);
	}

	/**
	 * Julian day of the k-th new moon after 1900-01-01 13:52 UTC (Meeus, ch. 49
	 * simplified).
	 */
	static double newMoon(int k) {
		double t = k / 1236.85;
		double t2 = t * t;
		double t3 = t2 * t;
		double dr = Math.PI / 180;
		double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
		jd1 = jd1 + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
		double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
		double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
		double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
		double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
		c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
		c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
		c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
		c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
		c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
		c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
		double deltat;
		if (t < -11) {
			deltat = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
		}
		else {
			deltat = -0.000278 + 0.000265 * t + 0.000262 * t2;
		}
		return jd1 + c1 - deltat;
	}

	/** The sun's longitude in radians at the Julian day (Meeus, low accuracy). */
	static double sunLongitude(double jdn) {
		double t = (jdn - 2451545.0) / 36525;
		double t2 = t * t;
		double dr = Math.PI / 180;
		double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
		double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
		double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
		dl = dl + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
		double l = (l0 + dl) * dr;
		l = l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
		return l;
	}

	/** The day (Julian day number at UTC+7) of the k-th new moon. */
	static long newMoonDay(int k) {
		return (long) Math.floor(newMoon(k) + 0.5 + TZ / 24);
	}

	/** The sun's longitude at the start of the day, in sectors of 30° (0–11). */
	static int sunSector(long dayNumber) {
		return (int) Math.floor(sunLongitude(dayNumber - 0.5 - TZ / 24) / Math.PI * 6);
	}

	/**
	 * The first day of the 11th lunar month (the one holding the winter solstice) of the
	 * year.
	 */
	static long lunarMonth11(int yy) {
		long off = jdFromDate(31, 12, yy) - 2415021;
		int k = (int) Math.floor(off / 29.530588853);
		long nm = newMoonDay(k);
		if (sunSector(nm) >= 9) {
			nm = newMoonDay(k - 1);
		}
		return nm;
	}

	/**
	 * The leap month of the 13-month lunar year from {@code a11}: the first month without
	 * a major solar term, as an offset from month 11.
	 */
	static int leapMonthOffset(long a11) {
		int k = (int) Math.floor((a11 - 2415021.076998695) / 29.530588853 + 0.5);
		int last;
		int i = 1;
		int arc = sunSector(newMoonDay(k + i));
		do {
			last = arc;
			i++;
			arc = sunSector(newMoonDay(k + i));
		}
		while (arc != last && i < 14);
		return i - 1;
	}

	/**
	 * The Gregorian date of a lunar day ({@code lunarMonth} 1–12) of the lunar year that
	 * begins in the Gregorian year {@code lunarYear}; {@code leap}: the leap month of
	 * that number (refused when the year has no such leap month).
	 */
	static LocalDate lunarToSolar(int lunarDay, int lunarMonth, int lunarYear, boolean leap) {
		long a11;
		long b11;
		if (lunarMonth < 11) {
			a11 = lunarMonth11(lunarYear - 1);
			b11 = lunarMonth11(lunarYear);
		}
		else {
			a11 = lunarMonth11(lunarYear);
			b11 = lunarMonth11(lunarYear + 1);
		}
		int k = (int) Math.floor(0.5 + (a11 - 2415021.076998695) / 29.530588853);
		int off = lunarMonth - 11;
		if (off < 0) {
			off += 12;
		}
		if (b11 - a11 > 365) {
			int leapOff = leapMonthOffset(a11);
			int leapMonth = leapOff - 2;
			if (leapMonth < 0) {
				leapMonth += 12;
			}
			if (leap && lunarMonth != leapMonth) {
				throw new IllegalArgumentException("no leap month " + lunarMonth + " in " + lunarYear);
			}
			else if (leap || off >= leapOff) {
				off += 1;
			}
		}
		long monthStart = newMoonDay(k + off);
		return dateFromJd(monthStart + lunarDay - 1);
	}

}

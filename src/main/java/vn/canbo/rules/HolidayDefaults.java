package vn.canbo.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.canbo.rules.Holiday.Kind;
import vn.canbo.shared.Messages;

/**
 * The default holidays of a year, before the Prime Minister's notice is recorded: Bộ luật
 * Lao động 2019 Điều 112 — 01/01, Tết Âm lịch (the day before Tết and mùng 1 to 4), Giỗ
 * Tổ Hùng Vương (10/3 âm lịch), 30/4, 01/5, 02/9 and one adjacent day (01/9 when 02/9 is
 * a Tuesday, otherwise 03/9); a holiday on a Saturday or Sunday gives a day off on the
 * next working day (Điều 112.3).
 */
final class HolidayDefaults {

	static final String BASIS = "Bộ luật Lao động 2019 Điều 112";

	private HolidayDefaults() {
	}

	/**
	 * The defaults named in Vietnamese (as they are stored when the year is recorded).
	 */
	static List<Holiday> of(int year) {
		return of(year, Messages.VIETNAMESE);
	}

	/**
	 * The defaults named in {@code locale} (a page's language, shown until the year is
	 * recorded); the legal basis stays the Vietnamese citation.
	 */
	static List<Holiday> of(int year, java.util.Locale locale) {
		List<Holiday> out = new ArrayList<>();
		out.add(holiday(locale, LocalDate.of(year, 1, 1), "rules.holiday.newYear"));
		LocalDate tet = VietnameseLunar.tet(year);
		out.add(holiday(locale, tet.minusDays(1), "rules.holiday.tetEve"));
		for (int i = 0; i < 4; i++) {
			out.add(holiday(locale, tet.plusDays(i), "rules.holiday.tet", i + 1));
		}
		out.add(holiday(locale, VietnameseLunar.hungKings(year), "rules.holiday.hungKings"));
		out.add(holiday(locale, LocalDate.of(year, 4, 30), "rules.holiday.reunification"));
		out.add(holiday(locale, LocalDate.of(year, 5, 1), "rules.holiday.labour"));
		LocalDate national = LocalDate.of(year, 9, 2);
		out.add(holiday(locale, national, "rules.holiday.national"));
		out.add(holiday(locale,
				national.getDayOfWeek() == DayOfWeek.TUESDAY ? national.minusDays(1) : national.plusDays(1),
				"rules.holiday.nationalAdjacent"));
		Set<LocalDate> off = new HashSet<>();
		out.forEach(h -> off.add(h.date()));
		List<Holiday> compensations = new ArrayList<>();
		for (Holiday h : out) {
			if (weekend(h.date())) {
				LocalDate x = h.date().plusDays(1);
				while (weekend(x) || off.contains(x)) {
					x = x.plusDays(1);
				}
				if (x.getYear() == year) {
					off.add(x);
					compensations.add(new Holiday(x, Messages.text(locale, "rules.holiday.compensation", h.name()),
							Kind.SWAPPED_DAY_OFF, BASIS + " khoản 3"));
				}
			}
		}
		out.addAll(compensations);
		out.sort(Comparator.comparing(Holiday::date));
		return out;
	}

	private static boolean weekend(LocalDate d) {
		return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	private static Holiday holiday(java.util.Locale locale, LocalDate d, String key, Object... args) {
		return new Holiday(d, Messages.text(locale, key, args), Kind.HOLIDAY, BASIS);
	}

}

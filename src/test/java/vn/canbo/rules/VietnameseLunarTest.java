package vn.canbo.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.SimpleTimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.canbo.rules.Holiday.Kind;

/**
 * Lunar dates at UTC+7 (issue 13, point 6): Tết and Giỗ Tổ for several years, including
 * 1985 and 2007 where Vietnam's calendar differs from China's; the default holidays of a
 * year (Bộ luật Lao động 2019 Điều 112); every Tết and Giỗ Tổ of 1900–2200 as ICU's
 * Chinese calendar reckoned at UTC+7 gives them, but for the two days where the new moon
 * falls within minutes of midnight.
 */
class VietnameseLunarTest {

	@Test
	void tetAndHungKingsOfSeveralYears() {
		assertThat(VietnameseLunar.tet(2024)).isEqualTo(LocalDate.of(2024, 2, 10));
		assertThat(VietnameseLunar.tet(2025)).isEqualTo(LocalDate.of(2025, 1, 29));
		assertThat(VietnameseLunar.tet(2026)).isEqualTo(LocalDate.of(2026, 2, 17));
		assertThat(VietnameseLunar.hungKings(2024)).isEqualTo(LocalDate.of(2024, 4, 18));
		assertThat(VietnameseLunar.hungKings(2025)).isEqualTo(LocalDate.of(2025, 4, 7));
		assertThat(VietnameseLunar.hungKings(2026)).isEqualTo(LocalDate.of(2026, 4, 26));
	}

	/** Tết 2007: 17/02 in Vietnam, 18/02 in China; Tết 1985: 21/01 vs 20/02. */
	@Test
	void yearsWhereVietnamAndChinaDiffer() {
		assertThat(VietnameseLunar.tet(2007)).isEqualTo(LocalDate.of(2007, 2, 17));
		assertThat(chineseNewYear(2007)).isEqualTo(LocalDate.of(2007, 2, 18));
		assertThat(VietnameseLunar.tet(1985)).isEqualTo(LocalDate.of(1985, 1, 21));
		assertThat(chineseNewYear(1985)).isEqualTo(LocalDate.of(1985, 2, 20));
	}

	@Test
	void yearOutOfRange() {
		assertThatThrownBy(() -> VietnameseLunar.tet(1899)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> VietnameseLunar.tet(2201)).isInstanceOf(IllegalArgumentException.class);
		assertThat(VietnameseLunar.tet(1900)).isEqualTo(LocalDate.of(1900, 1, 31));
	}

	/**
	 * 2025: Tết 28/01–01/02 (01/02 a Saturday: nghỉ bù Monday 03/02), Giỗ Tổ 07/04, 02/9
	 * a Tuesday with 01/9.
	 */
	@Test
	void defaultsOf2025() {
		List<Holiday> d = HolidayDefaults.of(2025);
		assertThat(d).extracting(Holiday::date)
			.containsExactly(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 28), LocalDate.of(2025, 1, 29),
					LocalDate.of(2025, 1, 30), LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 1),
					LocalDate.of(2025, 2, 3), LocalDate.of(2025, 4, 7), LocalDate.of(2025, 4, 30),
					LocalDate.of(2025, 5, 1), LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2));
		assertThat(d.get(6).kind()).isEqualTo(Kind.SWAPPED_DAY_OFF);
		assertThat(d.get(6).name()).contains("Tết Âm lịch");
		assertThat(d.get(7).name()).contains("Giỗ Tổ Hùng Vương");
		assertThat(d).filteredOn(h -> h.kind() == Kind.HOLIDAY).hasSize(11);
		assertThat(d).allSatisfy(h -> assertThat(h.legalBasis()).startsWith("Bộ luật Lao động 2019 Điều 112"));
		// 2024: Tết 10/02 a Saturday (09–13/02, nghỉ bù 14 and 15/02); Giỗ Tổ 18/04; 02/9
		// a
		// Monday with 03/9
		assertThat(HolidayDefaults.of(2024)).extracting(Holiday::date)
			.contains(LocalDate.of(2024, 2, 9), LocalDate.of(2024, 2, 13), LocalDate.of(2024, 2, 14),
					LocalDate.of(2024, 2, 15), LocalDate.of(2024, 4, 18), LocalDate.of(2024, 9, 3))
			.doesNotContain(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 2, 16))
			.hasSize(13);
	}

	/** A make-up working day is worked; a swapped day off is not. */
	@Test
	void workingDaysFollowTheYearsCalendar() {
		WorkingDays w = new WorkingDays(List.of("05-01"),
				y -> y == 2026
						? List.of(new Holiday(LocalDate.of(2026, 2, 17), "Tết", Kind.HOLIDAY, "x"),
								new Holiday(LocalDate.of(2026, 2, 21), "Làm bù", Kind.MAKEUP_WORKING_DAY, "x"),
								new Holiday(LocalDate.of(2026, 2, 23), "Hoán đổi", Kind.SWAPPED_DAY_OFF, "x"))
						: List.of());
		assertThat(w.isWorkingDay(LocalDate.of(2026, 2, 17))).isFalse();
		assertThat(w.isWorkingDay(LocalDate.of(2026, 2, 21))).isTrue();
		assertThat(w.isWorkingDay(LocalDate.of(2026, 2, 22))).isFalse();
		assertThat(w.isWorkingDay(LocalDate.of(2026, 2, 23))).isFalse();
		assertThat(w.isWorkingDay(LocalDate.of(2026, 5, 1))).isFalse();
		assertThat(w.isWorkingDay(LocalDate.of(2025, 2, 17))).isTrue();
		// 16, 18, 19, 20 and the Saturday 21
		assertThat(w.between(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 24))).isEqualTo(5);
	}

	/**
	 * The same dates as ICU's astronomy at UTC+7 (the implementation before issue 11's
	 * lean jar), 1900–2200, but for Tết 1906 and Giỗ Tổ 2138: a new moon within minutes
	 * of midnight, which the two astronomies put on either side.
	 */
	@Test
	void theSameDatesAsIcuAtUtcPlus7() {
		for (int y = 1900; y <= 2200; y++) {
			if (y != 1906) {
				assertThat(VietnameseLunar.tet(y)).as("Tết %d", y).isEqualTo(icuAtUtcPlus7(y, 0, 1));
			}
			if (y != 2138) {
				assertThat(VietnameseLunar.hungKings(y)).as("Giỗ Tổ %d", y).isEqualTo(icuAtUtcPlus7(y, 2, 10));
			}
		}
		assertThat(VietnameseLunar.tet(1906)).isEqualTo(LocalDate.of(1906, 1, 25));
		assertThat(icuAtUtcPlus7(1906, 0, 1)).isEqualTo(LocalDate.of(1906, 1, 24));
		assertThat(VietnameseLunar.hungKings(2138)).isEqualTo(LocalDate.of(2138, 4, 19));
		assertThat(icuAtUtcPlus7(2138, 2, 10)).isEqualTo(LocalDate.of(2138, 4, 18));
	}

	/** A day of a non-leap lunar month ({@code month} from 0) by ICU at UTC+7. */
	@SuppressWarnings("deprecation")
	private static LocalDate icuAtUtcPlus7(int year, int month, int day) {
		SimpleTimeZone vn = new SimpleTimeZone(7 * 3_600_000, "UTC+7");
		// ICU's Chinese epoch (2637 BCE), its astronomy at UTC+7
		ChineseCalendar c = new ChineseCalendar(vn, ULocale.ROOT, -2636, vn) {
			private static final long serialVersionUID = 1L;

		};
		c.setTimeInMillis(LocalDate.of(year, 5, 1).atTime(12, 0).toInstant(ZoneOffset.ofHours(7)).toEpochMilli());
		c.set(Calendar.MONTH, month);
		c.set(Calendar.IS_LEAP_MONTH, 0);
		c.set(Calendar.DAY_OF_MONTH, day);
		return Instant.ofEpochMilli(c.getTimeInMillis()).atOffset(ZoneOffset.ofHours(7)).toLocalDate();
	}

	private static LocalDate chineseNewYear(int year) {
		SimpleTimeZone china = new SimpleTimeZone(8 * 3_600_000, "UTC+8");
		ChineseCalendar c = new ChineseCalendar(china);
		c.setTimeInMillis(LocalDate.of(year, 5, 1).atTime(12, 0).toInstant(ZoneOffset.ofHours(8)).toEpochMilli());
		c.set(Calendar.MONTH, 0);
		c.set(Calendar.IS_LEAP_MONTH, 0);
		c.set(Calendar.DAY_OF_MONTH, 1);
		return Instant.ofEpochMilli(c.getTimeInMillis()).atOffset(ZoneOffset.ofHours(8)).toLocalDate();
	}

}

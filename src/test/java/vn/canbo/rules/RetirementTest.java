package vn.canbo.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import vn.canbo.people.Gender;
import vn.canbo.shared.PartialDate;

/**
 * Retirement age and dates per BLLĐ 2019 Art. 169 + NĐ 135/2020 (regulations.md §8), with
 * the roadmap read from the seeded rule parameters (hence the application context).
 */
@SpringBootTest
class RetirementTest {

	/**
	 * Every boundary of the cohort table of §8.2, both sexes: first and last birth month
	 * of each band.
	 */
	@ParameterizedTest
	@CsvSource({
			// men
			"MALE, 1960-12, 720", "MALE, 1961-01, 723", "MALE, 1961-09, 723", "MALE, 1961-10, 726",
			"MALE, 1962-06, 726", "MALE, 1962-07, 729", "MALE, 1963-03, 729", "MALE, 1963-04, 732",
			"MALE, 1963-12, 732", "MALE, 1964-01, 735", "MALE, 1964-09, 735", "MALE, 1964-10, 738",
			"MALE, 1965-06, 738", "MALE, 1965-07, 741", "MALE, 1966-03, 741", "MALE, 1966-04, 744",
			"MALE, 1990-01, 744", "MALE, 1950-06, 720",
			// women
			"FEMALE, 1965-12, 660", "FEMALE, 1966-01, 664", "FEMALE, 1966-08, 664", "FEMALE, 1966-09, 668",
			"FEMALE, 1967-04, 668", "FEMALE, 1967-05, 672", "FEMALE, 1967-12, 672", "FEMALE, 1968-01, 676",
			"FEMALE, 1968-08, 676", "FEMALE, 1968-09, 680", "FEMALE, 1969-04, 680", "FEMALE, 1969-05, 684",
			"FEMALE, 1969-12, 684", "FEMALE, 1970-01, 688", "FEMALE, 1970-08, 688", "FEMALE, 1970-09, 692",
			"FEMALE, 1971-04, 692", "FEMALE, 1971-05, 696", "FEMALE, 1971-12, 696", "FEMALE, 1972-01, 700",
			"FEMALE, 1972-08, 700", "FEMALE, 1972-09, 704", "FEMALE, 1973-04, 704", "FEMALE, 1973-05, 708",
			"FEMALE, 1973-12, 708", "FEMALE, 1974-01, 712", "FEMALE, 1974-08, 712", "FEMALE, 1974-09, 716",
			"FEMALE, 1975-04, 716", "FEMALE, 1975-05, 720", "FEMALE, 1985-01, 720" })
	void roadmapBoundaries(Gender g, String birth, int months) {
		assertThat(Retirement.ageMonths(g, YearMonth.parse(birth))).isEqualTo(months);
	}

	@Test
	void yearlyRoadmapTable() {
		int[] men = { 723, 726, 729, 732, 735, 738, 741, 744, 744 };
		int[] women = { 664, 668, 672, 676, 680, 684, 688, 692, 696, 700, 704, 708, 712, 716, 720, 720 };
		for (int i = 0; i < men.length; i++) {
			assertThat(Retirement.statutoryAgeMonths(Gender.MALE, 2021 + i)).isEqualTo(men[i]);
		}
		for (int i = 0; i < women.length; i++) {
			assertThat(Retirement.statutoryAgeMonths(Gender.FEMALE, 2021 + i)).isEqualTo(women[i]);
		}
		assertThat(Retirement.statutoryAgeMonths(Gender.MALE, 2020)).isEqualTo(720);
		assertThat(Retirement.statutoryAgeMonths(Gender.FEMALE, 2020)).isEqualTo(660);
	}

	/**
	 * Examples quoted with the decree (§8.2, §8.3): retirement on the 1st of the month
	 * after the age is reached.
	 */
	@ParameterizedTest
	@CsvSource({ "MALE, 01/1961, 2021-05-01", "FEMALE, 01/1966, 2021-06-01", "FEMALE, 12/1968, 2025-09-01",
			"MALE, 01/1963, 2023-11-01", "MALE, 10/1964, 2026-05-01", "FEMALE, 01/1968, 2024-06-01",
			"FEMALE, 05/1969, 2026-06-01", "FEMALE, 01/1970, 2027-06-01", "MALE, 15/02/1965, 2026-09-01",
			"MALE, 31/12/1966, 2029-01-01" })
	void retirementDates(Gender g, String birth, LocalDate date) {
		Retirement r = Retirement.of(g, PartialDate.parse(birth).orElseThrow());
		assertThat(r.retirementDate()).isEqualTo(date);
		assertThat(r.noticeBy()).isEqualTo(date.minusMonths(6));
		assertThat(r.decisionBy()).isEqualTo(date.minusMonths(3));
	}

	/**
	 * Birth known only by year: 1 January counts (NĐ 135 Art. 3.3); known by month: that
	 * month counts.
	 */
	@Test
	void partialBirthDates() {
		Retirement year = Retirement.of(Gender.MALE, PartialDate.ofYear(1964));
		assertThat(year.ageMonths()).isEqualTo(735); // as 01/1964
		assertThat(year.retirementDate()).isEqualTo(LocalDate.of(2025, 5, 1));
		Retirement yearF = Retirement.of(Gender.FEMALE, PartialDate.ofYear(1975));
		assertThat(yearF.ageMonths()).isEqualTo(716); // 01/1975 → 59y8m, not 60
		assertThat(yearF.retirementDate()).isEqualTo(LocalDate.of(2034, 10, 1));
		Retirement month = Retirement.of(Gender.FEMALE, PartialDate.ofMonth(1975, 5));
		assertThat(month.ageMonths()).isEqualTo(720);
		assertThat(month.retirementDate()).isEqualTo(LocalDate.of(2035, 6, 1));
		// a day within the month does not change the month-exact result
		assertThat(Retirement.of(Gender.FEMALE, PartialDate.of(LocalDate.of(1975, 5, 31))).retirementDate())
			.isEqualTo(LocalDate.of(2035, 6, 1));
	}

	/**
	 * APP-04 worked example: man born 02/1965, 61y6m, at 08/2021 is 56y6m → 60 months
	 * left.
	 */
	@Test
	void remainingMonthsWorkedExample() {
		PartialDate b = PartialDate.ofMonth(1965, 2);
		assertThat(Retirement.ageMonths(Gender.MALE, YearMonth.of(1965, 2))).isEqualTo(738);
		assertThat(Retirement.remainingMonths(Gender.MALE, b, LocalDate.of(2021, 8, 1))).isEqualTo(60);
		assertThat(Retirement.remainingMonths(Gender.MALE, b, LocalDate.of(2021, 9, 1))).isEqualTo(59);
		assertThat(Retirement.formatAge(738)).isEqualTo("61 tuổi 6 tháng");
	}

	/**
	 * The reports' SQL cut-off (born before it = retired on the date) agrees with the
	 * retirement dates, for every birth month 1955–2010, both sexes: on the retirement
	 * date the person is counted as retired, the day before not.
	 */
	@Test
	void retiredIfBornBeforeMatchesRetirementDates() {
		for (Gender g : Gender.values()) {
			for (YearMonth b = YearMonth.of(1955, 1); b.getYear() <= 2010; b = b.plusMonths(1)) {
				LocalDate date = Retirement.of(g, PartialDate.ofMonth(b.getYear(), b.getMonthValue())).retirementDate();
				assertThat(Retirement.retirementDate(g, b)).as("%s %s", g, b).isEqualTo(date);
				assertThat(Retirement.retiredIfBornBefore(g, date)).as("%s %s on %s", g, b, date)
					.isEqualTo(b.plusMonths(1).atDay(1));
				assertThat(Retirement.retiredIfBornBefore(g, date.minusDays(1))).as("%s %s before %s", g, b, date)
					.isEqualTo(b.atDay(1));
			}
		}
	}

}

package vn.canbo.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.canbo.people.Gender;
import vn.canbo.shared.PartialDate;

/**
 * Month-exact remaining working time (Hướng dẫn 06-HD/BTCTW), issue 13 point 5: the day
 * of the month never adds a month.
 */
class RemainingTimeTest {

	/**
	 * HD 06's worked example: retirement date 01/09/2026 (man 02/1965, 61y6m, reached in
	 * 08/2026). 60 months for the whole of 08/2021, 59 for the whole of 09/2021.
	 */
	@ParameterizedTest
	@CsvSource({ "2021-07-31, 61", "2021-08-01, 60", "2021-08-31, 60", "2021-09-01, 59", "2021-09-27, 59",
			"2021-09-30, 59", "2026-07-31, 1", "2026-08-01, 0", "2026-08-31, 0", "2026-09-01, -1" })
	void wholeMonthsToTheMonthTheAgeIsReached(LocalDate from, long months) {
		assertThat(RemainingTime.months(from, LocalDate.of(2026, 9, 1))).isEqualTo(months);
	}

	/**
	 * The same man recorded with his full birth date, his month or (another man) only his
	 * year: the full date counts like its month.
	 */
	@Test
	void partialBirthDatesAgree() {
		for (PartialDate b : new PartialDate[] { PartialDate.of(LocalDate.of(1965, 2, 28)),
				PartialDate.of(LocalDate.of(1965, 2, 1)), PartialDate.ofMonth(1965, 2) }) {
			assertThat(Retirement.remainingMonths(Gender.MALE, b, LocalDate.of(2021, 8, 31))).isEqualTo(60);
			assertThat(Retirement.remainingMonths(Gender.MALE, b, LocalDate.of(2021, 9, 1))).isEqualTo(59);
			assertThat(Retirement.remainingMonths(Gender.MALE, b, LocalDate.of(2021, 9, 27))).isEqualTo(59);
		}
		// a year only counts from January: 01/1965 → 61y6m, reached 07/2026
		PartialDate y = PartialDate.ofYear(1965);
		assertThat(Retirement.remainingMonths(Gender.MALE, y, LocalDate.of(2021, 7, 31))).isEqualTo(60);
		assertThat(Retirement.remainingMonths(Gender.MALE, y, LocalDate.of(2021, 8, 1))).isEqualTo(59);
		// a woman born 15/05/1975 (60y, reached 05/2035)
		PartialDate w = PartialDate.of(LocalDate.of(1975, 5, 15));
		assertThat(Retirement.remainingMonths(Gender.FEMALE, w, LocalDate.of(2030, 5, 31))).isEqualTo(60);
		assertThat(Retirement.remainingMonths(Gender.FEMALE, w, LocalDate.of(2030, 6, 1))).isEqualTo(59);
	}

	/**
	 * APP-08 at the expiry of a term: counted on the term's last day (the day before the
	 * first day after it).
	 */
	@Test
	void remainingAtExpiry() {
		LocalDate retires = LocalDate.of(2028, 6, 1); // man 05/1966, 62y, reached 05/2028
		assertThat(Terms.remainingAtExpiry(LocalDate.of(2026, 5, 1), retires)).isEqualTo(25);
		assertThat(Terms.remainingAtExpiry(LocalDate.of(2026, 6, 1), retires)).isEqualTo(24);
		assertThat(Terms.remainingAtExpiry(LocalDate.of(2026, 6, 2), retires)).isEqualTo(23);
		assertThat(Terms.remainingAtExpiry(LocalDate.of(2026, 7, 1), retires)).isEqualTo(23);
		assertThat(Terms.extendToRetirement(LocalDate.of(2026, 6, 1), retires, 24)).isFalse();
		assertThat(Terms.extendToRetirement(LocalDate.of(2026, 6, 2), retires, 24)).isTrue();
		assertThat(Terms.extendToRetirement(LocalDate.of(2026, 7, 1), retires, 24)).isTrue();
	}

	@Test
	void missingDatesAreRefused() {
		assertThatThrownBy(() -> RemainingTime.months(null, LocalDate.of(2026, 9, 1)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> RemainingTime.months(LocalDate.of(2026, 9, 1), null))
			.isInstanceOf(IllegalArgumentException.class);
	}

}

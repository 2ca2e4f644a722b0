package vn.canbo.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.canbo.people.PersonCategory;

/**
 * The KHTNV years of a raise period (TT 08/2013 Art. 2.3): each delays +6 months,
 * cumulative with discipline; a year counts when it ends within [step start, raise day);
 * ratings win over the typed number, which counts only for unrated years.
 */
class RaisePeriodRatingsTest {

	static final LocalDate FROM = LocalDate.of(2020, 1, 1);

	static final LocalDate DAY = LocalDate.of(2023, 1, 1);

	static int months(Map<Integer, String> ratings, int typed, String... forms) {
		RaisePeriodRatings r = RaisePeriodRatings.of(ratings, FROM, DAY, typed);
		return SalaryRaises.total(
				SalaryRaises.delays(PersonCategory.CIVIL_SERVANT, List.of(forms), r, SalaryRaises.DelayMonths.DEFAULT));
	}

	@Test
	void zeroOneTwoIncompleteYearsDelayZeroSixTwelveMonths() {
		assertThat(months(Map.of(2020, "GOOD", 2021, "GOOD", 2022, "COMPLETE"), 0)).isZero();
		assertThat(months(Map.of(2020, "GOOD", 2021, "INCOMPLETE", 2022, "COMPLETE"), 0)).isEqualTo(6);
		assertThat(months(Map.of(2020, "INCOMPLETE", 2021, "INCOMPLETE", 2022, "COMPLETE"), 0)).isEqualTo(12);
	}

	@Test
	void incompleteAndReprimandMakeTwelve() {
		assertThat(months(Map.of(2021, "INCOMPLETE", 2020, "GOOD", 2022, "GOOD"), 0, "KHIEN_TRACH")).isEqualTo(12);
	}

	@Test
	void aYearCountsWhenItEndsWithinThePeriod() {
		// the year before the step and the year of the raise day are outside
		assertThat(months(Map.of(2019, "INCOMPLETE", 2023, "INCOMPLETE"), 0)).isZero();
		assertThat(RaisePeriodRatings.years(FROM, DAY)).containsExactly(2020, 2021, 2022);
		// 31/12 of the year: the day before the raise counts, the raise day itself not
		assertThat(RaisePeriodRatings.years(FROM, LocalDate.of(2022, 12, 31))).containsExactly(2020, 2021);
		assertThat(RaisePeriodRatings.years(LocalDate.of(2020, 12, 31), DAY)).containsExactly(2020, 2021, 2022);
		assertThat(RaisePeriodRatings.years(LocalDate.of(2021, 1, 1), DAY)).containsExactly(2021, 2022);
	}

	@Test
	void ratingsWinTypedCountsOnlyForUnratedYears() {
		// every year rated and none KHTNV: the typed year is ignored
		assertThat(months(Map.of(2020, "GOOD", 2021, "GOOD", 2022, "GOOD"), 1)).isZero();
		// one year unrated: at most one typed year counts, plus the rated KHTNV year
		RaisePeriodRatings r = RaisePeriodRatings.of(Map.of(2020, "GOOD", 2021, "INCOMPLETE"), FROM, DAY, 3);
		assertThat(r.ratedIncomplete()).containsExactly(2021);
		assertThat(r.unratedYears()).isEqualTo(1);
		assertThat(r.typedUsed()).isEqualTo(1);
		assertThat(r.total()).isEqualTo(2);
		// no evaluation at all (before the module): the typed number as before
		assertThat(months(Map.of(), 2)).isEqualTo(12);
	}

}

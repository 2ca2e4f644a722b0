package vn.canbo.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.people.Gender;
import vn.canbo.shared.ValidationException;

/**
 * The roadmap of NĐ 135 Phụ lục I is data: effective-dated rule parameters read by one
 * function (issue 13, point 8).
 */
@SpringBootTest
@Transactional
class RetirementRoadmapTest {

	@Autowired
	RuleParameters params;

	/**
	 * The oracle: regulations.md §8.2 (the decree's rule), only here to check the data.
	 */
	static int expectedAge(Gender g, int year) {
		if (g == Gender.MALE) {
			return year <= 2020 ? 720 : Math.min(720 + 3 * (year - 2020), 744);
		}
		return year <= 2020 ? 660 : Math.min(660 + 4 * (year - 2020), 720);
	}

	/**
	 * Every birth month 1940–2010 of both sexes: the age and the retirement date read
	 * from the parameters are those of Phụ lục I.
	 */
	@Test
	void everyMonthOfTheRoadmap() {
		for (Gender g : Gender.values()) {
			for (YearMonth b = YearMonth.of(1940, 1); b.getYear() <= 2010; b = b.plusMonths(1)) {
				int expected = -1;
				for (int y = b.getYear() + 50; expected < 0; y++) {
					if (b.plusMonths(expectedAge(g, y)).getYear() == y) {
						expected = expectedAge(g, y);
					}
				}
				assertThat(Retirement.ageMonths(g, b)).as("%s %s", g, b).isEqualTo(expected);
				assertThat(Retirement.retirementDate(g, b)).isEqualTo(b.plusMonths(expected + 1).atDay(1));
			}
		}
	}

	/** The roadmap parameters carry their legal basis and their history. */
	@Test
	void seededVersionsWithLegalBasis() {
		assertThat(params.get("retire.roadmap.male", LocalDate.of(2021, 1, 1)).legalBasis()).contains("135/2020",
				"Phụ lục I");
		assertThat(params.get("retire.roadmap.female", LocalDate.of(2020, 12, 31)).legalBasis())
			.contains("Bộ luật Lao động 2012");
		assertThat(params.history("retire.roadmap.male")).hasSize(2);
		assertThat(params.intValue("retire.earlier_max_months", LocalDate.of(2025, 1, 1))).isEqualTo(60);
		assertThat(params.intValue("retire.later_max_months", LocalDate.of(2025, 1, 1))).isEqualTo(60);
		// what regulations.md leaves unconfirmed is said on the rules page
		assertThat(params.get("retire.later_max_months", LocalDate.of(2025, 1, 1)).note()).contains("[U]");
		assertThat(params.get("retire.roadmap.female", LocalDate.of(2025, 1, 1)).note()).contains("05/1975", "[U]");
	}

	/**
	 * A new version of the roadmap changes the retirement of those reaching the age from
	 * its effective date, and only them; rolled back, the seeded roadmap is back.
	 */
	@Test
	void aNewVersionIsUsed() {
		YearMonth b = YearMonth.of(1970, 1); // 62y in 2032 under the seeded roadmap
		assertThat(Retirement.ageMonths(Gender.MALE, b)).isEqualTo(744);
		params.change("retire.roadmap.male", new RuleParameters.Change("2030:750", RuleMode.WARN, "Văn bản thử nghiệm",
				LocalDate.of(2030, 1, 1), null));
		params.loadRetirementRoadmap(); // inside this transaction (done after it anyway)
		assertThat(Retirement.statutoryAgeMonths(Gender.MALE, 2029)).isEqualTo(744);
		assertThat(Retirement.statutoryAgeMonths(Gender.MALE, 2030)).isEqualTo(750);
		assertThat(Retirement.ageMonths(Gender.MALE, b)).isEqualTo(750);
		assertThat(Retirement.ageMonths(Gender.MALE, YearMonth.of(1966, 4))).isEqualTo(744);
		assertThat(Retirement.ageMonths(Gender.FEMALE, YearMonth.of(1970, 1))).isEqualTo(688);
	}

	@Test
	void badRoadmapValuesAreRefused() {
		for (String bad : new String[] { "2021-723", "abc", "2021:723, 2021:726", "2021:100", "2021:723,", "" }) {
			assertThatThrownBy(() -> params.change("retire.roadmap.female",
					new RuleParameters.Change(bad, RuleMode.WARN, "Thử", LocalDate.of(2040, 1, 1), null)))
				.as(bad)
				.isInstanceOf(ValidationException.class);
		}
		assertThatThrownBy(() -> RetirementRoadmap.parse("2021:961")).isInstanceOf(IllegalArgumentException.class);
		assertThat(RetirementRoadmap.parse("2021:960").firstEntry().getValue()).isEqualTo(960);
		assertThat(RetirementRoadmap.parse("480").firstEntry().getValue()).isEqualTo(480);
	}

}

package vn.canbo.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.canbo.people.RetirementCategory;
import vn.canbo.people.Gender;
import vn.canbo.people.PersonCategory;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.ValidationException;

/**
 * The person's own statutory age: the roadmap moved by the retirement category (NĐ 135
 * Art. 5, Phụ lục II; Art. 6), at its boundaries (issue 13, point 9).
 */
@SpringBootTest
class RetirementCategoryTest {

	@Autowired
	RuleChecks checks;

	static SubjectFacts person(Gender g, PartialDate birth, int adjust) {
		return new SubjectFacts(1L, "Trần Thị Bình", g, birth, PersonCategory.CIVIL_SERVANT, List.of(), adjust);
	}

	/**
	 * The age gate (APP-04), the rotation (ROT-03), the retirement date (RET-00) and the
	 * extension (APP-08) use the person's own age.
	 */
	@Test
	void ruleChecksFollowTheCategory() {
		LocalDate on = LocalDate.of(2024, 6, 1);
		PartialDate woman = PartialDate.ofMonth(1970, 1); // 53y5m on 1/6/2024; normally
															// 57y4m
		int later = checks.retirementAdjustment(RetirementCategory.WOMAN_LEADER, 60, on);
		assertThat(checks.ageGate(person(Gender.FEMALE, woman, 0), on).passed()).isFalse(); // 35
																							// months
		assertThat(checks.ageGate(person(Gender.FEMALE, woman, later), on).passed()).isTrue(); // 123
																								// months
		assertThat(checks.retirement(person(Gender.FEMALE, woman, later), on).retirementDate())
			.isEqualTo(LocalDate.of(2034, 10, 1));
		assertThat(checks.retirementDate(person(Gender.FEMALE, woman, later), LocalDate.of(2034, 10, 1)).passed())
			.isTrue();
		assertThat(checks.retirementDate(person(Gender.FEMALE, woman, 0), LocalDate.of(2034, 10, 1)).passed())
			.isFalse();

		PartialDate man = PartialDate.ofMonth(1971, 4); // normally 62 (1/5/2033);
														// hazardous 57 (1/5/2028)
		int earlier = checks.retirementAdjustment(RetirementCategory.HEAVY_HAZARDOUS, 60, on);
		LocalDate jan2026 = LocalDate.of(2026, 1, 1); // 54y9m
		assertThat(checks.ageGate(person(Gender.MALE, man, 0), jan2026).passed()).isTrue(); // 87
		assertThat(checks.ageGate(person(Gender.MALE, man, earlier), jan2026).passed()).isFalse(); // 27
		LocalDate jan2020 = LocalDate.of(2020, 1, 1); // 48y9m
		assertThat(checks.rotationRemaining(person(Gender.MALE, man, 0), jan2020).passed()).isTrue(); // 159
		assertThat(checks.rotationRemaining(person(Gender.MALE, man, earlier), jan2020).passed()).isFalse(); // 99
		// a term ending 1/1/2027: normally 75 months left then (no extension), hazardous
		// 15
		LocalDate termEnd = LocalDate.of(2027, 1, 1);
		assertThat(checks.extension(person(Gender.MALE, man, 0), jan2026, termEnd).passed()).isFalse();
		assertThat(checks.extension(person(Gender.MALE, man, earlier), jan2026, termEnd).passed()).isTrue();
	}

	/** Beyond the parameter in force (60 months) the category is refused. */
	@Test
	void adjustmentWithinTheParameter() {
		LocalDate on = LocalDate.of(2025, 1, 1);
		assertThat(checks.retirementAdjustment(RetirementCategory.DIFFICULT_AREA, 60, on)).isEqualTo(-60);
		assertThat(checks.retirementAdjustment(RetirementCategory.HIGH_EXPERT, 1, on)).isEqualTo(1);
		assertThatThrownBy(() -> checks.retirementAdjustment(RetirementCategory.HIGH_EXPERT, 61, on))
			.isInstanceOf(ValidationException.class);
		assertThatThrownBy(() -> checks.retirementAdjustment(RetirementCategory.REDUCED_CAPACITY, 61, on))
			.isInstanceOf(ValidationException.class);
	}

	/**
	 * Hazardous work, 5 years earlier: Phụ lục II (men at least 57 from 04/1971), i.e.
	 * the normal age at the moment of retirement minus 60 months.
	 */
	@Test
	void hazardousWorkRetiresEarlier() {
		int adjust = RetirementCategory.HEAVY_HAZARDOUS.adjustMonths(60);
		assertThat(adjust).isEqualTo(-60);
		assertThat(Retirement.ageMonths(Gender.MALE, YearMonth.of(1971, 4), adjust)).isEqualTo(684);
		assertThat(Retirement.ageMonths(Gender.MALE, YearMonth.of(1971, 3), adjust)).isEqualTo(681);
		assertThat(Retirement.ageMonths(Gender.MALE, YearMonth.of(1961, 1), adjust)).isEqualTo(660); // 55
																										// in
																										// 2016
																										// (BLLĐ
																										// 2012)
		Retirement r = Retirement.of(Gender.MALE, PartialDate.ofMonth(1971, 4), adjust, 6, 3);
		assertThat(r.retirementDate()).isEqualTo(LocalDate.of(2028, 5, 1));
		assertThat(r.noticeBy()).isEqualTo(LocalDate.of(2027, 11, 1));
		Retirement normal = Retirement.of(Gender.MALE, PartialDate.ofMonth(1971, 4));
		assertThat(normal.retirementDate()).isEqualTo(LocalDate.of(2033, 5, 1));
		// one month earlier only
		assertThat(Retirement.retirementDate(Gender.MALE, YearMonth.of(1971, 4), -1))
			.isEqualTo(LocalDate.of(2033, 4, 1));
	}

	/**
	 * A woman in a listed leadership post, 5 years later: the normal age at the moment of
	 * retirement (57y4m in 2027 for 01/1970 normally) plus 60 months.
	 */
	@Test
	void womanLeaderRetiresLater() {
		int adjust = RetirementCategory.WOMAN_LEADER.adjustMonths(60);
		assertThat(adjust).isEqualTo(60);
		YearMonth b = YearMonth.of(1970, 1);
		assertThat(Retirement.ageMonths(Gender.FEMALE, b)).isEqualTo(688);
		assertThat(Retirement.ageMonths(Gender.FEMALE, b, adjust)).isEqualTo(776);
		assertThat(Retirement.retirementDate(Gender.FEMALE, b, adjust)).isEqualTo(LocalDate.of(2034, 10, 1));
		// born 1980: the final 60 years + 5 = 65
		assertThat(Retirement.ageMonths(Gender.FEMALE, YearMonth.of(1980, 6), adjust)).isEqualTo(780);
		assertThat(Retirement.remainingMonths(Gender.FEMALE, PartialDate.ofMonth(1970, 1), adjust,
				LocalDate.of(2027, 6, 1)))
			.isEqualTo(776 - 689);
	}

	/** The months are recorded within 1..max (the parameter, 60 when seeded). */
	@Test
	void monthsBeyondTheMaximumAreRefused() {
		for (RetirementCategory c : RetirementCategory.values()) {
			c.check(1, 60);
			c.check(60, 60);
			assertThatThrownBy(() -> c.check(61, 60)).isInstanceOf(ValidationException.class);
			assertThatThrownBy(() -> c.check(0, 60)).isInstanceOf(ValidationException.class);
			assertThatThrownBy(() -> c.check(-5, 60)).isInstanceOf(ValidationException.class);
			assertThat(c.legalBasis()).contains("135/2020");
			assertThat(c.maxMonthsKey()).isEqualTo(c.later() ? "retire.later_max_months" : "retire.earlier_max_months");
			assertThat(c.label()).isNotBlank();
		}
	}

	/** The cut-off used by the reports follows the adjusted age too. */
	@Test
	void cutOffFollowsTheCategory() {
		for (int adjust : new int[] { -60, -1, 1, 60 }) {
			for (Gender g : Gender.values()) {
				for (YearMonth b = YearMonth.of(1960, 1); b.getYear() <= 1985; b = b.plusMonths(1)) {
					LocalDate date = Retirement.retirementDate(g, b, adjust);
					assertThat(Retirement.retiredIfBornBefore(g, date, adjust)).isEqualTo(b.plusMonths(1).atDay(1));
					assertThat(Retirement.retiredIfBornBefore(g, date.minusDays(1), adjust)).isEqualTo(b.atDay(1));
				}
			}
		}
	}

}

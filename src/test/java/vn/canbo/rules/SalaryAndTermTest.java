package vn.canbo.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.canbo.people.PersonCategory;
import vn.canbo.rules.SalaryRaises.Delay;
import vn.canbo.rules.SalaryRaises.DelayMonths;

/**
 * Raise, delay, early raise and seniority computations (TT 08/2013); term and working
 * days (APP-01/05/08).
 */
class SalaryAndTermTest {

	static final DelayMonths M = DelayMonths.DEFAULT;

	@Test
	void delaysByCategoryAndForm() {
		assertThat(SalaryRaises.disciplineDelayMonths(PersonCategory.CADRE, "CACH_CHUC", M)).isEqualTo(12);
		assertThat(SalaryRaises.disciplineDelayMonths(PersonCategory.CIVIL_SERVANT, "GIANG_CHUC", M)).isEqualTo(12);
		assertThat(SalaryRaises.disciplineDelayMonths(PersonCategory.CADRE, "GIANG_CHUC", M)).isZero();
		assertThat(SalaryRaises.disciplineDelayMonths(PersonCategory.CIVIL_SERVANT, "KHIEN_TRACH", M)).isEqualTo(6);
		assertThat(SalaryRaises.disciplineDelayMonths(PersonCategory.CADRE, "CANH_CAO", M)).isEqualTo(6);
		assertThat(SalaryRaises.disciplineDelayMonths(PersonCategory.PUBLIC_EMPLOYEE, "CANH_CAO", M)).isEqualTo(6);
		assertThat(SalaryRaises.disciplineDelayMonths(PersonCategory.PUBLIC_EMPLOYEE, "KHIEN_TRACH", M)).isEqualTo(3);
		assertThat(SalaryRaises.disciplineDelayMonths(PersonCategory.CONTRACT, "KHIEN_TRACH", M)).isEqualTo(3);
		assertThat(SalaryRaises.disciplineDelayMonths(PersonCategory.PUBLIC_EMPLOYEE, "CACH_CHUC", M)).isEqualTo(12);
	}

	/** Delays are cumulative: khiển trách + KHTNV = 12 months; 2 KHTNV years = 6 + 6. */
	@Test
	void cumulativeDelays() {
		List<Delay> d = SalaryRaises.delays(PersonCategory.CIVIL_SERVANT, List.of("KHIEN_TRACH"), 1, M);
		assertThat(SalaryRaises.total(d)).isEqualTo(12);
		assertThat(SalaryRaises.total(SalaryRaises.delays(PersonCategory.CADRE, List.of(), 2, M))).isEqualTo(12);
		LocalDate from = LocalDate.of(2020, 1, 1);
		assertThat(SalaryRaises.regularDue(from, 36, List.of())).isEqualTo(LocalDate.of(2023, 1, 1));
		assertThat(SalaryRaises.regularDue(from, 24, List.of())).isEqualTo(LocalDate.of(2022, 1, 1));
		assertThat(SalaryRaises.regularDue(from, 36, d)).isEqualTo(LocalDate.of(2024, 1, 1));
		assertThat(SalaryRaises.regularDue(from, 36,
				SalaryRaises.delays(PersonCategory.PUBLIC_EMPLOYEE, List.of("KHIEN_TRACH", "CANH_CAO"), 1, M)))
			.isEqualTo(LocalDate.of(2024, 4, 1));
	}

	/**
	 * Early raise: up to 12 months before the due date, lacking ≤ 12 months as of 31/12
	 * of the review year.
	 */
	@Test
	void earlyRaiseBoundaries() {
		LocalDate due = LocalDate.of(2026, 10, 1);
		assertThat(SalaryRaises.earlyAllowed(due, LocalDate.of(2025, 10, 1), 12)).isTrue();
		assertThat(SalaryRaises.earlyAllowed(due, LocalDate.of(2025, 9, 30), 12)).isFalse();
		// due 1/3/2027 lacks 14 months at 31/12/2025: not in the 2025 review even if the
		// date were allowed
		assertThat(SalaryRaises.earlyAllowed(LocalDate.of(2027, 3, 1), LocalDate.of(2025, 12, 31), 12)).isFalse();
		assertThat(SalaryRaises.earlyAllowed(LocalDate.of(2026, 12, 31), LocalDate.of(2025, 12, 31), 12)).isTrue();
	}

	/**
	 * Seniority above the last step: 5% after a full interval, +1% each further year;
	 * delays push it back.
	 */
	@Test
	void seniorityAllowance() {
		LocalDate last = LocalDate.of(2018, 7, 1);
		assertThat(SalaryRaises.seniorityPct(last, LocalDate.of(2021, 6, 30), 36, 0, 5, 1)).isZero();
		assertThat(SalaryRaises.seniorityPct(last, LocalDate.of(2021, 7, 1), 36, 0, 5, 1)).isEqualTo(5);
		assertThat(SalaryRaises.seniorityPct(last, LocalDate.of(2022, 6, 30), 36, 0, 5, 1)).isEqualTo(5);
		assertThat(SalaryRaises.seniorityPct(last, LocalDate.of(2022, 7, 1), 36, 0, 5, 1)).isEqualTo(6);
		assertThat(SalaryRaises.seniorityPct(last, LocalDate.of(2026, 7, 1), 36, 0, 5, 1)).isEqualTo(10);
		assertThat(SalaryRaises.seniorityPct(last, LocalDate.of(2021, 7, 1), 36, 6, 5, 1)).isZero();
		assertThat(SalaryRaises.seniorityPct(last, LocalDate.of(2020, 7, 1), 24, 0, 5, 1)).isEqualTo(5);
	}

	@Test
	void termAndReappointmentNotice() {
		LocalDate end = Terms.termEnd(LocalDate.of(2021, 3, 1), 60);
		assertThat(end).isEqualTo(LocalDate.of(2026, 3, 1));
		WorkingDays weekdays = WorkingDays.weekdaysOnly();
		// 90 working days = 18 weeks of five days before Monday 2/3/2026 → Monday
		// 27/10/2025
		assertThat(Terms.reappointmentStart(LocalDate.of(2026, 3, 2), 90, weekdays))
			.isEqualTo(LocalDate.of(2025, 10, 27));
		assertThat(weekdays.between(LocalDate.of(2025, 10, 27), LocalDate.of(2026, 3, 2))).isEqualTo(90);
		WorkingDays holidays = new WorkingDays(List.of("01-01", "2026-02-17"));
		assertThat(Terms.reappointmentStart(LocalDate.of(2026, 3, 2), 90, holidays))
			.isEqualTo(LocalDate.of(2025, 10, 23));
		// extension when less than 24 months remain at the term's end
		assertThat(Terms.extendToRetirement(end, LocalDate.of(2028, 2, 1), 24)).isTrue();
		assertThat(Terms.extendToRetirement(end, LocalDate.of(2028, 3, 1), 24)).isFalse();
	}

}

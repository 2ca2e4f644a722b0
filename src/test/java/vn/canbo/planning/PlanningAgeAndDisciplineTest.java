package vn.canbo.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.canbo.people.Gender;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * PLAN-08 month-exact for both sexes: next term 2030–2035 (starts 01/10/2030) needs 60
 * months then — a man born 10/1973 (62 years, reached 10/2035) has exactly 60, born
 * 09/1973 59; a woman born 10/1975 (60 years) 60, born 09/1975 59; current term needs 60
 * months on the day of the addition. PLAN-07: a khiển trách in effect until 10/01/2026
 * blocks on 09/01/2026 unless case 1 or 2 is named with a justification, and passes from
 * 10/01/2026; a cách chức is outside the three cases (refused even with a case).
 */
@SpringBootTest
class PlanningAgeAndDisciplineTest {

	@Autowired
	PlanningFixture fx;

	@Autowired
	Plans plans;

	@Autowired
	JdbcClient jdbc;

	RuleOutcome age(Plan plan, long person, LocalDate on) {
		return PlanningFixture.outcome(
				plans.check(plan.id(), PlanningFixture.in("CHU_TICH_UBND", person, on), Scope.all()),
				plan.kind() == PlanKind.NEXT ? "PLAN-08" : "PLAN-50-D");
	}

	@Test
	void nextTermNeedsSixtyMonthsAtTheTermsStartMonthExactForBothSexes() {
		PlanningFixture.Tree t = fx.tree();
		long a = t.a().id();
		Plan next = fx.plan(a, PlanKind.NEXT, "DANG_2030_2035", "CHU_TICH_UBND");
		long man60 = fx.person("Ông Đủ Tuổi", a, "CHUYEN_VIEN", Gender.MALE, LocalDate.of(1973, 10, 31));
		long man59 = fx.person("Ông Thiếu Tháng", a, "CHUYEN_VIEN", Gender.MALE, LocalDate.of(1973, 9, 1));
		long man61 = fx.person("Ông Dư Tháng", a, "CHUYEN_VIEN", Gender.MALE, LocalDate.of(1973, 11, 1));
		long woman60 = fx.person("Bà Đủ Tuổi", a, "CHUYEN_VIEN", Gender.FEMALE, LocalDate.of(1975, 10, 1));
		long woman59 = fx.person("Bà Thiếu Tháng", a, "CHUYEN_VIEN", Gender.FEMALE, LocalDate.of(1975, 9, 30));
		assertThat(age(next, man60, PlanningFixture.ADDED).passed()).isTrue();
		assertThat(age(next, man60, PlanningFixture.ADDED).message()).contains("còn 60 tháng")
			.contains("01/10/2030")
			.contains("62 tuổi");
		assertThat(age(next, man61, PlanningFixture.ADDED).passed()).isTrue();
		assertThat(age(next, man59, PlanningFixture.ADDED).outcome()).isEqualTo(RuleOutcome.Outcome.BLOCK);
		assertThat(age(next, woman60, PlanningFixture.ADDED).passed()).isTrue();
		assertThat(age(next, woman59, PlanningFixture.ADDED).outcome()).isEqualTo(RuleOutcome.Outcome.BLOCK);
		assertThatThrownBy(() -> plans.add(next.id(), PlanningFixture.in("CHU_TICH_UBND", woman59), Scope.all()))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("PLAN-08")
			.hasMessageContaining("chỉ còn 59 tháng")
			.hasMessageContaining("Quy định 377-QĐ/TW");
		assertThat(plans.add(next.id(), PlanningFixture.in("CHU_TICH_UBND", woman60), Scope.all()).personId())
			.isEqualTo(woman60);
	}

	@Test
	void currentTermNeedsTheMinimumOnTheDayOfTheAddition() {
		PlanningFixture.Tree t = fx.tree();
		long a = t.a().id();
		Plan current = fx.plan(a, "CHU_TICH_UBND");
		// 62 years reached in 01/2031: 60 months from 01/2026
		long man = fx.person("Ông Hiện Tại", a, "CHUYEN_VIEN", Gender.MALE, LocalDate.of(1969, 1, 20));
		assertThat(age(current, man, LocalDate.of(2026, 1, 31)).passed()).isTrue();
		assertThat(age(current, man, LocalDate.of(2026, 2, 1)).passed()).isFalse();
		// a woman born 01/1971 (57 years 8 months, reached 09/2028): 32 months
		long woman = fx.person("Bà Hiện Tại", a, "CHUYEN_VIEN", Gender.FEMALE, LocalDate.of(1971, 1, 5));
		assertThat(age(current, woman, PlanningFixture.ADDED).message()).contains("chỉ còn 32 tháng")
			.contains("57 tuổi 8 tháng")
			.contains("01/10/2028");
	}

	@Test
	void disciplineToTheDayAndTheThreeCases() {
		PlanningFixture.Tree t = fx.tree();
		long a = t.a().id();
		Plan plan = fx.plan(a, "CHU_TICH_UBND");
		long p = fx.person("Ông Khiển Trách", a, "CHUYEN_VIEN");
		fx.discipline(p, "KHIEN_TRACH", LocalDate.of(2025, 1, 10), LocalDate.of(2026, 1, 10));
		LocalDate dayBefore = LocalDate.of(2026, 1, 9);
		RuleOutcome before = PlanningFixture
			.outcome(plans.check(plan.id(), PlanningFixture.in("CHU_TICH_UBND", p, dayBefore), Scope.all()), "PLAN-07");
		assertThat(before.outcome()).isEqualTo(RuleOutcome.Outcome.CASE);
		assertThat(before.message()).contains("còn thời hạn").contains("10/01/2026");
		assertThat(PlanningFixture
			.outcome(plans.check(plan.id(), PlanningFixture.in("CHU_TICH_UBND", p, LocalDate.of(2026, 1, 10)),
					Scope.all()), "PLAN-07")
			.passed()).isTrue();
		assertThatThrownBy(() -> plans.add(plan.id(), PlanningFixture.in("CHU_TICH_UBND", p, dayBefore), Scope.all()))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("trường hợp 1 hoặc 2");
		// a case without a justification is refused too
		assertThatThrownBy(() -> plans.add(plan.id(),
				PlanningFixture.justified(PlanningFixture.in("CHU_TICH_UBND", p, dayBefore), null, 2), Scope.all()))
			.isInstanceOf(ValidationException.class);
		assertThat(jdbc.sql("select count(*) from planning_candidate where person_id = ?")
			.param(p)
			.query(Long.class)
			.single()).isZero();
		Candidate c = plans.add(plan.id(), PlanningFixture.justified(PlanningFixture.in("CHU_TICH_UBND", p, dayBefore),
				"Đã xem xét, không kỷ luật thêm", 2), Scope.all());
		assertThat(c.disciplineCase()).isEqualTo(2);
		assertThat(c.overrides()).extracting(RuleOutcome::ruleId).containsExactly("PLAN-07");

		long removed = fx.person("Ông Cách Chức", a, "CHUYEN_VIEN");
		fx.discipline(removed, "CACH_CHUC", LocalDate.of(2018, 1, 10), LocalDate.of(2019, 7, 10));
		assertThatThrownBy(() -> plans.add(plan.id(),
				PlanningFixture.justified(PlanningFixture.in("CHU_TICH_UBND", removed), "Đã lâu", 1), Scope.all()))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("ngoài ba trường hợp");
	}

}

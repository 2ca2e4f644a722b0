package vn.canbo.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.canbo.career.DecisionDraft;
import vn.canbo.career.DecisionService;
import vn.canbo.career.DecisionSubject;
import vn.canbo.career.DecisionType;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * PLAN-02 (3 per title: the 4th refused, a removal frees a place), PLAN-03 (3 titles of
 * the same level: the 4th refused; another level still allowed), PLAN-01 (lower, equal
 * refused; higher by rank or by level allowed), PLAN-04 (a draft appointment for the same
 * title refused, another title allowed). Refusals store nothing.
 */
@SpringBootTest
class PlanningCapsAndTitlesTest {

	@Autowired
	PlanningFixture fx;

	@Autowired
	Plans plans;

	@Autowired
	DecisionService decisions;

	@Autowired
	JdbcClient jdbc;

	long candidates(long planId) {
		return jdbc.sql("select count(*) from planning_candidate where plan_id = ?")
			.param(planId)
			.query(Long.class)
			.single();
	}

	@Test
	void atMostThreePerTitleAndAFourthAfterARemoval() {
		PlanningFixture.Tree t = fx.tree();
		long a = t.a().id();
		Plan plan = fx.plan(a, "CHU_TICH_UBND");
		List<Long> people = List.of(fx.person("Ông Một", a, "CHUYEN_VIEN"), fx.person("Ông Hai", a, "CHUYEN_VIEN"),
				fx.person("Ông Ba", a, "CHUYEN_VIEN"), fx.person("Ông Bốn", a, "CHUYEN_VIEN"));
		for (int i = 0; i < 3; i++) {
			plans.add(plan.id(), PlanningFixture.in("CHU_TICH_UBND", people.get(i)), Scope.all());
		}
		List<RuleOutcome> third = plans.check(plan.id(), PlanningFixture.in("CHU_TICH_UBND", people.get(3)),
				Scope.all());
		assertThat(PlanningFixture.outcome(third, "PLAN-02").outcome()).isEqualTo(RuleOutcome.Outcome.BLOCK);
		assertThatThrownBy(() -> plans.add(plan.id(), PlanningFixture.in("CHU_TICH_UBND", people.get(3)), Scope.all()))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("PLAN-02")
			.hasMessageContaining("đã có 3 người")
			.hasMessageContaining("Quy định 377-QĐ/TW");
		assertThat(candidates(plan.id())).isEqualTo(3);
		Candidate first = plans.get(plan.id(), Scope.all()).titles().get(0).candidates().get(0);
		plans.remove(first.id(),
				new Removal(LocalDate.of(2026, 2, 1), "Không hoàn thành nhiệm vụ", "5-QĐ/ĐU", LocalDate.of(2026, 2, 1)),
				Scope.all());
		// the day before the removal the title is still full; from it there is a place
		assertThat(PlanningFixture
			.outcome(
					plans.check(plan.id(),
							PlanningFixture.in("CHU_TICH_UBND", people.get(3), LocalDate.of(2026, 1, 31)), Scope.all()),
					"PLAN-02")
			.passed()).isFalse();
		Candidate fourth = plans.add(plan.id(),
				PlanningFixture.in("CHU_TICH_UBND", people.get(3), LocalDate.of(2026, 2, 1)), Scope.all());
		assertThat(fourth.overrides()).isEmpty();
		assertThat(candidates(plan.id())).isEqualTo(4);
	}

	@Test
	void atMostThreeTitlesOfTheSameLevelPerPerson() {
		PlanningFixture.Tree t = fx.tree();
		long a = t.a().id();
		long p = fx.person("Bà Đa Năng", a, "CHUYEN_VIEN");
		Plan plan = fx.plan(a, "CHU_TICH_UBND", "PHO_CHU_TICH_UBND", "CHU_TICH_HDND", "PHO_CHU_TICH_HDND");
		Plan province = fx.plan(t.province().id(), "TRUONG_PHONG");
		plans.add(plan.id(), PlanningFixture.in("CHU_TICH_UBND", p), Scope.all());
		plans.add(plan.id(), PlanningFixture.in("PHO_CHU_TICH_UBND", p), Scope.all());
		plans.add(plan.id(), PlanningFixture.in("CHU_TICH_HDND", p), Scope.all());
		assertThatThrownBy(() -> plans.add(plan.id(), PlanningFixture.in("PHO_CHU_TICH_HDND", p), Scope.all()))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("PLAN-03")
			.hasMessageContaining("đã được quy hoạch 3 chức danh cùng cấp");
		assertThat(candidates(plan.id())).isEqualTo(3);
		// another level (the province) is not counted with the commune's three
		plans.add(province.id(), PlanningFixture.in("TRUONG_PHONG", p), Scope.all());
	}

	@Test
	void onlyAHigherTitle() {
		PlanningFixture.Tree t = fx.tree();
		long a = t.a().id();
		long vice = fx.person("Ông Phó Chủ tịch", a, "PHO_CHU_TICH_UBND");
		Plan plan = fx.plan(a, "CHU_TICH_UBND", "PHO_CHU_TICH_UBND", "UY_VIEN_UBND");
		assertThat(PlanningFixture
			.outcome(plans.check(plan.id(), PlanningFixture.in("CHU_TICH_UBND", vice), Scope.all()), "PLAN-01")
			.passed()).isTrue();
		for (String lowerOrEqual : List.of("PHO_CHU_TICH_UBND", "UY_VIEN_UBND")) {
			assertThatThrownBy(() -> plans.add(plan.id(), PlanningFixture.in(lowerOrEqual, vice), Scope.all()))
				.isInstanceOf(ValidationException.class)
				.hasMessageContaining("PLAN-01")
				.hasMessageContaining("Chỉ quy hoạch chức danh cao hơn");
		}
		assertThat(candidates(plan.id())).isZero();
		// a title of a higher level (province) is higher even with a lower rank
		long chair = fx.person("Ông Chủ tịch xã", a, "CHU_TICH_UBND");
		Plan province = fx.plan(t.province().id(), "PHO_TRUONG_PHONG");
		assertThat(plans.add(province.id(), PlanningFixture.in("PHO_TRUONG_PHONG", chair), Scope.all()).overrides())
			.isEmpty();
		// a concurrent post counts: a specialist who is also Phó Chủ tịch HĐND (kiêm
		// nhiệm) may not be planned for Ủy viên UBND
		long both = fx.person("Bà Kiêm Nhiệm", a, "CHUYEN_VIEN");
		fx.people.add(both, vn.canbo.people.HistoryKind.POSITION,
				new vn.canbo.people.Position(null, a, null, "PHO_CHU_TICH_HDND", null, true, false,
						LocalDate.of(2021, 7, 1), null, null, null, null, null, null, null),
				Scope.all());
		assertThat(PlanningFixture
			.outcome(plans.check(plan.id(), PlanningFixture.in("UY_VIEN_UBND", both), Scope.all()), "PLAN-01")
			.message()).contains("Phó Chủ tịch HĐND");
		assertThat(PlanningFixture
			.outcome(plans.check(plan.id(), PlanningFixture.in("UY_VIEN_UBND", both), Scope.all()), "PLAN-01")
			.passed()).isFalse();
		assertThat(PlanningFixture
			.outcome(plans.check(plan.id(), PlanningFixture.in("CHU_TICH_UBND", both), Scope.all()), "PLAN-01")
			.passed()).isTrue();
	}

	@Test
	void notWhileAnAppointmentToTheSameTitleIsProposed() {
		PlanningFixture.Tree t = fx.tree();
		long a = t.a().id();
		long p = fx.person("Ông Đang Đề Xuất", a, "CHUYEN_VIEN");
		Plan plan = fx.plan(a, "CHU_TICH_UBND", "CHU_TICH_HDND");
		decisions.create(DecisionDraft.of(DecisionType.APPOINTMENT, null, null, null, LocalDate.of(2026, 3, 1),
				List.of(DecisionSubject.post(p, a, "CHU_TICH_UBND", null))), Scope.all());
		assertThatThrownBy(() -> plans.add(plan.id(), PlanningFixture.in("CHU_TICH_UBND", p), Scope.all()))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("PLAN-04")
			.hasMessageContaining("bổ nhiệm");
		assertThat(candidates(plan.id())).isZero();
		assertThat(plans.add(plan.id(), PlanningFixture.in("CHU_TICH_HDND", p), Scope.all()).titleCode())
			.isEqualTo("CHU_TICH_HDND");
	}

}

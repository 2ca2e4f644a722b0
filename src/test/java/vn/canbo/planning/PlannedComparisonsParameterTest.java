package vn.canbo.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.canbo.career.DecisionDraft;
import vn.canbo.career.DecisionService;
import vn.canbo.career.DecisionSubject;
import vn.canbo.career.DecisionType;
import vn.canbo.rules.RuleMode;
import vn.canbo.rules.RuleParameter;
import vn.canbo.rules.RuleParameters;
import vn.canbo.rules.RuleResult;
import vn.canbo.shared.Scope;

/**
 * APP-02's limits are effective-dated parameters with their legal basis (V15_3): the
 * comparisons an internal candidate's planned title may have with the post (SAME,
 * EQUIVALENT, HIGHER) and an external one's (SAME, EQUIVALENT), each version following
 * the text of its period (QĐ 105, QĐ 80, NĐ 170, QĐ 377) like
 * {@code appoint.planned_for_title}. A new version applies from its first day: an
 * internal candidate planned for a higher title passes the day before a version accepting
 * only SAME and EQUIVALENT, fails on its first day, passes again the day the next version
 * restores HIGHER.
 */
@SpringBootTest
class PlannedComparisonsParameterTest {

	static final String INTERNAL = "appoint.planned_internal_comparisons";

	static final String EXTERNAL = "appoint.planned_external_comparisons";

	static final String POST = "PHO_CHU_TICH_UBND";

	@Autowired
	PlanningFixture fx;

	@Autowired
	Plans plans;

	@Autowired
	DecisionService decisions;

	@Autowired
	RuleParameters params;

	RuleResult app02(long person, long unit, LocalDate on) {
		long id = decisions.create(DecisionDraft.of(DecisionType.APPOINTMENT, PlanningFixture.key() + "/QĐ-UBND",
				LocalDate.now().isBefore(on) ? LocalDate.now() : on.minusDays(5), "UBND tỉnh Thử", on,
				List.of(DecisionSubject.post(person, unit, POST, null))), Scope.all())
			.id();
		return decisions.check(id, Scope.all())
			.stream()
			.filter(r -> "APP-02".equals(r.ruleId()))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void theVersionsFollowTheTextsOfTheirPeriods() {
		for (String key : List.of(INTERNAL, EXTERNAL)) {
			RuleParameter before = params.get(key, LocalDate.of(2025, 10, 7));
			RuleParameter from377 = params.get(key, LocalDate.of(2025, 10, 8));
			assertThat(before.ruleId()).isEqualTo("APP-02");
			assertThat(before.legalBasis()).contains("Nghị định 170/2025").contains("Quy định 80-QĐ/TW");
			assertThat(from377.legalBasis()).contains("Quy định 377-QĐ/TW")
				.contains("[U: cách so tương đương, cao hơn]");
			assertThat(params.get(key, LocalDate.of(2021, 1, 1)).legalBasis()).contains("Quy định 105-QĐ/TW");
			assertThat(params.get(key, LocalDate.of(2022, 8, 18)).legalBasis()).contains("Quy định 80-QĐ/TW");
		}
		assertThat(params.listValue(INTERNAL, LocalDate.of(2025, 10, 8))).containsExactly("SAME", "EQUIVALENT",
				"HIGHER");
		assertThat(params.listValue(EXTERNAL, LocalDate.of(2025, 10, 8))).containsExactly("SAME", "EQUIVALENT");
	}

	@Test
	void aNewVersionAppliesFromItsFirstDay() {
		PlanningFixture.Tree t = fx.tree();
		long a = t.a().id();
		Plan plan = fx.plan(a, "CHU_TICH_UBND", POST);
		long higher = fx.person("Ông Quy Hoạch Cao Hơn", a, "CHUYEN_VIEN");
		plans.add(plan.id(), PlanningFixture.in("CHU_TICH_UBND", higher), Scope.all());
		// a day after every version already recorded (the test database may be reused)
		LocalDate latest = params.history(INTERNAL).get(0).effectiveFrom();
		LocalDate from = latest.isBefore(LocalDate.of(2028, 6, 15)) ? LocalDate.of(2028, 6, 15) : latest.plusDays(3);
		RuleParameter current = params.get(INTERNAL, from.minusDays(1));
		params.change(INTERNAL, new RuleParameters.Change("SAME,EQUIVALENT", RuleMode.WARN, current.legalBasis(), from,
				"Kiểm thử: chỉ cùng chức danh hoặc tương đương"));
		params.change(INTERNAL, new RuleParameters.Change(current.value(), RuleMode.WARN, current.legalBasis(),
				from.plusDays(1), "Kiểm thử: trở lại"));

		assertThat(app02(higher, a, from.minusDays(1)).passed()).isTrue();
		RuleResult on = app02(higher, a, from);
		assertThat(on.passed()).isFalse();
		assertThat(on.message()).contains("Ông Quy Hoạch Cao Hơn").contains("Quy định 377-QĐ/TW");
		assertThat(app02(higher, a, from.plusDays(1)).passed()).isTrue();
	}

}

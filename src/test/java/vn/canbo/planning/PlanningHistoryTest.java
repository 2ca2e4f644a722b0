package vn.canbo.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.canbo.people.Gender;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * A plan's bad input (every error at once, nothing stored; one plan per unit, term and
 * kind); the title standard as a WARN (refused without a justification, stored with it
 * and its overridden outcome); removal kept in the history with its reason and decision;
 * votes of the workflow steps (unknown step, too many votes, twice); scope (a plan, a
 * candidate and a person outside it are not found); audit of every change.
 */
@SpringBootTest
class PlanningHistoryTest {

	@Autowired
	PlanningFixture fx;

	@Autowired
	Plans plans;

	@Autowired
	JdbcClient jdbc;

	long audits(String type, String id) {
		return jdbc.sql("select count(*) from audit_event where entity_type = ? and entity_id = ?")
			.params(type, id)
			.query(Long.class)
			.single();
	}

	@Test
	void aPlansErrorsAllAtOnceAndOnePerUnitTermAndKind() {
		PlanningFixture.Tree t = fx.tree();
		long before = jdbc.sql("select count(*) from planning_plan").query(Long.class).single();
		assertThatThrownBy(() -> plans.create(new PlanInput(t.a().id(), "DANG_1990", null, " ", null, null, null,
				Arrays.asList("CHU_TICH_UBND", "KHONG_CO")), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors()).extracting(x -> x.field())
						.containsExactlyInAnyOrder("termCode", "kind", "decisionNumber", "decidedOn", "issuer",
								"titleCodes[1]"));
		assertThat(jdbc.sql("select count(*) from planning_plan").query(Long.class).single()).isEqualTo(before);
		Plan plan = fx.plan(t.a().id(), "CHU_TICH_UBND", "PHO_CHU_TICH_UBND");
		assertThat(plan.titles()).extracting(Plan.Title::titleName)
			.containsExactly("Chủ tịch UBND", "Phó Chủ tịch UBND");
		assertThat(audits("planning_plan", String.valueOf(plan.id()))).isEqualTo(1);
		assertThatThrownBy(() -> fx.plan(t.a().id(), "CHU_TICH_UBND")).isInstanceOf(ValidationException.class)
			.hasMessageContaining("đã có quy hoạch nhiệm kỳ 2025–2030");
		// the same unit and term, the other kind, is another plan
		assertThat(fx.plan(t.a().id(), PlanKind.NEXT, "DANG_2025_2030", "CHU_TICH_UBND").id()).isNotEqualTo(plan.id());
	}

	@Test
	void titleStandardWarnsAndIsOverriddenWithAJustification() {
		PlanningFixture.Tree t = fx.tree();
		long a = t.a().id();
		Plan plan = fx.plan(a, "CHU_TICH_UBND");
		long p = fx.bare("Ông Chưa Chuẩn", a, "CHUYEN_VIEN", Gender.MALE, LocalDate.of(1985, 5, 5));
		RuleOutcome std = PlanningFixture
			.outcome(plans.check(plan.id(), PlanningFixture.in("CHU_TICH_UBND", p), Scope.all()), "PLAN-09");
		assertThat(std.outcome()).isEqualTo(RuleOutcome.Outcome.WARN);
		assertThat(std.message()).contains("Kiến thức quốc phòng").contains("Đối tượng 3");
		assertThatThrownBy(() -> plans.add(plan.id(), PlanningFixture.in("CHU_TICH_UBND", p), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors()).singleElement().satisfies(x -> {
						assertThat(x.field()).isEqualTo("justification");
						assertThat(x.message()).contains("PLAN-09").contains("Cần nêu lý do");
					}));
		Candidate c = plans.add(plan.id(),
				PlanningFixture.justified(PlanningFixture.in("CHU_TICH_UBND", p), "Sẽ học lớp QP-AN năm 2026", null),
				Scope.all());
		assertThat(c.justification()).isEqualTo("Sẽ học lớp QP-AN năm 2026");
		assertThat(c.overrides()).extracting(RuleOutcome::ruleId).containsExactly("PLAN-09");
		assertThat(jdbc.sql(
				"select cast(after as text) from audit_event where entity_type = 'planning_candidate' and entity_id = ?")
			.param(String.valueOf(c.id()))
			.query(String.class)
			.single()).contains("Sẽ học lớp QP-AN năm 2026").contains("PLAN-09");
	}

	@Test
	void removalIsKeptWithItsReasonAndDecisionAndVotesAreRecorded() {
		PlanningFixture.Tree t = fx.tree();
		long a = t.a().id();
		Plan plan = fx.plan(a, "CHU_TICH_UBND");
		long p = fx.person("Ông Lịch Sử", a, "CHUYEN_VIEN");
		Candidate c = plans.add(plan.id(), PlanningFixture.in("CHU_TICH_UBND", p), Scope.all());
		assertThatThrownBy(() -> plans.vote(c.id(), new Vote("BAU_CU", null, 10, 8, 3, null), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(x -> x.field())
				.containsExactlyInAnyOrder("step", "heldOn", "votesFor"));
		plans.vote(c.id(), new Vote("CONFERENCE_VOTE", LocalDate.of(2026, 1, 20), 25, 20, 5, null), Scope.all());
		assertThatThrownBy(() -> plans.vote(c.id(),
				new Vote("CONFERENCE_VOTE", LocalDate.of(2026, 1, 21), 25, 20, 5, null), Scope.all()))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("đã được ghi kết quả");
		assertThatThrownBy(
				() -> plans.remove(c.id(), new Removal(LocalDate.of(2026, 1, 14), " ", null, null), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(x -> x.field())
				.containsExactlyInAnyOrder("removedOn", "reason", "decisionNumber"));
		Candidate removed = plans.remove(c.id(),
				new Removal(LocalDate.of(2026, 6, 1), "Chuyển công tác", "12-QĐ/ĐU", LocalDate.of(2026, 5, 30)),
				Scope.all());
		assertThat(removed.removedOn()).isEqualTo(LocalDate.of(2026, 6, 1));
		Plan after = plans.get(plan.id(), Scope.all());
		Candidate kept = after.titles().get(0).candidates().get(0);
		assertThat(kept.removalReason()).isEqualTo("Chuyển công tác");
		assertThat(kept.removalDecisionNumber()).isEqualTo("12-QĐ/ĐU");
		assertThat(kept.votes()).singleElement().satisfies(v -> {
			assertThat(v.votesFor()).isEqualTo(20);
			assertThat(v.voters()).isEqualTo(25);
		});
		assertThat(kept.activeOn(LocalDate.of(2026, 5, 31))).isTrue();
		assertThat(kept.activeOn(LocalDate.of(2026, 6, 1))).isFalse();
		assertThat(after.titles().get(0).activeCount()).isZero();
		assertThatThrownBy(() -> plans.remove(c.id(),
				new Removal(LocalDate.of(2026, 7, 1), "Lần hai", "13-QĐ/ĐU", LocalDate.of(2026, 7, 1)), Scope.all()))
			.isInstanceOf(ValidationException.class);
		assertThat(audits("planning_candidate", String.valueOf(c.id()))).isEqualTo(2);
		assertThat(audits("planning_vote", c.id() + ":CONFERENCE_VOTE")).isEqualTo(1);
		assertThat(plans.ofPerson(p, Scope.all())).singleElement()
			.satisfies(x -> assertThat(x.removedOn()).isNotNull());
	}

	@Test
	void outsideTheScopeIsNotFoundAndNothingIsStored() {
		PlanningFixture.Tree t = fx.tree();
		Plan planB = fx.plan(t.b().id(), "CHU_TICH_UBND");
		long personB = fx.person("Bà Ngoài Phạm Vi", t.b().id(), "CHUYEN_VIEN");
		long personA = fx.person("Ông Trong Phạm Vi", t.a().id(), "CHUYEN_VIEN");
		Candidate cB = plans.add(planB.id(), PlanningFixture.in("CHU_TICH_UBND", personB), Scope.all());
		Scope onlyA = Scope.of(t.a().id());
		assertThatThrownBy(() -> plans.get(planB.id(), onlyA)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> plans.add(planB.id(), PlanningFixture.in("CHU_TICH_UBND", personA), onlyA))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> plans.remove(cB.id(),
				new Removal(LocalDate.of(2026, 2, 1), "x", "1/QĐ", LocalDate.of(2026, 2, 1)), onlyA))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> plans.vote(cB.id(),
				new Vote("PROPOSAL", LocalDate.of(2026, 2, 1), null, null, null, null), onlyA))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> plans.ofPerson(personB, onlyA)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> plans.create(new PlanInput(t.b().id(), "DANG_2025_2030", PlanKind.NEXT, "1-QĐ",
				PlanningFixture.APPROVED, "Huyện ủy", null, List.of("CHU_TICH_UBND")), onlyA))
			.isInstanceOf(NotFoundException.class);
		// A's plan cannot take B's person
		Plan planA = fx.plan(t.a().id(), "CHU_TICH_UBND");
		assertThatThrownBy(() -> plans.add(planA.id(), PlanningFixture.in("CHU_TICH_UBND", personB), onlyA))
			.isInstanceOf(NotFoundException.class);
		assertThat(plans.list(null, onlyA)).extracting(Plan::id).contains(planA.id()).doesNotContain(planB.id());
		assertThat(plans.get(planB.id(), Scope.all()).titles().get(0).candidates()).hasSize(1);
		assertThat(jdbc.sql("select count(*) from planning_candidate where plan_id = ?")
			.param(planA.id())
			.query(Long.class)
			.single()).isZero();
		// a candidate from elsewhere (added by someone who sees both) is shown to A's
		// officer without the name
		Candidate fromB = plans.add(planA.id(), new CandidateInput("CHU_TICH_UBND", personB, PlanningFixture.ADDED,
				CandidateSource.EXTERNAL, null, null, null, null), Scope.all());
		Candidate seen = plans.get(planA.id(), onlyA).titles().get(0).candidates().get(0);
		assertThat(seen.id()).isEqualTo(fromB.id());
		assertThat(seen.fullName()).isEqualTo("(ngoài phạm vi quản lý)");
		assertThat(plans.get(planA.id(), Scope.all()).titles().get(0).candidates().get(0).fullName())
			.isEqualTo("Bà Ngoài Phạm Vi");
	}

}

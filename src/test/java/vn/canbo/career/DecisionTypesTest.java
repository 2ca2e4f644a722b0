package vn.canbo.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.people.Gender;
import vn.canbo.people.PersonService;
import vn.canbo.people.PersonView;
import vn.canbo.people.Position;
import vn.canbo.rules.RuleResult;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Effects of the other decision types: amendment, concurrent posts, secondment,
 * extension, early raise, death.
 */
@SpringBootTest
@Transactional
class DecisionTypesTest {

	@Autowired
	DecisionService decisions;

	@Autowired
	Alerts alerts;

	@Autowired
	CareerFixture fx;

	@Autowired
	PersonService people;

	@Autowired
	Movements movements;

	static final LocalDate D = LocalDate.of(2025, 3, 1);

	private Decision issue(DecisionDraft d, String why) {
		return decisions.issue(decisions.create(d, Scope.all()).id(), why, Scope.all());
	}

	@Test
	void amendmentReplacesTheEffects() {
		CareerFixture.Tree t = fx.tree();
		var c = fx.unit("UBND xã Cát " + CareerFixture.key(), t.province().id());
		long id = fx.person("Phan Văn Cường", t.a().id());
		Decision wrong = issue(CareerFixture.draft(DecisionType.TRANSFER, D,
				DecisionSubject.post(id, t.b().id(), "CHUYEN_VIEN", null)), null);
		Decision amend = issue(
				CareerFixture.draft(DecisionType.AMENDMENT, D, DecisionSubject.post(id, c.id(), "CHUYEN_VIEN", null))
					.withTarget(wrong.id()),
				null);
		assertThat(people.get(id, D, Scope.all()).mainPosition().unitId()).isEqualTo(c.id());
		assertThat(people.get(id, D, Scope.all()).positions()).hasSize(2); // the original
																			// (closed at
																			// D) and the
																			// amended one
		Decision old = decisions.get(wrong.id(), Scope.all());
		assertThat(old.amendedByDecisionId()).isEqualTo(amend.id());
		assertThat(old.effects()).allMatch(Decision.EffectView::undone);
		// counted once, as the type it amended
		assertThat(movements.report(Scope.of(t.province().id()), D, D).phrase()).isEqualTo("điều động 1");
		// a revoked decision cannot be revoked again
		assertThatThrownBy(() -> decisions.revoke(wrong.id(),
				new DecisionService.Revocation("X-" + CareerFixture.key(), LocalDate.of(2026, 1, 6), "UBND", null, null,
						null),
				Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors().get(0).field()).isEqualTo("targetDecisionId"));
	}

	@Test
	void concurrentPostAndItsEndAndSecondment() {
		CareerFixture.Tree t = fx.tree();
		long id = fx.person("Đoàn Văn Duy", t.a().id());
		issue(CareerFixture.draft(DecisionType.CONCURRENT_ASSIGNMENT, D,
				DecisionSubject.post(id, t.b().id(), "PHO_CHU_TICH_UBND", null)), null);
		PersonView v = people.get(id, D, Scope.all());
		assertThat(v.mainPosition().unitId()).isEqualTo(t.a().id());
		Position kiem = v.currentPositions().stream().filter(Position::concurrent).findFirst().orElseThrow();
		assertThat(kiem.unitId()).isEqualTo(t.b().id());
		issue(CareerFixture.draft(DecisionType.CONCURRENT_END, LocalDate.of(2025, 9, 1),
				DecisionSubject.ofPosition(id, kiem.id())), null);
		assertThat(people.get(id, LocalDate.of(2025, 9, 1), Scope.all()).currentPositions()).hasSize(1);
		assertThat(people.get(id, LocalDate.of(2025, 8, 31), Scope.all()).currentPositions()).hasSize(2);

		issue(CareerFixture
			.draft(DecisionType.SECONDMENT, LocalDate.of(2025, 10, 1),
					DecisionSubject.post(id, t.b().id(), "CHUYEN_VIEN", null))
			.withEndOn(LocalDate.of(2026, 10, 1)), null);
		PersonView s = people.get(id, LocalDate.of(2026, 1, 1), Scope.all());
		assertThat(s.mainPosition().unitId()).isEqualTo(t.a().id());
		assertThat(s.currentPositions()).anyMatch(p -> p.concurrent() && p.validTo().equals(LocalDate.of(2026, 10, 1)));
		assertThatThrownBy(() -> decisions.create(CareerFixture.draft(DecisionType.SECONDMENT, D,
				DecisionSubject.post(id, t.b().id(), "CHUYEN_VIEN", null)), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors().get(0).field()).isEqualTo("endOn"));
	}

	/**
	 * Extension to retirement: the term ends at the retirement date; the term alert goes
	 * once renewed.
	 */
	@Test
	void extensionToRetirementAndTermAlertGone() {
		CareerFixture.Tree t = fx.tree();
		long id = fx.person("Tôn Văn Em", Gender.MALE, PartialDate.ofMonth(1966, 1), t.a().id(), 9,
				LocalDate.of(2020, 1, 1));
		issue(CareerFixture.draft(DecisionType.APPOINTMENT, LocalDate.of(2021, 3, 1),
				DecisionSubject.post(id, t.a().id(), "TRUONG_PHONG", null).withHigherPost(false)), null);
		long pos = people.get(id, LocalDate.of(2026, 2, 1), Scope.all()).mainPosition().id();
		assertThat(alerts.list(Scope.all(), LocalDate.of(2025, 10, 1), 60, Alerts.Kind.TERM_ENDING))
			.anyMatch(a -> a.personId() == id && a.draftType() == DecisionType.EXTENSION_TO_RETIREMENT);
		Decision ext = issue(CareerFixture.draft(DecisionType.EXTENSION_TO_RETIREMENT, LocalDate.of(2026, 3, 1),
				DecisionSubject.ofPosition(id, pos)), null);
		assertThat(ext.checks()).allMatch(RuleResult::passed);
		Position p = people.get(id, LocalDate.of(2026, 3, 1), Scope.all()).mainPosition();
		assertThat(p.termEnd()).isEqualTo(LocalDate.of(2027, 11, 1)); // 61y9m reached
																		// 10/2027
		assertThat(p.titleCode()).isEqualTo("TRUONG_PHONG");
		assertThat(alerts.list(Scope.all(), LocalDate.of(2025, 10, 1), 60, Alerts.Kind.TERM_ENDING))
			.noneMatch(a -> a.personId() == id);
	}

	@Test
	void earlyRaiseUpToTwelveMonths() {
		CareerFixture.Tree t = fx.tree();
		long id = fx.person("Võ Văn Giang", t.a().id()); // step 3 from 1/1/2020 → due
															// 1/1/2023
		Decision tooEarly = decisions.create(CareerFixture.draft(DecisionType.SALARY_STEP_EARLY,
				LocalDate.of(2021, 12, 31), DecisionSubject.salary(id, "01.003", 4)), Scope.all());
		assertThat(decisions.check(tooEarly.id(), Scope.all()))
			.anyMatch(r -> r.ruleId().equals("SAL-03") && r.blocks());
		Decision early = decisions.create(CareerFixture.draft(DecisionType.SALARY_STEP_EARLY, LocalDate.of(2022, 1, 1),
				DecisionSubject.salary(id, "01.003", 4)), Scope.all());
		// one person in the unit: a 10% quota allows none → a warning that needs a
		// justification
		assertThat(decisions.check(early.id(), Scope.all()))
			.anyMatch(r -> r.key().equals("salary.early_raise_quota_pct") && r.warns());
		assertThatThrownBy(() -> decisions.issue(early.id(), null, Scope.all()))
			.isInstanceOf(ValidationException.class);
		Decision ok = decisions.issue(early.id(), "Thành tích xuất sắc, Chủ tịch UBND quyết định", Scope.all());
		assertThat(ok.status()).isEqualTo(DecisionStatus.ISSUED);
		assertThat(people.get(id, LocalDate.of(2022, 1, 1), Scope.all()).currentSalary().step()).isEqualTo(4);
	}

	@Test
	void deathEndsEverythingAndUnknownPersonIs404() {
		CareerFixture.Tree t = fx.tree();
		long id = fx.person("Lâm Văn Hòa", t.a().id());
		issue(CareerFixture.draft(DecisionType.DEATH, D, DecisionSubject.person(id)), null);
		assertThat(people.get(id, D, Scope.all()).currentPositions()).isEmpty();
		assertThatThrownBy(() -> decisions
			.create(CareerFixture.draft(DecisionType.DEATH, D, DecisionSubject.person(-5L)), Scope.all()))
			.isInstanceOf(vn.canbo.shared.NotFoundException.class);
	}

}

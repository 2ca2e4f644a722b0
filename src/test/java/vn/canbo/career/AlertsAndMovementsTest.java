package vn.canbo.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.org.UnitView;
import vn.canbo.people.Gender;
import vn.canbo.people.PersonService;
import vn.canbo.rules.Holiday;
import vn.canbo.rules.Holidays;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Alert windows at their boundaries, drafts from alerts, movement counts by period,
 * concurrent-post statistics (over the demo locality: DemoDataGeneratorTest).
 */
@SpringBootTest
@Transactional
class AlertsAndMovementsTest {

	@Autowired
	DecisionService decisions;

	@Autowired
	Alerts alerts;

	@Autowired
	Movements movements;

	@Autowired
	CareerFixture fx;

	@Autowired
	PersonService people;

	@Autowired
	Holidays holidays;

	private Decision issue(DecisionDraft d) {
		return decisions.issue(decisions.create(d, Scope.all()).id(), "Kiểm thử", Scope.all());
	}

	private List<Alerts.Alert> of(long personId, Alerts.Kind kind, LocalDate from, int days, Scope scope) {
		return alerts.list(scope, from, days, kind).stream().filter(a -> a.personId() == personId).toList();
	}

	@Test
	void termEndingAlertStartsNinetyWorkingDaysBefore() {
		CareerFixture.Tree t = fx.tree();
		long id = fx.person("Hà Văn Tú", t.a().id());
		issue(CareerFixture.draft(DecisionType.APPOINTMENT, LocalDate.of(2021, 6, 1),
				DecisionSubject.post(id, t.a().id(), "PHO_CHU_TICH_UBND", null).withHigherPost(false)));
		// term ends 1/6/2026; 90 working days before (less Tết 16–20/2, the nghỉ bù of
		// Giỗ
		// Tổ 27/4, 30/4 and 1/5: issue 13, point 6) = 14/1/2026
		LocalDate from = LocalDate.of(2026, 1, 1);
		assertThat(of(id, Alerts.Kind.TERM_ENDING, from, 12, Scope.all())).isEmpty();
		List<Alerts.Alert> found = of(id, Alerts.Kind.TERM_ENDING, from, 13, Scope.all());
		assertThat(found).singleElement().satisfies(a -> {
			assertThat(a.actionDate()).isEqualTo(LocalDate.of(2026, 1, 14));
			assertThat(a.dueDate()).isEqualTo(LocalDate.of(2026, 6, 1));
			assertThat(a.draftType()).isEqualTo(DecisionType.REAPPOINTMENT);
			assertThat(a.unitName()).isEqualTo(t.a().name());
		});
		// other scopes do not see it
		assertThat(of(id, Alerts.Kind.TERM_ENDING, from, 13, Scope.of(t.b().id()))).isEmpty();
		// the draft from the alert: a reappointment of that post, effective at the term's
		// end
		Alerts.Alert a = found.get(0);
		Decision draft = alerts.draft(a.kind(), id, a.positionId(), a.sourceDecisionId(), a.dueDate(), Scope.all());
		assertThat(draft.type()).isEqualTo(DecisionType.REAPPOINTMENT);
		assertThat(draft.status()).isEqualTo(DecisionStatus.DRAFT);
		assertThat(draft.effectiveOn()).isEqualTo(LocalDate.of(2026, 6, 1));
		assertThat(draft.subjects().get(0).titleCode()).isEqualTo("PHO_CHU_TICH_UBND");
		assertThat(draft.number()).isNull();
	}

	/**
	 * Recorded swapped days off push the action date more than 140 calendar days before
	 * the term's end: the alert is still found (issue 13, point 6).
	 */
	@Test
	void termEndingAlertCountsRecordedSwaps() {
		CareerFixture.Tree t = fx.tree();
		long id = fx.person("Hà Văn Tâm", t.a().id());
		issue(CareerFixture.draft(DecisionType.APPOINTMENT, LocalDate.of(2021, 6, 1),
				DecisionSubject.post(id, t.a().id(), "PHO_CHU_TICH_UBND", null).withHigherPost(false)));
		for (int day = 23; day <= 25; day++) {
			holidays.add(2026, new Holidays.Entry(LocalDate.of(2026, 2, day), "Nghỉ hoán đổi Tết",
					Holiday.Kind.SWAPPED_DAY_OFF, "Thông báo của Thủ tướng (thử)"));
		}
		// 14/1/2026 less three working days = Friday 9/1/2026, 143 days before 1/6/2026
		LocalDate from = LocalDate.of(2026, 1, 1);
		assertThat(of(id, Alerts.Kind.TERM_ENDING, from, 7, Scope.all())).isEmpty();
		assertThat(of(id, Alerts.Kind.TERM_ENDING, from, 8, Scope.all())).singleElement()
			.satisfies(a -> assertThat(a.actionDate()).isEqualTo(LocalDate.of(2026, 1, 9)));
	}

	@Test
	void retirementAlertFromTheNoticeDate() {
		CareerFixture.Tree t = fx.tree();
		long id = fx.person("Lưu Văn Vinh", Gender.MALE, PartialDate.ofMonth(1964, 10), t.a().id(), 9,
				LocalDate.of(2020, 1, 1));
		LocalDate from = LocalDate.of(2025, 10, 1);
		assertThat(of(id, Alerts.Kind.RETIREMENT, from, 30, Scope.all())).isEmpty();
		assertThat(of(id, Alerts.Kind.RETIREMENT, from, 31, Scope.all())).singleElement().satisfies(a -> {
			assertThat(a.dueDate()).isEqualTo(LocalDate.of(2026, 5, 1));
			assertThat(a.actionDate()).isEqualTo(LocalDate.of(2025, 11, 1));
			assertThat(a.detail()).contains("61 tuổi 6 tháng", "01/02/2026");
		});
		Decision draft = alerts.draft(Alerts.Kind.RETIREMENT, id, null, null, LocalDate.of(2026, 5, 1), Scope.all());
		assertThat(draft.type()).isEqualTo(DecisionType.RETIREMENT);
	}

	@Test
	void salaryRaiseRotationAndProbationAlerts() {
		CareerFixture.Tree t = fx.tree();
		long id = fx.person("Quách Văn Xuân", Gender.MALE, PartialDate.ofYear(1985), t.a().id(), 3,
				LocalDate.of(2023, 6, 1));
		LocalDate from = LocalDate.of(2026, 1, 1);
		assertThat(of(id, Alerts.Kind.SALARY_RAISE, from, 150, Scope.all())).isEmpty();
		assertThat(of(id, Alerts.Kind.SALARY_RAISE, from, 151, Scope.all())).singleElement()
			.satisfies(a -> assertThat(a.dueDate()).isEqualTo(LocalDate.of(2026, 6, 1)));
		Decision raise = alerts.draft(Alerts.Kind.SALARY_RAISE, id, null, null, LocalDate.of(2026, 6, 1), Scope.all());
		assertThat(raise.subjects().get(0).step()).isEqualTo(4);

		long rotated = fx.person("Kiều Văn Yên", Gender.MALE, PartialDate.ofYear(1985), t.a().id(), 3,
				LocalDate.of(2023, 6, 1));
		issue(CareerFixture
			.draft(DecisionType.ROTATION, LocalDate.of(2026, 1, 1),
					DecisionSubject.post(rotated, t.b().id(), "PHO_CHU_TICH_UBND", null))
			.withEndOn(LocalDate.of(2029, 1, 1)));
		assertThat(of(rotated, Alerts.Kind.ROTATION_ENDING, LocalDate.of(2028, 12, 1), 30, Scope.all())).isEmpty();
		assertThat(of(rotated, Alerts.Kind.ROTATION_ENDING, LocalDate.of(2028, 12, 1), 31, Scope.all())).hasSize(1);
		Alerts.Alert back = of(rotated, Alerts.Kind.ROTATION_ENDING, LocalDate.of(2028, 12, 1), 31, Scope.all()).get(0);
		Decision ret = alerts.draft(back.kind(), rotated, null, back.sourceDecisionId(), back.dueDate(), Scope.all());
		assertThat(ret.type()).isEqualTo(DecisionType.TRANSFER);
		assertThat(ret.subjects().get(0).unitId()).isEqualTo(t.a().id());

		long recruit = fx.person("Mạc Thị Yến", Gender.FEMALE, PartialDate.ofYear(1990), t.b().id(), 1,
				LocalDate.of(2024, 1, 1));
		issue(CareerFixture.draft(DecisionType.RECRUITMENT, LocalDate.of(2025, 1, 1),
				DecisionSubject.post(recruit, t.a().id(), "CHUYEN_VIEN", null)));
		assertThat(of(recruit, Alerts.Kind.PROBATION_ENDING, LocalDate.of(2025, 12, 1), 30, Scope.all())).isEmpty();
		assertThat(of(recruit, Alerts.Kind.PROBATION_ENDING, LocalDate.of(2025, 12, 1), 31, Scope.all()))
			.singleElement()
			.satisfies(a -> assertThat(a.dueDate()).isEqualTo(LocalDate.of(2026, 1, 1)));
	}

	@Test
	void movementCountsByPeriodWithDrillDown() {
		CareerFixture.Tree t = fx.tree();
		Scope province = Scope.of(t.province().id());
		long p1 = fx.person("Âu Văn Một", t.a().id());
		long p2 = fx.person("Âu Văn Hai", t.a().id());
		long p3 = fx.person("Âu Văn Ba", t.b().id());
		issue(CareerFixture.draft(DecisionType.TRANSFER, LocalDate.of(2025, 2, 1),
				DecisionSubject.post(p1, t.b().id(), "CHUYEN_VIEN", null),
				DecisionSubject.post(p2, t.b().id(), "CHUYEN_VIEN", null)));
		issue(CareerFixture.draft(DecisionType.TRANSFER, LocalDate.of(2025, 5, 1),
				DecisionSubject.post(p1, t.a().id(), "CHUYEN_VIEN", null)));
		issue(CareerFixture.draft(DecisionType.APPOINTMENT, LocalDate.of(2025, 6, 1),
				DecisionSubject.post(p3, t.b().id(), "PHO_CHU_TICH_UBND", null).withHigherPost(false)));
		Decision revoked = issue(CareerFixture.draft(DecisionType.ASSIGNMENT, LocalDate.of(2025, 6, 15),
				DecisionSubject.post(p2, t.b().id(), "CAN_SU", null)));
		decisions.revoke(revoked.id(), new DecisionService.Revocation("TH-" + CareerFixture.key(),
				LocalDate.of(2025, 7, 1), "UBND tỉnh Thử", null, null, null), Scope.all());
		issue(CareerFixture.draft(DecisionType.REAPPOINTMENT, LocalDate.of(2025, 12, 1), DecisionSubject.ofPosition(p3,
				people.get(p3, LocalDate.of(2025, 11, 30), Scope.all()).mainPosition().id())));

		Movements.Report h1 = movements.report(province, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));
		assertThat(h1.counts())
			.extracting(Movements.TypeCount::type, Movements.TypeCount::persons, Movements.TypeCount::occurrences)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(DecisionType.TRANSFER, 2L, 3L),
					org.assertj.core.groups.Tuple.tuple(DecisionType.APPOINTMENT, 1L, 1L));
		assertThat(h1.phrase()).isEqualTo("điều động 3, bổ nhiệm 1");
		Movements.Report year = movements.report(province, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
		assertThat(year.phrase()).isEqualTo("điều động 3, bổ nhiệm, bổ nhiệm lại 2");
		assertThat(movements
			.drillDown(province, DecisionType.TRANSFER, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), 0, 20)
			.items()).hasSize(2);
		// another province's officer sees none of it
		UnitView other = fx.tree().province();
		assertThat(
				movements.report(Scope.of(other.id()), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)).counts())
			.isEmpty();
		assertThatThrownBy(() -> movements.report(province, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1)))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors().get(0).message()).isEqualTo("Đến ngày phải từ ngày bắt đầu trở về sau"));
	}

}

package vn.canbo.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.people.Gender;
import vn.canbo.people.HistoryKind;
import vn.canbo.people.PersonService;
import vn.canbo.people.RetirementCategory;
import vn.canbo.people.RetirementCategoryFact;
import vn.canbo.rules.RuleResult;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * The retirement category recorded on the dossier (issue 13, point 9): refused beyond the
 * maximum in force, and the age gate of a decision uses the person's own statutory age.
 */
@SpringBootTest
@Transactional
class RetirementCategoryDecisionTest {

	@Autowired
	DecisionService decisions;

	@Autowired
	CareerFixture fx;

	@Autowired
	PersonService people;

	@Autowired
	Alerts alerts;

	private List<Alerts.Alert> retirementAlerts(long personId, LocalDate from, int days) {
		return alerts.list(Scope.all(), from, days, Alerts.Kind.RETIREMENT)
			.stream()
			.filter(a -> a.personId() == personId)
			.toList();
	}

	/**
	 * The retirement alert follows the person's own date: a man of 52 with hazardous work
	 * (5 years earlier) is due at 57, six months' notice before; a woman leader (5 years
	 * later) is not due at her normal date.
	 */
	@Test
	void alertsFollowTheCategory() {
		CareerFixture.Tree t = fx.tree();
		long man = fx.person("Lâm Văn Sơn", Gender.MALE, PartialDate.ofMonth(1971, 4), t.a().id(), 5,
				LocalDate.of(2020, 1, 1));
		people.add(man, HistoryKind.RETIREMENT_CATEGORY,
				fact(RetirementCategory.HEAVY_HAZARDOUS, 60, LocalDate.of(2021, 1, 1)), Scope.all());
		// due 1/5/2028, notice by 1/11/2027
		LocalDate from = LocalDate.of(2027, 10, 1);
		assertThat(retirementAlerts(man, from, 30)).isEmpty();
		assertThat(retirementAlerts(man, from, 31)).singleElement().satisfies(a -> {
			assertThat(a.dueDate()).isEqualTo(LocalDate.of(2028, 5, 1));
			assertThat(a.detail()).contains("57 tuổi");
		});
		long woman = fx.person("Vũ Thị Hạnh", Gender.FEMALE, PartialDate.ofMonth(1970, 1), t.a().id(), 5,
				LocalDate.of(2020, 1, 1));
		// normally due 1/6/2027 (notice 1/12/2026)
		LocalDate dec2026 = LocalDate.of(2026, 11, 15);
		assertThat(retirementAlerts(woman, dec2026, 30)).hasSize(1);
		people.add(woman, HistoryKind.RETIREMENT_CATEGORY,
				fact(RetirementCategory.WOMAN_LEADER, 60, LocalDate.of(2021, 1, 1)), Scope.all());
		assertThat(retirementAlerts(woman, dec2026, 30)).isEmpty();
		// her own date: 1/10/2034, notice by 1/4/2034
		assertThat(retirementAlerts(woman, LocalDate.of(2034, 3, 15), 30)).singleElement()
			.satisfies(a -> assertThat(a.dueDate()).isEqualTo(LocalDate.of(2034, 10, 1)));
	}

	static RetirementCategoryFact fact(RetirementCategory c, Integer months, LocalDate from) {
		return new RetirementCategoryFact(null, c, months, from, null, "Quyết định số 12/QĐ-UBND", null);
	}

	private List<RuleResult> appointment(long person, long unit, LocalDate on) {
		Decision d = decisions.create(CareerFixture.draft(DecisionType.APPOINTMENT, on,
				DecisionSubject.post(person, unit, "PHO_CHU_TICH_UBND", null)), Scope.all());
		return decisions.check(d.id(), Scope.all());
	}

	@Test
	void womanLeaderRetiresLaterAndPassesTheAgeGate() {
		CareerFixture.Tree t = fx.tree();
		// born 01/1970: normally 57y4m, retiring 1/6/2027; on 1/6/2024 only 35 months
		// left
		long woman = fx.person("Trần Thị Hoa", Gender.FEMALE, PartialDate.ofMonth(1970, 1), t.a().id(), 5,
				LocalDate.of(2020, 1, 1));
		LocalDate on = LocalDate.of(2024, 6, 1);
		assertThat(appointment(woman, t.a().id(), on)).anyMatch(r -> r.ruleId().equals("APP-04") && r.blocks());
		people.add(woman, HistoryKind.RETIREMENT_CATEGORY,
				fact(RetirementCategory.WOMAN_LEADER, 60, LocalDate.of(2022, 1, 1)), Scope.all());
		assertThat(people.get(woman, on, Scope.all()).retirementAdjustMonths(on)).isEqualTo(60);
		assertThat(people.get(woman, on, Scope.all()).retirementAdjustMonths(LocalDate.of(2021, 12, 31))).isZero();
		assertThat(appointment(woman, t.a().id(), on)).anyMatch(r -> r.ruleId().equals("APP-04") && r.passed());
	}

	@Test
	void hazardousWorkRetiresEarlierAndFailsTheAgeGate() {
		CareerFixture.Tree t = fx.tree();
		// born 04/1971: normally 62 (1/5/2033); hazardous 5 years earlier: 57 (1/5/2028)
		long man = fx.person("Lý Văn Cường", Gender.MALE, PartialDate.ofMonth(1971, 4), t.a().id(), 5,
				LocalDate.of(2020, 1, 1));
		LocalDate on = LocalDate.of(2026, 1, 1);
		assertThat(appointment(man, t.a().id(), on)).anyMatch(r -> r.ruleId().equals("APP-04") && r.passed());
		people.add(man, HistoryKind.RETIREMENT_CATEGORY,
				fact(RetirementCategory.HEAVY_HAZARDOUS, 60, LocalDate.of(2025, 1, 1)), Scope.all());
		assertThat(appointment(man, t.a().id(), on)).anyMatch(r -> r.ruleId().equals("APP-04") && r.blocks());
	}

	/**
	 * Extension to retirement: allowed and ending at the person's own retirement date
	 * (hazardous work, 5 years earlier).
	 */
	@Test
	void extensionEndsAtTheOwnRetirementDate() {
		CareerFixture.Tree t = fx.tree();
		// born 01/1971: normally 62 (1/2/2033); hazardous: 56y9m, retiring 1/11/2027
		long id = fx.person("Phan Văn Lộc", Gender.MALE, PartialDate.ofMonth(1971, 1), t.a().id(), 5,
				LocalDate.of(2020, 1, 1));
		people.add(id, HistoryKind.RETIREMENT_CATEGORY,
				fact(RetirementCategory.HEAVY_HAZARDOUS, 60, LocalDate.of(2021, 1, 1)), Scope.all());
		decisions.issue(decisions
			.create(CareerFixture.draft(DecisionType.APPOINTMENT, LocalDate.of(2021, 3, 1),
					DecisionSubject.post(id, t.a().id(), "TRUONG_PHONG", null).withHigherPost(false)), Scope.all())
			.id(), null, Scope.all());
		long pos = people.get(id, LocalDate.of(2026, 2, 1), Scope.all()).mainPosition().id();
		Decision ext = decisions.issue(decisions.create(CareerFixture.draft(DecisionType.EXTENSION_TO_RETIREMENT,
				LocalDate.of(2026, 3, 1), DecisionSubject.ofPosition(id, pos)), Scope.all())
			.id(), null, Scope.all());
		assertThat(ext.checks()).allMatch(RuleResult::passed);
		assertThat(people.get(id, LocalDate.of(2026, 3, 1), Scope.all()).mainPosition().termEnd())
			.isEqualTo(LocalDate.of(2027, 11, 1));
	}

	@Test
	void monthsBeyondTheMaximumAreRefused() {
		CareerFixture.Tree t = fx.tree();
		long p = fx.person("Đỗ Văn Nam", t.a().id());
		LocalDate from = LocalDate.of(2024, 1, 1);
		for (RetirementCategory c : RetirementCategory.values()) {
			for (Integer bad : new Integer[] { 61, 0, -1, null }) {
				assertThatThrownBy(
						() -> people.add(p, HistoryKind.RETIREMENT_CATEGORY, fact(c, bad, from), Scope.all()))
					.as("%s %s", c, bad)
					.isInstanceOfSatisfying(ValidationException.class,
							e -> assertThat(e.errors()).anyMatch(x -> x.field().endsWith("months")));
			}
		}
		assertThatThrownBy(() -> people.add(p, HistoryKind.RETIREMENT_CATEGORY, fact(null, 12, from), Scope.all()))
			.isInstanceOf(ValidationException.class);
		assertThatThrownBy(() -> people.add(p, HistoryKind.RETIREMENT_CATEGORY,
				fact(RetirementCategory.HIGH_EXPERT, 12, null), Scope.all()))
			.isInstanceOf(ValidationException.class);
		people.add(p, HistoryKind.RETIREMENT_CATEGORY, fact(RetirementCategory.HIGH_EXPERT, 60, from), Scope.all());
		people.add(p, HistoryKind.RETIREMENT_CATEGORY, fact(RetirementCategory.DIFFICULT_AREA, 1, from.plusYears(1)),
				Scope.all());
		LocalDate later = LocalDate.of(2026, 1, 1);
		// the latest category in force counts
		assertThat(people.get(p, later, Scope.all()).retirementAdjustMonths(later)).isEqualTo(-1);
	}

}

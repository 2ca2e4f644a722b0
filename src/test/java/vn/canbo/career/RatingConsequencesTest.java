package vn.canbo.career;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.evaluation.Rating;
import vn.canbo.people.Discipline;
import vn.canbo.people.DisciplineKind;
import vn.canbo.people.Gender;
import vn.canbo.people.HistoryKind;
import vn.canbo.people.PersonCategory;
import vn.canbo.people.PersonService;
import vn.canbo.rules.RuleResult;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;

/**
 * The consequences of final ratings in career (issue 15): KHTNV years delay the regular
 * raise (+6 each, cumulative with discipline; a year outside the period or not final does
 * not count), two consecutive KHTNV years raise an alert, an appointment of someone rated
 * KHTNV in the last rated year warns. Ratings are made through the evaluation API.
 */
@SpringBootTest
@Transactional
class RatingConsequencesTest {

	@Autowired
	DecisionService decisions;

	@Autowired
	CareerFixture fx;

	@Autowired
	RatingsFixture ratings;

	@Autowired
	PersonService people;

	@Autowired
	Alerts alerts;

	static final LocalDate RAISE = LocalDate.of(2023, 1, 1); // step 3 from 1/1/2020, 36
																// months

	/** The regular raise check of the person on the day (SAL-01). */
	RuleResult raise(long id, LocalDate day, int typed) {
		Decision d = decisions.create(CareerFixture.draft(DecisionType.SALARY_STEP_REGULAR, day,
				DecisionSubject.salary(id, "01.003", 4).withIncompleteYears(typed)), Scope.all());
		return decisions.check(d.id(), Scope.all())
			.stream()
			.filter(x -> x.ruleId().equals("SAL-01"))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * One person alone in a new tree, with final ratings of 2019–2022 (GOOD unless
	 * given).
	 */
	long rated(String name, Map<Integer, Rating> byYear, boolean finalise) {
		CareerFixture.Tree t = fx.tree();
		long id = fx.person(name, t.a().id());
		for (int y = 2019; y <= 2022; y++) {
			ratings.year(t.province().id(), y, Map.of(id, byYear.getOrDefault(y, Rating.GOOD)), finalise);
		}
		return id;
	}

	@Test
	void incompleteYearsDelayTheRaiseSixMonthsEach() {
		long none = rated("Hà Văn Một", Map.of(), true);
		assertThat(raise(none, RAISE, 0).passed()).isTrue();
		long one = rated("Hà Văn Hai", Map.of(2021, Rating.INCOMPLETE), true);
		RuleResult r1 = raise(one, RAISE, 0);
		assertThat(r1.blocks()).isTrue();
		assertThat(r1.message()).contains("kéo dài 6 tháng").contains("01/07/2023");
		assertThat(raise(one, LocalDate.of(2023, 7, 1), 0).passed()).isTrue();
		long two = rated("Hà Văn Ba", Map.of(2020, Rating.INCOMPLETE, 2022, Rating.INCOMPLETE), true);
		assertThat(raise(two, LocalDate.of(2023, 12, 31), 0).message()).contains("kéo dài 12 tháng");
		assertThat(raise(two, LocalDate.of(2024, 1, 1), 0).passed()).isTrue();
	}

	@Test
	void incompleteAndReprimandAddUp() {
		long id = rated("Hà Văn Bốn", Map.of(2021, Rating.INCOMPLETE), true);
		people.add(
				id, HistoryKind.DISCIPLINE, new Discipline(null, DisciplineKind.ADMINISTRATIVE, "KHIEN_TRACH",
						LocalDate.of(2021, 5, 1), LocalDate.of(2021, 5, 1), null, "UBND", "Vi phạm", "03/QĐ-KL"),
				Scope.all());
		assertThat(raise(id, LocalDate.of(2023, 12, 31), 0).message()).contains("kéo dài 12 tháng");
		assertThat(raise(id, LocalDate.of(2024, 1, 1), 0).passed()).isTrue();
	}

	@Test
	void aYearOutsideThePeriodOrNotFinalDoesNotCount() {
		long before = rated("Hà Văn Năm", Map.of(2019, Rating.INCOMPLETE), true);
		assertThat(raise(before, RAISE, 0).passed()).isTrue();
		long open = rated("Hà Văn Sáu", Map.of(2021, Rating.INCOMPLETE), false);
		assertThat(raise(open, RAISE, 0).passed()).isTrue();
	}

	@Test
	void typedYearsCountOnlyWhereNoRatingExists() {
		long allRated = rated("Hà Văn Bảy", Map.of(), true);
		assertThat(raise(allRated, RAISE, 1).passed()).isTrue(); // ratings win
		CareerFixture.Tree t = fx.tree();
		long legacy = fx.person("Hà Văn Tám", t.a().id()); // no evaluation at all
		assertThat(raise(legacy, RAISE, 1).message()).contains("kéo dài 6 tháng");
	}

	List<Alerts.Alert> alertsOf(long personId) {
		return alerts.list(Scope.all(), LocalDate.of(2026, 2, 1), 30, Alerts.Kind.INCOMPLETE_RATINGS)
			.stream()
			.filter(a -> a.personId() == personId)
			.toList();
	}

	@Test
	void twoConsecutiveIncompleteYearsRaiseTheAlert() {
		CareerFixture.Tree t = fx.tree();
		long consecutive = fx.person("Lê Thị Liền", Gender.FEMALE, PartialDate.of(LocalDate.of(1982, 3, 4)), t.a().id(),
				3, LocalDate.of(2020, 1, 1));
		long apart = fx.person("Lê Thị Cách", Gender.FEMALE, PartialDate.of(LocalDate.of(1982, 3, 5)), t.a().id(), 3,
				LocalDate.of(2020, 1, 1));
		long cadre = fx.person("Lê Văn Bộ", Gender.MALE, PartialDate.of(LocalDate.of(1975, 6, 7)), PersonCategory.CADRE,
				t.b().id(), "PHO_CHU_TICH_UBND", 3, LocalDate.of(2020, 1, 1));
		long root = t.province().id();
		ratings.year(root, 2023, Map.of(apart, Rating.INCOMPLETE, consecutive, Rating.GOOD, cadre, Rating.GOOD), true);
		ratings.year(root, 2024, Map.of(consecutive, Rating.INCOMPLETE, apart, Rating.GOOD, cadre, Rating.INCOMPLETE),
				true);
		ratings.year(root, 2025,
				Map.of(consecutive, Rating.INCOMPLETE, apart, Rating.INCOMPLETE, cadre, Rating.INCOMPLETE), true);
		assertThat(alertsOf(apart)).isEmpty();
		List<Alerts.Alert> civil = alertsOf(consecutive);
		assertThat(civil).singleElement().satisfies(a -> {
			assertThat(a.draftType()).isEqualTo(DecisionType.RESIGNATION);
			assertThat(a.detail()).contains("2 năm liên tiếp (2024, 2025)").contains("buộc thôi việc");
			assertThat(a.dueDate()).isEqualTo(LocalDate.of(2025, 12, 31));
		});
		assertThat(alertsOf(cadre)).singleElement().satisfies(a -> {
			assertThat(a.draftType()).isEqualTo(DecisionType.DISMISSAL);
			assertThat(a.detail()).contains("miễn nhiệm");
		});
		Decision draft = alerts.draft(Alerts.Kind.INCOMPLETE_RATINGS, cadre, null, null, LocalDate.of(2026, 2, 1),
				Scope.all());
		assertThat(draft.type()).isEqualTo(DecisionType.DISMISSAL);
		assertThat(draft.subjects().get(0).positionId()).isNotNull();
	}

	@Test
	void aStreakEndingLastYearIsNotTheLatestOnceThisYearIsRated() {
		CareerFixture.Tree t = fx.tree();
		long recovered = fx.person("Lê Thị Hồi", Gender.FEMALE, PartialDate.of(LocalDate.of(1983, 3, 4)), t.a().id(), 3,
				LocalDate.of(2020, 1, 1));
		// in a tree of her own: the fixture rates every subject of the campaign's tree
		CareerFixture.Tree t2 = fx.tree();
		long still = fx.person("Lê Thị Vẫn", Gender.FEMALE, PartialDate.of(LocalDate.of(1983, 3, 5)), t2.a().id(), 3,
				LocalDate.of(2020, 1, 1));
		long root = t.province().id();
		for (int y = 2024; y <= 2025; y++) {
			ratings.year(root, y, Map.of(recovered, Rating.INCOMPLETE), true);
			ratings.year(t2.province().id(), y, Map.of(still, Rating.INCOMPLETE), true);
		}
		ratings.year(root, 2026, Map.of(recovered, Rating.GOOD), true);
		assertThat(alertsOf(recovered)).isEmpty();
		assertThat(alertsOf(still)).singleElement()
			.satisfies(a -> assertThat(a.detail()).contains("2 năm liên tiếp (2024, 2025)"));
	}

	@Test
	void appointmentWarnsWhenTheLastRatedYearIsIncomplete() {
		CareerFixture.Tree t = fx.tree();
		long lastYear = fx.person("Trần Văn Gần", t.a().id());
		long twoYearsAgo = fx.person("Trần Văn Xa", t.a().id());
		long root = t.province().id();
		ratings.year(root, 2024, Map.of(twoYearsAgo, Rating.INCOMPLETE, lastYear, Rating.GOOD), true);
		ratings.year(root, 2025, Map.of(lastYear, Rating.INCOMPLETE, twoYearsAgo, Rating.GOOD), true);
		LocalDate day = LocalDate.of(2026, 3, 1);
		Decision a = decisions.create(
				CareerFixture.draft(DecisionType.APPOINTMENT, day,
						DecisionSubject.post(lastYear, t.a().id(), "PHO_CHU_TICH_UBND", null).withHigherPost(false)),
				Scope.all());
		assertThat(decisions.check(a.id(), Scope.all())).singleElement().satisfies(x -> {
			assertThat(x.ruleId()).isEqualTo("APP-14");
			assertThat(x.warns()).isTrue();
			assertThat(x.message()).contains("Trần Văn Gần").contains("2025");
		});
		Decision b = decisions.create(
				CareerFixture.draft(DecisionType.APPOINTMENT, day,
						DecisionSubject.post(twoYearsAgo, t.a().id(), "PHO_CHU_TICH_UBND", null).withHigherPost(false)),
				Scope.all());
		assertThat(decisions.check(b.id(), Scope.all())).noneMatch(x -> x.ruleId().equals("APP-14"));
	}

}

package vn.canbo.career;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.evaluation.Rating;
import vn.canbo.people.Discipline;
import vn.canbo.people.DisciplineKind;
import vn.canbo.people.HistoryKind;
import vn.canbo.people.PersonService;
import vn.canbo.rules.RuleResult;
import vn.canbo.shared.Scope;

/**
 * The SALARY_RAISE alert applies the delays of the decision check SAL-01 (issue 15,
 * regulations §3.6): a KHTNV year or a khiển trách decided in the raise period moves the
 * due date 6 months later and the detail says why; a revoked discipline does not delay;
 * the alert's date is the first date the decision check accepts. The delay messages name
 * the discipline form from the catalog in the session language, never its code.
 */
@SpringBootTest
@Transactional
class RaiseAlertDelaysTest {

	@Autowired
	Alerts alerts;

	@Autowired
	DecisionService decisions;

	@Autowired
	CareerFixture fx;

	@Autowired
	RatingsFixture ratings;

	@Autowired
	PersonService people;

	/** Step 3 of rank 01.003 from 1/1/2020 (36 months): undelayed due 1/1/2023. */
	static final LocalDate UNDELAYED = LocalDate.of(2023, 1, 1);

	@AfterEach
	void vietnamese() {
		LocaleContextHolder.resetLocaleContext();
	}

	/** One person alone in a new tree, rated GOOD 2020–2022 unless given. */
	long person(String name, Map<Integer, Rating> byYear) {
		CareerFixture.Tree t = fx.tree();
		long id = fx.person(name, t.a().id());
		for (int y = 2020; y <= 2022; y++) {
			ratings.year(t.province().id(), y, Map.of(id, byYear.getOrDefault(y, Rating.GOOD)), true);
		}
		return id;
	}

	Discipline reprimand(long id) {
		return people.add(
				id, HistoryKind.DISCIPLINE, new Discipline(null, DisciplineKind.ADMINISTRATIVE, "KHIEN_TRACH",
						LocalDate.of(2021, 5, 1), LocalDate.of(2021, 5, 1), null, "UBND", "Vi phạm", "9/QĐ-KL"),
				Scope.all());
	}

	Alerts.Alert alert(long id) {
		List<Alerts.Alert> found = alerts.list(Scope.all(), LocalDate.of(2022, 12, 1), 420, Alerts.Kind.SALARY_RAISE)
			.stream()
			.filter(a -> a.personId() == id)
			.toList();
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	RuleResult check(long id, LocalDate day) {
		Decision d = decisions.create(
				CareerFixture.draft(DecisionType.SALARY_STEP_REGULAR, day, DecisionSubject.salary(id, "01.003", 4)),
				Scope.all());
		return decisions.check(d.id(), Scope.all())
			.stream()
			.filter(x -> x.ruleId().equals("SAL-01"))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void noDelayTheAlertIsDueAfterTheInterval() {
		Alerts.Alert a = alert(person("Lò Văn Đúng", Map.of()));
		assertThat(a.dueDate()).isEqualTo(UNDELAYED);
		assertThat(a.detail()).doesNotContain("kéo dài");
	}

	@Test
	void anIncompleteYearDelaysTheAlertSixMonths() {
		long id = person("Lò Văn Chậm", Map.of(2021, Rating.INCOMPLETE));
		Alerts.Alert a = alert(id);
		assertThat(a.dueDate()).isEqualTo(LocalDate.of(2023, 7, 1));
		assertThat(a.detail()).contains("01/07/2023",
				"kéo dài 6 tháng do Không hoàn thành nhiệm vụ năm 2021 (6 tháng)");
		// the decision check agrees: blocked the day before, accepted on the alert's date
		assertThat(check(id, a.dueDate().minusDays(1)).passed()).isFalse();
		assertThat(check(id, a.dueDate()).passed()).isTrue();
	}

	@Test
	void aReprimandDelaysTheAlertSixMonthsAndIsNamedFromTheCatalog() {
		long id = person("Lò Văn Khiển", Map.of());
		reprimand(id);
		Alerts.Alert a = alert(id);
		assertThat(a.dueDate()).isEqualTo(LocalDate.of(2023, 7, 1));
		assertThat(a.detail()).contains("kéo dài 6 tháng do Kỷ luật Khiển trách").doesNotContain("KHIEN_TRACH");
		RuleResult blocked = check(id, a.dueDate().minusDays(1));
		assertThat(blocked.passed()).isFalse();
		assertThat(blocked.message()).contains("Kỷ luật Khiển trách").doesNotContain("KHIEN_TRACH");
		assertThat(check(id, a.dueDate()).passed()).isTrue();
	}

	@Test
	void aReprimandAndAnIncompleteYearAddUp() {
		long id = person("Lò Văn Cộng", Map.of(2022, Rating.INCOMPLETE));
		reprimand(id);
		Alerts.Alert a = alert(id);
		assertThat(a.dueDate()).isEqualTo(LocalDate.of(2024, 1, 1));
		assertThat(a.detail()).contains(
				"kéo dài 12 tháng do Kỷ luật Khiển trách (6 tháng); Không hoàn thành nhiệm vụ năm 2022 (6 tháng)");
		assertThat(check(id, LocalDate.of(2023, 12, 31)).message()).contains("kéo dài 12 tháng do Kỷ luật Khiển trách");
	}

	@Test
	void aRevokedReprimandDoesNotDelay() {
		long id = person("Lò Văn Hủy", Map.of());
		Discipline d = reprimand(id);
		people.revokeDiscipline(id, d.id(),
				new Discipline.Revocation("15/QĐ-UBND", LocalDate.of(2022, 6, 1), "Chủ tịch UBND tỉnh", "Khiếu nại"),
				Scope.all());
		Alerts.Alert a = alert(id);
		assertThat(a.dueDate()).isEqualTo(UNDELAYED);
		assertThat(a.detail()).doesNotContain("kéo dài");
		assertThat(check(id, UNDELAYED).passed()).isTrue();
	}

	@Test
	void theFormIsNamedInTheSessionLanguage() {
		long id = person("Lò Văn Anh", Map.of());
		reprimand(id);
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(alert(id).detail()).contains("extended by 6 months for Discipline Reprimand (6 months)");
		assertThat(check(id, LocalDate.of(2023, 6, 30)).message()).contains("Discipline Reprimand")
			.doesNotContain("KHIEN_TRACH");
	}

}

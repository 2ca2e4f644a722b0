package vn.canbo.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.people.Gender;
import vn.canbo.people.NewPerson;
import vn.canbo.people.PersonCategory;
import vn.canbo.people.PersonData;
import vn.canbo.people.PersonService;
import vn.canbo.people.Position;
import vn.canbo.people.Salary;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;

/**
 * Alerts are complete at a scope far larger than any former row limit (2,000): 2,600 men
 * born in 1966 (older than everyone due, none due in the window, salaries long past their
 * raise) and a few women due to retire and due a raise; every due person is listed, the
 * counts are exact and the pages consistent (issue 13, point 1).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class AlertsAtScaleTest {

	static final LocalDate FROM = LocalDate.of(2026, 1, 1);

	static final int DAYS = 365; // to 1/1/2027; notice 6 months: retirements to 1/7/2027

	@Autowired
	CareerFixture fx;

	@Autowired
	PersonService people;

	@Autowired
	Alerts alerts;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private static NewPerson person(String name, Gender g, LocalDate born, long unit, int step, LocalDate stepFrom) {
		return new NewPerson(
				PersonData.basic(PersonCategory.CIVIL_SERVANT, name, g,
						PartialDate.ofMonth(born.getYear(), born.getMonthValue())),
				Position.main(unit, "CHUYEN_VIEN", null, LocalDate.of(2010, 1, 1)),
				Salary.of("01.003", step, new BigDecimal(step == 2 ? "2.67" : "3.00"), stepFrom), List.of());
	}

	/** Names hold letters only: 0 → "A", 27 → "Bb"… */
	static String letters(int n) {
		StringBuilder b = new StringBuilder();
		int x = n;
		do {
			b.append((char) ('a' + x % 26));
			x /= 26;
		}
		while (x > 0);
		b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
		return b.toString();
	}

	@Test
	void everyDuePersonIsListedInALargeScope() throws Exception {
		CareerFixture.Tree t = fx.tree();
		long unit = t.a().id();
		List<NewPerson> batch = new ArrayList<>();
		for (int i = 0; i < 2600; i++) {
			// men born in 1966 retire in 11/2027–2028: notice after the window
			batch.add(person("Trần Văn Lão " + letters(i), Gender.MALE, LocalDate.of(1966, 1 + i % 12, 1), unit, 2,
					LocalDate.of(2012, 1, 1)));
		}
		people.createAll(batch);
		// women: retirement dates 1/7/2026 … 1/7/2027 (the last one's notice on 1/1/2027,
		// the window's last day); born 03/1970: notice 1/2/2027, not due
		int[][] due = { { 1969, 6 }, { 1969, 9 }, { 1969, 12 }, { 1970, 1 }, { 1970, 2 } };
		List<NewPerson> women = new ArrayList<>();
		for (int[] b : due) {
			women.add(person("Lê Thị Đến " + letters(b[0] * 12 + b[1]), Gender.FEMALE, LocalDate.of(b[0], b[1], 1),
					unit, 3, LocalDate.of(2023, 6, 1)));
		}
		women.add(person("Lê Thị Chưa", Gender.FEMALE, LocalDate.of(1970, 3, 1), unit, 3, LocalDate.of(2023, 6, 1)));
		List<Long> womenIds = people.createAll(women);
		// planner statistics as after an import (autovacuum's analyze), as
		// PersonSearchTest
		jdbc.sql("analyze person, person_position, person_salary").update();
		Set<Long> dueIds = new HashSet<>(womenIds.subList(0, due.length));

		Scope scope = Scope.of(unit);
		List<Alerts.Alert> retirements = alerts.list(scope, FROM, DAYS, Alerts.Kind.RETIREMENT);
		assertThat(retirements).extracting(Alerts.Alert::personId).containsExactlyInAnyOrderElementsOf(dueIds);
		assertThat(retirements).extracting(Alerts.Alert::dueDate)
			.contains(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 7, 1));
		// every woman's raise is due on 1/6/2026 (36 months); no man's
		List<Alerts.Alert> raises = alerts.list(scope, FROM, DAYS, Alerts.Kind.SALARY_RAISE);
		assertThat(raises).extracting(Alerts.Alert::personId).containsExactlyInAnyOrderElementsOf(womenIds);

		// pages of 4: no duplicate, no loss, exact total and counts
		List<Alerts.Alert> all = alerts.list(scope, FROM, DAYS, null);
		assertThat(all).hasSize(11);
		List<Alerts.Alert> paged = new ArrayList<>();
		for (int p = 0; p < 3; p++) {
			AlertPage page = alerts.page(scope, FROM, DAYS, null, p, 4);
			assertThat(page.total()).isEqualTo(11);
			assertThat(page.totalPages()).isEqualTo(3);
			assertThat(page.hasNext()).isEqualTo(p < 2);
			assertThat(page.counts())
				.isEqualTo(Map.of(Alerts.Kind.RETIREMENT, 5L, Alerts.Kind.SALARY_RAISE, (long) womenIds.size()));
			paged.addAll(page.items());
		}
		assertThat(paged).containsExactlyElementsOf(all).doesNotHaveDuplicates();
		assertThat(alerts.page(scope, FROM, DAYS, null, 3, 4).items()).isEmpty();
		// out-of-range paging is brought into range
		assertThat(alerts.page(scope, FROM, DAYS, null, -1, 0).items()).containsExactly(all.get(0));
		assertThat(alerts.page(scope, FROM, DAYS, null, 0, 100_000).size()).isEqualTo(AlertPage.MAX_SIZE);
		// the kind filter counts its own kind only
		assertThat(alerts.page(scope, FROM, DAYS, Alerts.Kind.RETIREMENT, 0, 2).counts())
			.isEqualTo(Map.of(Alerts.Kind.RETIREMENT, 5L));

		// the API pages the same list
		mvc.perform(get("/api/v1/alerts").param("from", "2026-01-01")
			.param("days", "365")
			.param("page", "2")
			.param("size", "4")
			.with(TestUsers.officer(unit)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(11))
			.andExpect(jsonPath("$.page").value(2))
			.andExpect(jsonPath("$.items.length()").value(3))
			.andExpect(jsonPath("$.counts.RETIREMENT").value(5))
			.andExpect(jsonPath("$.items[0].personId").value(all.get(8).personId()));
	}

	/**
	 * The raises' SQL bounds per rank keep every boundary: a last step from long ago
	 * (seniority yearly), a step due exactly 12 months before the window (kept, one day
	 * earlier not) and one due on the window's last day (kept, one day later not).
	 */
	@Test
	void theRaiseBoundsKeepEveryDuePerson() {
		CareerFixture.Tree t = fx.tree();
		long unit = t.a().id();
		PartialDate born = PartialDate.ofYear(1985);
		long last = fx.person("Hồ Văn Cuối", Gender.MALE, born, unit, 9, LocalDate.of(2012, 1, 1));
		long lateKept = fx.person("Hồ Văn Trễ", Gender.MALE, born, unit, 3, LocalDate.of(2022, 1, 1));
		long lateOut = fx.person("Hồ Văn Quá", Gender.MALE, born, unit, 3, LocalDate.of(2021, 12, 31));
		long endKept = fx.person("Hồ Văn Kịp", Gender.MALE, born, unit, 3, LocalDate.of(2024, 1, 1));
		long endOut = fx.person("Hồ Văn Sau", Gender.MALE, born, unit, 3, LocalDate.of(2024, 1, 2));
		List<Alerts.Alert> raises = alerts.list(Scope.of(unit), FROM, DAYS, Alerts.Kind.SALARY_RAISE);
		assertThat(raises).extracting(Alerts.Alert::personId)
			.containsExactlyInAnyOrder(last, lateKept, endKept)
			.doesNotContain(lateOut, endOut);
		assertThat(raises).filteredOn(a -> a.personId() == last)
			.singleElement()
			.satisfies(a -> assertThat(a.dueDate()).isEqualTo(LocalDate.of(2026, 1, 1)));
		assertThat(raises).filteredOn(a -> a.personId() == endKept)
			.singleElement()
			.satisfies(a -> assertThat(a.dueDate()).isEqualTo(LocalDate.of(2027, 1, 1)));
	}

	/**
	 * 2,050 terms ending in the window (more than the former limit of 2,000 rows): every
	 * one is alerted, counted and paged.
	 */
	@Test
	void everyTermEndingIsListedInALargeScope() {
		CareerFixture.Tree t = fx.tree();
		long unit = t.a().id();
		List<NewPerson> batch = new ArrayList<>();
		int n = 2050;
		for (int i = 0; i < n; i++) {
			LocalDate termEnd = LocalDate.of(2026, 6, 1).plusDays(i % 60);
			Position post = new Position(null, unit, null, "PHO_CHU_TICH_UBND", null, false, false,
					LocalDate.of(2021, 6, 1), null, LocalDate.of(2021, 6, 1), termEnd, null, null, null, null);
			batch.add(new NewPerson(PersonData.basic(PersonCategory.CIVIL_SERVANT, "Đỗ Văn Hạn " + letters(i),
					Gender.MALE, PartialDate.ofYear(1980)), post, null, List.of()));
		}
		List<Long> ids = people.createAll(batch);
		jdbc.sql("analyze person, person_position, person_salary").update();
		AlertPage first = alerts.page(Scope.of(unit), FROM, DAYS, Alerts.Kind.TERM_ENDING, 0, AlertPage.MAX_SIZE);
		assertThat(first.total()).isEqualTo(n);
		assertThat(first.counts()).isEqualTo(Map.of(Alerts.Kind.TERM_ENDING, (long) n));
		Set<Long> seen = new HashSet<>();
		for (int p = 0; p < first.totalPages(); p++) {
			alerts.page(Scope.of(unit), FROM, DAYS, Alerts.Kind.TERM_ENDING, p, AlertPage.MAX_SIZE)
				.items()
				.forEach(a -> assertThat(seen.add(a.personId())).as("no duplicate").isTrue());
		}
		assertThat(seen).containsExactlyInAnyOrderElementsOf(ids);
	}

	@Test
	void theRetirementPreFilterCoversTheYoungestPossibleRetireeWithTheMargin() {
		// a woman born 03/1970 has her notice on 1/2/2027: the first birth month that
		// cannot be due by 1/1/2027 under the roadmap is 03/1970, plus 60 months
		assertThat(RetirementAlerts.bornBefore(LocalDate.of(2027, 1, 1), 6)).isEqualTo(LocalDate.of(1975, 3, 1));
	}

}

package vn.canbo.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import vn.canbo.people.Gender;
import vn.canbo.people.PersonService;
import vn.canbo.reports.Figure;
import vn.canbo.reports.FigureRequest;
import vn.canbo.reports.Figures;
import vn.canbo.reports.Population;
import vn.canbo.reports.SummaryReport;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Issue 14, points 4 and 5: movement counts by unit subtree, by the post concerned (key
 * posts, title groups), a chosen set of decision types summed into persons and
 * occurrences, the grouped phrase in the summary report, and career figures over any
 * period with the basis they used.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MovementFiltersTest {

	static final LocalDate FROM = LocalDate.of(2026, 1, 1);

	static final LocalDate TO = LocalDate.of(2026, 6, 30);

	@Autowired
	MockMvc mvc;

	@Autowired
	CareerFixture fx;

	@Autowired
	DecisionService decisions;

	@Autowired
	PersonService people;

	@Autowired
	Movements movements;

	@Autowired
	Figures figures;

	@Autowired
	SummaryReport summaries;

	CareerFixture.Tree t;

	Scope province;

	private void issue(DecisionDraft d) {
		decisions.issue(decisions.create(d, Scope.all()).id(), "Kiểm thử", Scope.all());
	}

	@BeforeAll
	void decisions() {
		t = fx.tree();
		province = Scope.of(t.province().id());
		long p1 = fx.person("Lã Văn Một", t.a().id());
		long p2 = fx.person("Lã Văn Hai", t.a().id());
		long p3 = fx.person("Lã Văn Ba", t.b().id());
		long p4 = fx.person("Lã Văn Bốn", t.a().id());
		long p5 = fx.person("Lã Văn Năm", Gender.MALE, PartialDate.ofMonth(1964, 10), t.a().id(), 9,
				LocalDate.of(2020, 1, 1));
		// the previous December: outside the calendar year
		issue(CareerFixture.draft(DecisionType.TRANSFER, LocalDate.of(2025, 12, 15),
				DecisionSubject.post(p4, t.b().id(), "CHUYEN_VIEN", null)));
		// from commune A: two persons; back from B: one
		issue(CareerFixture.draft(DecisionType.TRANSFER, LocalDate.of(2026, 2, 1),
				DecisionSubject.post(p1, t.b().id(), "CHUYEN_VIEN", null),
				DecisionSubject.post(p2, t.b().id(), "CHUYEN_VIEN", null)));
		issue(CareerFixture.draft(DecisionType.TRANSFER, LocalDate.of(2026, 3, 1),
				DecisionSubject.post(p1, t.a().id(), "CHUYEN_VIEN", null)));
		// a key post in B, then reappointed to it (the post named by its position only)
		issue(CareerFixture.draft(DecisionType.APPOINTMENT, LocalDate.of(2026, 3, 15),
				DecisionSubject.post(p3, t.b().id(), "PHO_CHU_TICH_UBND", null).withHigherPost(false)));
		issue(CareerFixture.draft(DecisionType.REAPPOINTMENT, LocalDate.of(2026, 6, 1), DecisionSubject.ofPosition(p3,
				people.get(p3, LocalDate.of(2026, 5, 31), Scope.all()).mainPosition().id())));
		issue(CareerFixture.draft(DecisionType.RETIREMENT, LocalDate.of(2026, 5, 1), DecisionSubject.person(p5)));
	}

	private static Tuple row(DecisionType type, long persons, long occurrences) {
		return Tuple.tuple(type, persons, occurrences);
	}

	@Test
	void aUnitNarrowsTheCountsToItsSubtree() throws Exception {
		Movements.Report a = movements.report(province, t.a().id(), FROM, TO, Map.of(), null);
		assertThat(a.counts())
			.extracting(Movements.TypeCount::type, Movements.TypeCount::persons, Movements.TypeCount::occurrences)
			.containsExactly(row(DecisionType.TRANSFER, 2, 2), row(DecisionType.RETIREMENT, 1, 1));
		assertThat(movements.report(province, t.b().id(), FROM, TO, Map.of(), null).phrase())
			.isEqualTo("điều động 1, bổ nhiệm, bổ nhiệm lại 2");
		// the API and the page take the unit (before: ignored, the whole province)
		mvc.perform(get("/api/v1/movements?from=2026-01-01&to=2026-06-30&unitId=" + t.a().id())
			.with(TestUsers.officer(t.province().id())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.phrase").value("điều động 2, nghỉ hưu 1"))
			.andExpect(jsonPath("$.unitId").value(t.a().id()));
		String page = mvc
			.perform(get("/career/movements?from=01/01/2026&to=30/06/2026&unitId=" + t.b().id())
				.with(TestUsers.officer(t.province().id())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("điều động 1, bổ nhiệm, bổ nhiệm lại 2").doesNotContain("nghỉ hưu 1");
		// a unit outside the scope: 404
		long elsewhere = fx.tree().a().id();
		mvc.perform(get("/api/v1/movements?from=2026-01-01&to=2026-06-30&unitId=" + elsewhere)
			.with(TestUsers.officer(t.province().id()))).andExpect(status().isNotFound());
		mvc.perform(get("/career/movements?unitId=" + elsewhere).with(TestUsers.officer(t.province().id())))
			.andExpect(status().isNotFound());
	}

	@Test
	void keyPostsAndTitleGroupsFilterByThePostConcerned() throws Exception {
		Movements.Report key = movements.report(province, null, FROM, TO, Map.of("KEY_POST", List.of("YES")), null);
		assertThat(key.counts())
			.extracting(Movements.TypeCount::type, Movements.TypeCount::persons, Movements.TypeCount::occurrences)
			.containsExactly(row(DecisionType.APPOINTMENT, 1, 1), row(DecisionType.REAPPOINTMENT, 1, 1));
		assertThat(key.phrase()).isEqualTo("bổ nhiệm, bổ nhiệm lại 2");
		assertThat(
				movements.report(province, null, FROM, TO, Map.of("TITLE_GROUP", List.of("CHU_CHOT")), null).phrase())
			.isEqualTo("bổ nhiệm, bổ nhiệm lại 2");
		assertThat(movements.report(province, null, FROM, TO, Map.of("KEY_POST", List.of("NO")), null).phrase())
			.isEqualTo("điều động 3, nghỉ hưu 1");
		mvc.perform(get("/api/v1/movements?from=2026-01-01&to=2026-06-30&f=KEY_POST:YES&unitId=" + t.province().id())
			.with(TestUsers.officer(t.province().id())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.phrase").value("bổ nhiệm, bổ nhiệm lại 2"));
		// a figure with the filter
		assertThat(fig("CAREER_APPOINTMENT", Map.of("KEY_POST", List.of("YES"))).count()).isEqualTo(1);
		assertThat(fig("CAREER_APPOINTMENT", Map.of("KEY_POST", List.of("NO"))).count()).isZero();
		// unknown filters and values: a clear 400, never ignored
		assertThatThrownBy(() -> movements.report(province, null, FROM, TO, Map.of("GENDER", List.of("FEMALE")), null))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors().get(0).message()).startsWith("Không lọc được quyết định theo GENDER"));
		mvc.perform(get("/api/v1/movements?from=2026-01-01&to=2026-06-30&f=KEY_POST:MAYBE")
			.with(TestUsers.officer(t.province().id()))).andExpect(status().isBadRequest());
		assertThatThrownBy(() -> fig("CAREER_TRANSFER", Map.of("GENDER", List.of("FEMALE"))))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).message())
				.isEqualTo("Số liệu CAREER_TRANSFER không lọc được theo GENDER"));
	}

	@Test
	void aChosenSetOfTypesSumsPersonsAndOccurrences() throws Exception {
		List<DecisionType> set = List.of(DecisionType.TRANSFER, DecisionType.APPOINTMENT, DecisionType.REAPPOINTMENT);
		Movements.SetCount s = movements.report(province, null, FROM, TO, Map.of(), set).selection();
		// p1 (twice), p2, p3 (twice): 3 persons, 5 occurrences; not the retirement
		assertThat(s.persons()).isEqualTo(3);
		assertThat(s.occurrences()).isEqualTo(5);
		assertThat(s.label()).isEqualTo("điều động, bổ nhiệm, bổ nhiệm lại");
		assertThat(fig("CAREER_SET:TRANSFER+APPOINTMENT+REAPPOINTMENT", Map.of()).count()).isEqualTo(5);
		assertThat(fig("CAREER_SET_PERSONS:TRANSFER+APPOINTMENT+REAPPOINTMENT", Map.of()).count()).isEqualTo(3);
		assertThat(fig("CAREER_SET_PERSONS:TRANSFER+RETIREMENT", Map.of()).count()).isEqualTo(3);
		assertThat(fig("CAREER_MOVEMENTS", Map.of()).count()).isEqualTo(6);
		assertThat(figures.definition("CAREER_SET:TRANSFER+APPOINTMENT")).isPresent();
		assertThat(figures.definition("CAREER_SET:TRANSFER+KHONG_CO")).isEmpty();
		mvc.perform(get("/api/v1/reports/figures/CAREER_SET:TRANSFER+KHONG_CO?unitId=" + t.province().id())
			.with(TestUsers.officer(t.province().id())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message")
				.value(org.hamcrest.Matchers.startsWith("Tập loại quyết định không hợp lệ: KHONG_CO")));
		mvc.perform(get("/api/v1/movements?from=2026-01-01&to=2026-06-30&types=TRANSFER,APPOINTMENT,REAPPOINTMENT")
			.with(TestUsers.officer(t.province().id())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.selection.persons").value(3))
			.andExpect(jsonPath("$.selection.occurrences").value(5));
		assertThat(mvc
			.perform(get("/career/movements?from=01/01/2026&to=30/06/2026&types=TRANSFER&types=APPOINTMENT"
					+ "&types=REAPPOINTMENT&unitId=" + t.province().id())
				.with(TestUsers.officer(t.province().id())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Cộng điều động, bổ nhiệm, bổ nhiệm lại: 3 người, 5 lượt");
	}

	@Test
	void theSummaryPrintsTheGroupedPhrase() {
		SummaryReport.Summary s = summaries.build(province, t.province().id(), FROM, TO, null, null, null, null);
		assertThat(s.paragraphs().stream().filter(p -> p.code().equals("MOVEMENTS")).map(SummaryReport.Paragraph::text))
			.containsExactly("Từ ngày 01/01/2026 đến ngày 30/06/2026, đã thực hiện điều động 3, "
					+ "bổ nhiệm, bổ nhiệm lại 2, nghỉ hưu 1 lượt.");
	}

	@Test
	void careerFiguresTakeAnyPeriodAndSayWhatTheyUsed() throws Exception {
		String base = "/api/v1/reports/figures/CAREER_TRANSFER?unitId=" + t.province().id() + "&date=2026-03-31";
		// default period: 1 January of the as-of year to the as-of date
		mvc.perform(get(base).with(TestUsers.officer(t.province().id())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.count").value(3))
			.andExpect(jsonPath("$.basis.from").value("2026-01-01"))
			.andExpect(jsonPath("$.basis.to").value("2026-03-31"))
			.andExpect(jsonPath("$.basis.asOf").value("2026-03-31"))
			.andExpect(jsonPath("$.basis.unitIds[0]").value(t.province().id()));
		// a period over the turn of the year counts the previous December
		mvc.perform(get(base + "&from=2025-12-01&to=2026-03-31").with(TestUsers.officer(t.province().id())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.count").value(4))
			.andExpect(jsonPath("$.basis.from").value("2025-12-01"));
		mvc.perform(
				get(base + "&from=2025-12-01&to=2025-12-31&f=KEY_POST:NO").with(TestUsers.officer(t.province().id())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.count").value(1))
			.andExpect(jsonPath("$.basis.filters.KEY_POST[0]").value("NO"));
		mvc.perform(get(base + "&f=GENDER:FEMALE").with(TestUsers.officer(t.province().id())))
			.andExpect(status().isBadRequest());
		mvc.perform(get(base + "&from=2026-04-01&to=2026-03-01").with(TestUsers.officer(t.province().id())))
			.andExpect(status().isBadRequest());
	}

	private Figure fig(String code, Map<String, List<String>> filters) {
		return figures
			.compute(code,
					new FigureRequest(Population.adHoc(t.province().id(), null, null, TO), TO, FROM, TO, province,
							filters))
			.orElseThrow();
	}

}

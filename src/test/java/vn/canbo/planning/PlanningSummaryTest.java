package vn.canbo.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import vn.canbo.people.Gender;
import vn.canbo.people.NewPerson;
import vn.canbo.people.PersonCategory;
import vn.canbo.people.PersonData;
import vn.canbo.people.Position;
import vn.canbo.reports.Figure;
import vn.canbo.reports.FigureRequest;
import vn.canbo.reports.Figures;
import vn.canbo.reports.Population;
import vn.canbo.reports.StatisticsTable;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * The planning summary report form and the PLANNING_* figures with exact figures on
 * 10/01/2027: commune A's 2025–2030 plan has a Tày woman of 36 and a man of 39 for Chủ
 * tịch UBND (head, key post), men of 50 and 55 for Phó Chủ tịch UBND (deputy, key post);
 * commune B's the man of 50 again and a man of 38 for Chủ tịch; A's 2030–2035 plan a man
 * of 31. The province, term 2025–2030: 5 persons, each once in the total — women 1
 * (20,00%), young (under 40, a province) 3 (60,00%), minority 1, tiers 3/1/1; per title
 * group in the catalog's order: key posts 5, heads 4 (3/1/0), deputies 2 (0/1/1); every
 * term: 6. Commune B alone for B's officer; A's officer gets 404 for B; the .xlsx; the
 * figures with the term filter, a bad filter and a root outside the scope.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanningSummaryTest {

	static final LocalDate ON = LocalDate.of(2027, 1, 10);

	static final String TERM = "DANG_2025_2030";

	@Autowired
	PlanningFixture fx;

	@Autowired
	Plans plans;

	@Autowired
	PlanSummary summary;

	@Autowired
	Figures figures;

	@Autowired
	MockMvc mvc;

	static List<Long> counts(StatisticsTable.Row r) {
		return r.cells().stream().map(StatisticsTable.Cell::count).toList();
	}

	@Test
	void exactFiguresPerTitleGroupTermAndSubtree() throws Exception {
		PlanningFixture.Tree t = fx.tree();
		long a = t.a().id();
		long b = t.b().id();
		Plan plan = fx.plan(a, "CHU_TICH_UBND", "PHO_CHU_TICH_UBND");
		Plan planB = fx.plan(b, "CHU_TICH_UBND");
		Plan next = fx.plan(a, PlanKind.NEXT, "DANG_2030_2035", "PHO_CHU_TICH_UBND");
		PersonData d = PlanningStructureTest.with(PersonData.basic(PersonCategory.CIVIL_SERVANT, "Bà Lường Thị Trẻ",
				Gender.FEMALE, PartialDate.of(LocalDate.of(1990, 5, 1))), "ethnicityCode", "02");
		long woman = fx.people
			.create(new NewPerson(d, Position.main(a, "CHUYEN_VIEN", null, LocalDate.of(2015, 1, 1)), null, List.of()),
					Scope.all())
			.id();
		long m39 = fx.person("Ông Ba Chín", a, "CHUYEN_VIEN", Gender.MALE, LocalDate.of(1987, 1, 11));
		long m50 = fx.person("Ông Năm Mươi", a, "CHUYEN_VIEN", Gender.MALE, LocalDate.of(1976, 6, 1));
		long m55 = fx.person("Ông Năm Lăm", a, "CHUYEN_VIEN", Gender.MALE, LocalDate.of(1971, 6, 1));
		long x38 = fx.person("Ông Ba Tám", b, "CHUYEN_VIEN", Gender.MALE, LocalDate.of(1988, 3, 3));
		long n31 = fx.person("Ông Ba Mốt", a, "CHUYEN_VIEN", Gender.MALE, LocalDate.of(1995, 6, 1));
		plans.add(plan.id(),
				PlanningFixture.justified(PlanningFixture.in("CHU_TICH_UBND", woman), "Sẽ bồi dưỡng", null),
				Scope.all());
		plans.add(plan.id(), PlanningFixture.in("CHU_TICH_UBND", m39), Scope.all());
		plans.add(plan.id(), PlanningFixture.in("PHO_CHU_TICH_UBND", m50), Scope.all());
		plans.add(plan.id(), PlanningFixture.in("PHO_CHU_TICH_UBND", m55), Scope.all());
		plans.add(planB.id(), PlanningFixture.in("CHU_TICH_UBND", m50), Scope.all());
		plans.add(planB.id(), PlanningFixture.in("CHU_TICH_UBND", x38), Scope.all());
		plans.add(next.id(), PlanningFixture.in("PHO_CHU_TICH_UBND", n31), Scope.all());

		StatisticsTable s = summary.summary(t.province().id(), TERM, ON, Scope.all());
		assertThat(s.title()).isEqualTo("Tổng hợp quy hoạch cán bộ, nhiệm kỳ 2025–2030");
		assertThat(s.columns()).extracting(StatisticsTable.Column::key)
			.containsExactly("TOTAL", "WOMEN", "YOUNG", "MINORITY", "TIER_1", "TIER_2", "TIER_3");
		assertThat(s.columns().get(2).header()).contains("40");
		assertThat(s.total().total()).isEqualTo(5);
		assertThat(counts(s.total())).containsExactly(5L, 1L, 3L, 1L, 3L, 1L, 1L);
		assertThat(s.total().cells().get(1).pctOfRow()).isEqualByComparingTo("20.00");
		assertThat(s.total().cells().get(2).pctOfRow()).isEqualByComparingTo("60.00");
		assertThat(s.rows()).extracting(StatisticsTable.Row::key)
			.containsExactly("CHU_CHOT", "NGUOI_DUNG_DAU", "CAP_PHO");
		assertThat(counts(s.rows().get(0))).containsExactly(5L, 1L, 3L, 1L, 3L, 1L, 1L);
		assertThat(counts(s.rows().get(1))).containsExactly(4L, 1L, 3L, 1L, 3L, 1L, 0L);
		assertThat(s.rows().get(1).cells().get(2).pctOfRow()).isEqualByComparingTo("75.00");
		assertThat(counts(s.rows().get(2))).containsExactly(2L, 0L, 0L, 0L, 0L, 1L, 1L);
		// every term: the man of 31 of the next term's plan too
		StatisticsTable every = summary.summary(t.province().id(), null, ON, Scope.all());
		assertThat(every.total().total()).isEqualTo(6);
		assertThat(every.title()).isEqualTo("Tổng hợp quy hoạch cán bộ, tất cả các nhiệm kỳ");
		assertThat(counts(every.rows().get(2))).containsExactly(3L, 0L, 1L, 0L, 1L, 1L, 1L);
		// before anyone was added (15/01/2026): no rows, a total of 0
		assertThat(summary.summary(t.province().id(), TERM, LocalDate.of(2026, 1, 14), Scope.all()).rows()).isEmpty();
		// commune B for B's officer; B for A's officer does not exist
		StatisticsTable onlyB = summary.summary(b, TERM, ON, Scope.of(List.of(b)));
		assertThat(counts(onlyB.total())).containsExactly(2L, 0L, 1L, 0L, 1L, 1L, 0L);
		assertThatThrownBy(() -> summary.summary(b, TERM, ON, Scope.of(List.of(a))))
			.isInstanceOf(NotFoundException.class);

		MockHttpServletResponse x = mvc
			.perform(get("/api/v1/planning/summary.xlsx").param("unitId", String.valueOf(a))
				.param("term", TERM)
				.param("on", ON.toString())
				.with(TestUsers.officer(a)))
			.andReturn()
			.getResponse();
		assertThat(x.getStatus()).isEqualTo(200);
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(x.getContentAsByteArray()))) {
			List<Row> rows = wb.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(0)).isEqualTo("Tổng hợp quy hoạch cán bộ, nhiệm kỳ 2025–2030");
			assertThat(rows.get(rows.size() - 1).getCellText(0)).isEqualTo("Tổng số (mỗi người tính một lần)");
			assertThat(rows.get(rows.size() - 1).getCellText(1)).isEqualTo("4");
		}
		// the plan page's link: the same file for the pages' session (never /api/v1, 401
		// there)
		MockHttpServletResponse page = mvc
			.perform(get("/planning/summary.xlsx").param("unitId", String.valueOf(a))
				.param("term", TERM)
				.param("on", ON.toString())
				.with(TestUsers.officer(a)))
			.andReturn()
			.getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(page.getContentAsByteArray()))) {
			List<Row> rows = wb.getFirstSheet().read();
			assertThat(rows.get(rows.size() - 1).getCellText(1)).isEqualTo("4");
		}
		assertThat(
				mvc.perform(get("/planning/summary.xlsx").param("unitId", String.valueOf(b)).with(TestUsers.officer(a)))
					.andReturn()
					.getResponse()
					.getStatus())
			.isEqualTo(404);
		assertThat(mvc
			.perform(get("/api/v1/planning/summary.xlsx").param("unitId", String.valueOf(b)).with(TestUsers.officer(a)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);

		// the figures
		Population province = Population.adHoc(t.province().id(), null, Population.Conditions.NONE, ON);
		Figure women = figures
			.compute("PLANNING_WOMEN",
					new FigureRequest(province, ON, null, null, Scope.all(), Map.of("PLANNING_TERM", List.of(TERM))))
			.orElseThrow();
		assertThat(women.count()).isEqualTo(1);
		assertThat(women.of()).isEqualTo(5);
		assertThat(women.percent()).isEqualByComparingTo("20.00");
		assertThat(
				figures
					.compute("PLANNING_YOUNG",
							new FigureRequest(province, ON, null, null, Scope.all(),
									Map.of("PLANNING_TERM", List.of(TERM))))
					.orElseThrow()
					.count())
			.isEqualTo(3);
		assertThat(figures.compute("PLANNING_PERSONS", FigureRequest.asOf(province, ON, Scope.all()))
			.orElseThrow()
			.count()).isEqualTo(6);
		assertThat(figures.compute("PLANNING_MINORITY", FigureRequest.asOf(province, ON, Scope.all()))
			.orElseThrow()
			.count()).isEqualTo(1);
		assertThatThrownBy(() -> figures.compute("PLANNING_WOMEN",
				new FigureRequest(province, ON, null, null, Scope.all(), Map.of("GENDER", List.of("FEMALE")))))
			.isInstanceOf(ValidationException.class);
		assertThatThrownBy(() -> figures.compute("PLANNING_WOMEN",
				new FigureRequest(province, ON, null, null, Scope.all(), Map.of("PLANNING_TERM", List.of("X")))))
			.isInstanceOf(ValidationException.class);
		assertThatThrownBy(() -> figures.compute("PLANNING_PERSONS", FigureRequest
			.asOf(Population.adHoc(b, null, Population.Conditions.NONE, ON), ON, Scope.of(List.of(a)))))
			.isInstanceOf(NotFoundException.class);
	}

}

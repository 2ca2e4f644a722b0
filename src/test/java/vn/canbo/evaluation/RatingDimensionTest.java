package vn.canbo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import vn.canbo.reports.Criterion;
import vn.canbo.reports.Dim;
import vn.canbo.reports.FigureRequest;
import vn.canbo.reports.PersonRow;
import vn.canbo.reports.Population;
import vn.canbo.reports.StatisticsService;
import vn.canbo.reports.StatisticsTable;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.Scope;

/**
 * Issue 15: the final rating as a statistics dimension (RATING, given to reports by
 * {@link RatingDimension}) — pivot columns, the standard layout XEP_LOAI_CHAT_LUONG, a
 * filter, a criterion leaf (with NOT) and the persons behind a cell — counted against the
 * records of {@link RatedProvince}: commune A 34 HTXSNV + 51 HTTNV; commune B 1 HTXSNV, 2
 * HTTNV, 1 HTNV, 1 KHTNV and 1 not rated ("Lê Văn Muộn"). And the drill-down of the
 * EVALUATION_* figures ({@link RatedPersons}, its API and page), scoped.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RatingDimensionTest {

	static final LocalDate END = RatedProvince.END;

	@Autowired
	RatedProvince rated;

	@Autowired
	StatisticsService stats;

	@Autowired
	RatedPersons rated2;

	@Autowired
	MockMvc mvc;

	EvaluationFixture.Tree t;

	@BeforeAll
	void ratedProvince() {
		t = rated.build();
	}

	private Population province(Criterion criterion) {
		return new Population(null, null, "Tỉnh", List.of(t.province().id()), null, null, criterion, END, null, 0);
	}

	private static long cell(StatisticsTable table, String row, String column) {
		int i = table.columns().stream().map(StatisticsTable.Column::key).toList().indexOf(column);
		StatisticsTable.Row r = row == null ? table.total()
				: table.rows().stream().filter(x -> row.equals(x.key())).findFirst().orElseThrow();
		return r.cells().get(i).count();
	}

	@Test
	void pivotCountsPerLevelWithTheNotRated() {
		StatisticsTable p = stats.pivot(province(null), END, Dim.SUBUNIT, Dim.RATING, Map.of(), Scope.all());
		assertThat(p.columns().stream().map(StatisticsTable.Column::key)).containsExactly("EXCELLENT", "GOOD",
				"COMPLETE", "INCOMPLETE", "");
		assertThat(p.columns().get(4).header()).isEqualTo("Chưa đánh giá");
		assertThat(p.columns().get(0).header()).isEqualTo("Hoàn thành xuất sắc nhiệm vụ");
		String a = String.valueOf(t.a().id()), b = String.valueOf(t.b().id());
		assertThat(cell(p, a, "EXCELLENT")).isEqualTo(34);
		assertThat(cell(p, a, "GOOD")).isEqualTo(51);
		assertThat(cell(p, a, "")).isZero();
		assertThat(cell(p, b, "EXCELLENT")).isEqualTo(1);
		assertThat(cell(p, b, "GOOD")).isEqualTo(2);
		assertThat(cell(p, b, "COMPLETE")).isEqualTo(1);
		assertThat(cell(p, b, "INCOMPLETE")).isEqualTo(1);
		assertThat(cell(p, b, "")).isEqualTo(1);
		assertThat(cell(p, null, "EXCELLENT")).isEqualTo(35);
		assertThat(p.grandTotal()).isEqualTo(91);
		// the year is that of the report's date: nobody is rated for 2040 or 2042
		StatisticsTable before = stats.pivot(province(null), LocalDate.of(2040, 12, 31), Dim.TOTAL, Dim.RATING,
				Map.of(), Scope.all());
		assertThat(cell(before, null, "")).isEqualTo(before.grandTotal()).isPositive();
		assertThat(cell(before, null, "EXCELLENT")).isZero();
		StatisticsTable after = stats.pivot(province(null), LocalDate.of(2042, 1, 1), Dim.TOTAL, Dim.RATING, Map.of(),
				Scope.all());
		assertThat(cell(after, null, "EXCELLENT")).isZero();
		// the scope cuts the table
		StatisticsTable inB = stats.pivot(new Population(null, null, "B", List.of(), null, null, null, END, null, 0),
				END, Dim.TOTAL, Dim.RATING, Map.of(), Scope.of(t.b().id()));
		assertThat(cell(inB, null, "EXCELLENT")).isEqualTo(1);
		assertThat(inB.grandTotal()).isEqualTo(6);
	}

	@Test
	void theStandardLayout() {
		StatisticsTable l = stats.layout("XEP_LOAI_CHAT_LUONG", province(null), END, null, Scope.all());
		StatisticsTable.Row b = l.rows()
			.stream()
			.filter(r -> r.key().equals(String.valueOf(t.b().id())))
			.findFirst()
			.orElseThrow();
		assertThat(b.cells().stream().map(StatisticsTable.Cell::count)).containsExactly(6L, 1L, 2L, 1L, 1L, 1L);
		assertThat(l.total().cells().stream().map(StatisticsTable.Cell::count)).containsExactly(91L, 35L, 53L, 1L, 1L,
				1L);
	}

	@Test
	void aFilterAndACriterionLeaf() {
		assertThat(stats.count(province(null), END, Map.of(Dim.RATING, List.of("EXCELLENT", "GOOD")), Scope.all()))
			.isEqualTo(88);
		Criterion leadersGood = Criterion.and(Criterion.in("LEADER", List.of("YES")),
				Criterion.in("RATING", List.of("GOOD")));
		assertThat(stats.count(province(leadersGood), END, Map.of(), Scope.all())).isEqualTo(52);
		Criterion belowGood = Criterion.not(Criterion.in("RATING", List.of("EXCELLENT", "GOOD")));
		assertThat(stats.count(province(belowGood), END, Map.of(), Scope.all())).isEqualTo(3);
	}

	@Test
	void thePersonsBehindACell() {
		List<PersonRow> notRated = stats.persons(province(null), END,
				Map.of(Dim.SUBUNIT, List.of(String.valueOf(t.b().id())), Dim.RATING, List.of("")), Scope.all(), 0, 50)
			.items();
		assertThat(notRated).extracting(PersonRow::fullName).containsExactly("Lê Văn Muộn");
		assertThat(stats.persons(province(null), END, Map.of(Dim.RATING, List.of("INCOMPLETE")), Scope.all(), 0, 50)
			.items()).extracting(PersonRow::fullName).containsExactly("Lê Chuyên Viên Ba");
	}

	@Test
	void thePersonsBehindAnEvaluationFigure() throws Exception {
		FigureRequest all = new FigureRequest(province(null), END, LocalDate.of(2041, 1, 1), END, Scope.all(),
				Map.of());
		List<RatedPerson> incomplete = rated2.persons("EVALUATION_INCOMPLETE", all, 0, 50).items();
		assertThat(incomplete).singleElement().satisfies(p -> {
			assertThat(p.fullName()).isEqualTo("Lê Chuyên Viên Ba");
			assertThat(p.unitName()).isEqualTo(t.b().name());
			assertThat(p.title()).isEqualTo("Chuyên viên");
			assertThat(p.rating()).isEqualTo(Rating.INCOMPLETE);
			assertThat(p.score()).isEqualByComparingTo("40");
			assertThat(p.commonScore()).isEqualByComparingTo("10");
		});
		FigureRequest leaders = new FigureRequest(province(Criterion.in("LEADER", List.of("YES"))), END,
				LocalDate.of(2041, 1, 1), END, Scope.all(), Map.of());
		assertThat(rated2.persons("EVALUATION_EXCELLENT", leaders, 0, 10).total()).isEqualTo(35);
		assertThat(rated2.persons("EVALUATION_RATED", leaders, 0, 10).total()).isEqualTo(87);
		String q = "?from=2041-01-01&to=2041-12-31&unitId=";
		mvc.perform(get("/api/v1/evaluations/figures/EVALUATION_EXCELLENT/persons" + q + t.b().id())
			.with(TestUsers.officer(t.b().id())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].fullName").value("Lê Trưởng Tây Một"));
		mvc.perform(get("/api/v1/evaluations/figures/EVALUATION_EXCELLENT/persons" + q + t.b().id())
			.with(TestUsers.officer(t.a().id()))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/evaluations/figures/EVALUATION_NOTHING/persons" + q + t.b().id())
			.with(TestUsers.officer(t.b().id()))).andExpect(status().isNotFound());
		mvc.perform(get("/evaluations/figures/EVALUATION_INCOMPLETE/persons" + q + t.province().id())
			.with(TestUsers.officer(t.province().id())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Lê Chuyên Viên Ba")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Không hoàn thành nhiệm vụ")));
	}

}

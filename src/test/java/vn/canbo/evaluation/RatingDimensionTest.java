package vn.canbo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.canbo.reports.Criterion;
import vn.canbo.reports.Dim;
import vn.canbo.reports.PersonRow;
import vn.canbo.reports.Population;
import vn.canbo.reports.StatisticsService;
import vn.canbo.reports.StatisticsTable;
import vn.canbo.shared.Scope;

/**
 * Issue 15: the final rating as a statistics dimension (RATING, given to reports by
 * {@link RatingDimension}) — pivot columns, the standard layout XEP_LOAI_CHAT_LUONG, a
 * filter, a criterion leaf (with NOT) and the persons behind a cell — counted against the
 * records of {@link RatedProvince}: commune A 34 HTXSNV + 51 HTTNV; commune B 1 HTXSNV, 2
 * HTTNV, 1 HTNV, 1 KHTNV and 1 not rated ("Lê Văn Muộn").
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RatingDimensionTest {

	static final LocalDate END = RatedProvince.END;

	@Autowired
	RatedProvince rated;

	@Autowired
	StatisticsService stats;

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

}

package vn.canbo.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.canbo.reports.Dim;
import vn.canbo.reports.Population;
import vn.canbo.reports.StatisticsService;
import vn.canbo.reports.StatisticsTable;
import vn.canbo.shared.Scope;

/**
 * Issue 16: the statistics dimension TRAINED ({@link TrainedDimension}) — YES for a
 * person sent to a course starting in the year of the report's date (first and last day
 * of the year inclusive), "Không" otherwise; by subunit and in the scope. TRAINED_KIND
 * ({@link TrainedKindDimension}): the kinds of those courses, several per person.
 */
@SpringBootTest
class TrainedDimensionTest {

	@Autowired
	TrainingFixture fx;

	@Autowired
	StatisticsService stats;

	private static long cell(StatisticsTable table, String row, String column) {
		int i = table.columns().stream().map(StatisticsTable.Column::key).toList().indexOf(column);
		StatisticsTable.Row r = row == null ? table.total()
				: table.rows().stream().filter(x -> row.equals(x.key())).findFirst().orElseThrow();
		return r.cells().get(i).count();
	}

	@Test
	void trainedInTheYearOfTheDate() {
		TrainingFixture.Tree t = fx.tree();
		long a1 = fx.person("Mạc Văn Học", t.a().id());
		long a2 = fx.person("Mạc Văn Chưa", t.a().id());
		long b1 = fx.person("Mạc Thị Học", t.b().id());
		Course first = fx.course("Tin học đầu năm", CourseKind.IT, null, t.a().id(), LocalDate.of(2025, 1, 1),
				LocalDate.of(2025, 2, 1));
		Course last = fx.course("Trung cấp cuối năm", CourseKind.POLITICAL_THEORY_INTERMEDIATE, "TRUNG_CAP", t.a().id(),
				LocalDate.of(2025, 12, 31), LocalDate.of(2026, 6, 30));
		Course before = fx.course("Tin học năm trước", CourseKind.IT, null, t.a().id(), LocalDate.of(2024, 12, 31),
				LocalDate.of(2025, 3, 1));
		fx.send(first.id(), a1);
		fx.send(last.id(), a1, b1);
		fx.send(before.id(), a2);

		LocalDate end = LocalDate.of(2025, 12, 31);
		Population province = new Population(null, null, "Tỉnh", List.of(t.province().id()), null, null, null, end,
				null, 0);
		StatisticsTable p = stats.pivot(province, end, Dim.SUBUNIT, Dim.TRAINED, Map.of(), Scope.all());
		assertThat(p.columns().stream().map(StatisticsTable.Column::key)).containsExactly("YES", "");
		assertThat(p.columns().get(0).header()).isEqualTo("Có");
		assertThat(p.columns().get(1).header()).isEqualTo("Không");
		String a = String.valueOf(t.a().id()), b = String.valueOf(t.b().id());
		assertThat(cell(p, a, "YES")).isEqualTo(1);
		assertThat(cell(p, a, "")).isEqualTo(1);
		assertThat(cell(p, b, "YES")).isEqualTo(1);
		assertThat(cell(p, b, "")).isZero();
		assertThat(p.grandTotal()).isEqualTo(3);

		StatisticsTable y2024 = stats.pivot(province, LocalDate.of(2024, 12, 31), Dim.TOTAL, Dim.TRAINED, Map.of(),
				Scope.all());
		assertThat(cell(y2024, null, "YES")).isEqualTo(1);
		StatisticsTable y2026 = stats.pivot(province, LocalDate.of(2026, 1, 1), Dim.TOTAL, Dim.TRAINED, Map.of(),
				Scope.all());
		assertThat(cell(y2026, null, "YES")).isZero();

		StatisticsTable inB = stats.pivot(new Population(null, null, "B", List.of(), null, null, null, end, null, 0),
				end, Dim.TOTAL, Dim.TRAINED, Map.of(), Scope.of(t.b().id()));
		assertThat(cell(inB, null, "YES")).isEqualTo(1);
		assertThat(inB.grandTotal()).isEqualTo(1);
	}

	@Test
	void trainedByKindIsMultiValuedInThePivotAndExactAsAFilter() {
		TrainingFixture.Tree t = fx.tree();
		long a1 = fx.person("Mạc Văn Hai Loại", t.a().id());
		long a2 = fx.person("Mạc Văn Năm Trước", t.a().id());
		long b1 = fx.person("Mạc Thị Một Loại", t.b().id());
		fx.person("Mạc Văn Không", t.b().id());
		Course it = fx.course("Tin học", CourseKind.IT, null, t.a().id(), LocalDate.of(2025, 1, 1),
				LocalDate.of(2025, 2, 1));
		Course mid = fx.course("Trung cấp", CourseKind.POLITICAL_THEORY_INTERMEDIATE, "TRUNG_CAP", t.a().id(),
				LocalDate.of(2025, 12, 31), LocalDate.of(2026, 6, 30));
		Course before = fx.course("Tin học năm trước", CourseKind.IT, null, t.a().id(), LocalDate.of(2024, 12, 31),
				LocalDate.of(2025, 3, 1));
		fx.send(it.id(), a1);
		fx.send(mid.id(), a1, b1);
		fx.send(before.id(), a2);

		LocalDate end = LocalDate.of(2025, 12, 31);
		Population province = new Population(null, null, "Tỉnh", List.of(t.province().id()), null, null, null, end,
				null, 0);
		StatisticsTable p = stats.pivot(province, end, Dim.SUBUNIT, Dim.TRAINED_KIND, Map.of(), Scope.all());
		String a = String.valueOf(t.a().id()), b = String.valueOf(t.b().id());
		// a1 in both kinds, once in the totals; a2's course was in 2024
		assertThat(cell(p, a, "IT")).isEqualTo(1);
		assertThat(cell(p, a, "POLITICAL_THEORY_INTERMEDIATE")).isEqualTo(1);
		assertThat(cell(p, a, "")).isEqualTo(1);
		assertThat(cell(p, b, "POLITICAL_THEORY_INTERMEDIATE")).isEqualTo(1);
		assertThat(cell(p, b, "")).isEqualTo(1);
		assertThat(cell(p, null, "POLITICAL_THEORY_INTERMEDIATE")).isEqualTo(2);
		assertThat(p.rows().stream().filter(r -> a.equals(r.key())).findFirst().orElseThrow().total()).isEqualTo(2);
		assertThat(p.grandTotal()).isEqualTo(4);
		assertThat(p.columns().stream().filter(c -> c.key().equals("IT")).findFirst().orElseThrow().header())
			.isEqualTo("Tin học");

		// as a filter and in a population: whoever was sent to that kind in the year
		assertThat(stats.count(province, end, Map.of(Dim.TRAINED_KIND, List.of("IT")), Scope.all())).isEqualTo(1);
		assertThat(stats.count(province, end, Map.of(Dim.TRAINED_KIND, List.of("IT", "POLITICAL_THEORY_INTERMEDIATE")),
				Scope.all()))
			.isEqualTo(2);
		assertThat(stats.count(province, end, Map.of(Dim.TRAINED_KIND, List.of("")), Scope.all())).isEqualTo(2);
		assertThat(
				stats.count(province, LocalDate.of(2024, 12, 31), Map.of(Dim.TRAINED_KIND, List.of("IT")), Scope.all()))
			.isEqualTo(1);
		Population sentToMid = new Population(null, null, "LLCT", List.of(t.province().id()), null,
				new Population.Conditions(List.of(), List.of(),
						Map.of("TRAINED_KIND", List.of("POLITICAL_THEORY_INTERMEDIATE"))),
				null, end, null, 0);
		StatisticsTable m = stats.pivot(sentToMid, end, Dim.SUBUNIT, Dim.TOTAL, Map.of(), Scope.all());
		assertThat(m.grandTotal()).isEqualTo(2);
		Population inB = new Population(null, null, "B", List.of(), null, null, null, end, null, 0);
		assertThat(stats.count(inB, end, Map.of(Dim.TRAINED_KIND, List.of("IT")), Scope.of(t.b().id()))).isZero();
		assertThat(stats.count(inB, end, Map.of(Dim.TRAINED_KIND, List.of("POLITICAL_THEORY_INTERMEDIATE")),
				Scope.of(t.b().id())))
			.isEqualTo(1);
	}

}

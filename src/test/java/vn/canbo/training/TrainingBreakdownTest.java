package vn.canbo.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.canbo.reports.Figure;
import vn.canbo.reports.FigureRequest;
import vn.canbo.reports.Figures;
import vn.canbo.reports.Population;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * The breakdown of a figure by course kind or by result in one call equals the figures
 * asked one value at a time (every code, a unit root, the scope's units, a category and
 * every unit), also through the SPI's default for a provider without its own (people's
 * headcount by gender); the figures by result: the RESULT filter (by start date, NONE =
 * no result yet) and the _NOT_COMPLETED / _WITHDRAWN / _TRANSFERRED codes by the result's
 * date, with exact counts and the period's first and last day.
 */
@SpringBootTest
class TrainingBreakdownTest {

	private static final LocalDate FROM = LocalDate.of(2025, 1, 1), TO = LocalDate.of(2025, 12, 31);

	@Autowired
	TrainingFixture fx;

	@Autowired
	Courses courses;

	@Autowired
	Figures figures;

	private static FigureRequest request(Long root, List<String> categories, Scope scope,
			Map<String, List<String>> filters) {
		return new FigureRequest(
				Population.adHoc(root, null, new Population.Conditions(categories, List.of(), Map.of()), TO), TO, FROM,
				TO, scope, filters);
	}

	private long fig(String code, FigureRequest r) {
		return figures.compute(code, r).orElseThrow().count();
	}

	/** A province: 4 persons in 4 courses of 3 kinds, with every result. */
	private TrainingFixture.Tree data() {
		TrainingFixture.Tree t = fx.tree();
		long a1 = fx.person("Mạc Văn Một", t.a().id());
		long a2 = fx.person("Mạc Văn Hai", t.a().id());
		long b1 = fx.person("Mạc Văn Ba", t.b().id());
		long b2 = fx.person("Mạc Văn Bốn", t.b().id());
		Course llct = fx.course("Trung cấp LLCT phân tổ", CourseKind.POLITICAL_THEORY_INTERMEDIATE, "TRUNG_CAP",
				t.a().id(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));
		Course it = fx.course("Tin học phân tổ", CourseKind.IT, null, t.a().id(), LocalDate.of(2025, 3, 1),
				LocalDate.of(2025, 3, 20));
		Course it2 = fx.course("Tin học cuối năm phân tổ", CourseKind.IT, null, t.b().id(), LocalDate.of(2025, 12, 31),
				LocalDate.of(2026, 1, 20));
		Course lang = fx.course("Ngoại ngữ năm trước", CourseKind.FOREIGN_LANGUAGE, null, t.b().id(),
				LocalDate.of(2024, 12, 31), LocalDate.of(2025, 2, 1));
		List<Long> e1 = fx.send(llct.id(), a1, a2, b1, b2);
		List<Long> e2 = fx.send(it.id(), a1, b1);
		fx.send(it2.id(), a2, b2);
		List<Long> e4 = fx.send(lang.id(), a1, b2);
		courses.record(llct.id(), List.of(
				new ResultEntry(e1.get(0), CourseResult.COMPLETED, null, "B-1", LocalDate.of(2025, 6, 30), null, null),
				new ResultEntry(e1.get(1), CourseResult.WITHDRAWN, LocalDate.of(2025, 1, 1), null, null, null, null),
				new ResultEntry(e1.get(2), CourseResult.NOT_COMPLETED, LocalDate.of(2025, 6, 30), null, null, null,
						null),
				new ResultEntry(e1.get(3), CourseResult.TRANSFERRED, LocalDate.of(2025, 2, 1), null, null, null, null)),
				Scope.all());
		courses.record(it.id(), List
			.of(new ResultEntry(e2.get(0), CourseResult.WITHDRAWN, LocalDate.of(2025, 3, 2), null, null, null, null)),
				Scope.all());
		// sent in 2024 (not a lượt of 2025), withdrawn in 2025
		courses.record(lang.id(), List
			.of(new ResultEntry(e4.get(0), CourseResult.WITHDRAWN, LocalDate.of(2025, 1, 31), null, null, null, null)),
				Scope.all());
		return t;
	}

	@Test
	void breakdownEqualsTheFiguresOneValueAtATime() {
		TrainingFixture.Tree t = data();
		List<String> kinds = Arrays.stream(CourseKind.values()).map(Enum::name).toList();
		List<String> results = List.of("COMPLETED", "NOT_COMPLETED", "WITHDRAWN", "TRANSFERRED", "NONE");
		List<FigureRequest> requests = List.of(request(t.province().id(), List.of(), Scope.all(), Map.of()),
				request(t.a().id(), List.of(), Scope.all(), Map.of()),
				request(null, List.of(), Scope.of(t.b().id()), Map.of()),
				request(t.province().id(), List.of("CIVIL_SERVANT"), Scope.of(t.province().id()), Map.of()),
				request(null, List.of(), Scope.all(), Map.of()),
				request(t.province().id(), List.of(), Scope.all(), Map.of("RESULT", List.of("WITHDRAWN"))));
		for (FigureRequest r : requests) {
			// the figures by a result's date take no RESULT filter
			for (String code : r.filters().isEmpty() ? List.of("TRAINING_TURNS", "TRAINING_PERSONS",
					"TRAINING_TURNS_COMPLETED", "TRAINING_PERSONS_WITHDRAWN")
					: List.of("TRAINING_TURNS", "TRAINING_PERSONS")) {
				Map<String, Figure> byKind = figures.breakdown(code, r, "COURSE_KIND", kinds).orElseThrow();
				assertThat(byKind.keySet()).containsExactlyElementsOf(kinds);
				for (String k : kinds) {
					assertThat(byKind.get(k).count()).as(code + " " + k)
						.isEqualTo(fig(code, r.withFilter("COURSE_KIND", List.of(k))));
					assertThat(byKind.get(k).basis().filters()).containsEntry("COURSE_KIND", List.of(k));
				}
			}
			if (r.filters().isEmpty()) {
				for (String code : List.of("TRAINING_TURNS", "TRAINING_PERSONS")) {
					Map<String, Figure> byResult = figures.breakdown(code, r, "RESULT", results).orElseThrow();
					long sum = 0;
					for (String v : results) {
						long one = fig(code, r.withFilter("RESULT", List.of(v)));
						assertThat(byResult.get(v).count()).as(code + " " + v).isEqualTo(one);
						sum += one;
					}
					if (code.equals("TRAINING_TURNS")) {
						assertThat(sum).isEqualTo(fig(code, r));
					}
				}
			}
		}
		// the province, exactly: 8 lượt of 2025 (4 + 2 + 2; the 2024 course is not)
		FigureRequest p = requests.get(0);
		Map<String, Figure> byKind = figures.breakdown("TRAINING_TURNS", p, "COURSE_KIND", kinds).orElseThrow();
		assertThat(byKind.get("POLITICAL_THEORY_INTERMEDIATE").count()).isEqualTo(4);
		assertThat(byKind.get("IT").count()).isEqualTo(4);
		assertThat(byKind.get("FOREIGN_LANGUAGE").count()).isZero();
		Map<String, Figure> byResult = figures.breakdown("TRAINING_TURNS", p, "RESULT", results).orElseThrow();
		assertThat(byResult.values().stream().map(Figure::count).toList()).containsExactly(1L, 1L, 2L, 1L, 3L);
		// the default of the SPI: one compute per value
		Map<String, Figure> byGender = figures.breakdown("PEOPLE_HEADCOUNT", p, "GENDER", List.of("MALE", "FEMALE"))
			.orElseThrow();
		assertThat(byGender.get("MALE").count()).isEqualTo(4)
			.isEqualTo(fig("PEOPLE_HEADCOUNT", p.withFilter("GENDER", List.of("MALE"))));
		assertThat(byGender.get("FEMALE").count()).isZero();
		assertThat(figures.breakdown("NO_SUCH_FIGURE", p, "GENDER", List.of("MALE"))).isEmpty();
	}

	@Test
	void figuresByResult() {
		TrainingFixture.Tree t = data();
		FigureRequest p = request(t.province().id(), List.of(), Scope.all(), Map.of());
		assertThat(fig("TRAINING_TURNS_WITHDRAWN", p)).isEqualTo(3);
		assertThat(fig("TRAINING_PERSONS_WITHDRAWN", p)).isEqualTo(2);
		assertThat(fig("TRAINING_TURNS_NOT_COMPLETED", p)).isEqualTo(1);
		assertThat(fig("TRAINING_TURNS_TRANSFERRED", p)).isEqualTo(1);
		assertThat(fig("TRAINING_TURNS_COMPLETED", p)).isEqualTo(1);
		assertThat(fig("TRAINING_TURNS_WITHDRAWN", p.withFilter("COURSE_KIND", List.of("IT")))).isEqualTo(1);
		assertThat(fig("TRAINING_TURNS_WITHDRAWN", request(t.a().id(), List.of(), Scope.all(), Map.of()))).isEqualTo(3);
		assertThat(fig("TRAINING_TURNS_WITHDRAWN", request(t.b().id(), List.of(), Scope.all(), Map.of()))).isZero();
		// the period's boundaries: withdrawn on 1/1/2025 counts in 2025, not in 2024
		FigureRequest y2024 = new FigureRequest(
				Population.adHoc(t.province().id(), null, Population.Conditions.NONE, LocalDate.of(2024, 12, 31)),
				LocalDate.of(2024, 12, 31), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), Scope.all());
		assertThat(fig("TRAINING_TURNS_WITHDRAWN", y2024)).isZero();
		FigureRequest oneDay = new FigureRequest(p.population(), TO, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1),
				Scope.all());
		assertThat(fig("TRAINING_TURNS_WITHDRAWN", oneDay)).isEqualTo(1);
		// the RESULT filter on the figures by start date: the lượt of 2025 with that
		// result
		assertThat(fig("TRAINING_TURNS", p.withFilter("RESULT", List.of("WITHDRAWN")))).isEqualTo(2);
		assertThat(fig("TRAINING_TURNS", p.withFilter("RESULT", List.of("NONE")))).isEqualTo(3);
		assertThat(fig("TRAINING_PERSONS", p.withFilter("RESULT", List.of("WITHDRAWN", "TRANSFERRED")))).isEqualTo(3);
		// refused: RESULT on a figure that already fixes the result, an unknown value
		assertThatThrownBy(() -> fig("TRAINING_TURNS_WITHDRAWN", p.withFilter("RESULT", List.of("WITHDRAWN"))))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("RESULT");
		assertThatThrownBy(() -> figures.breakdown("TRAINING_TURNS", p, "RESULT", List.of("DONE", "WITHDRAWN")))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("DONE");
		assertThatThrownBy(() -> figures.breakdown("TRAINING_TURNS", p, "GENDER", List.of("MALE")))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("GENDER");
	}

}

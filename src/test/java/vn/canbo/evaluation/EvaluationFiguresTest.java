package vn.canbo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.canbo.people.PersonCategory;
import vn.canbo.reports.Figure;
import vn.canbo.reports.FigureRequest;
import vn.canbo.reports.Figures;
import vn.canbo.reports.Population;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * EVALUATION_* figures through the reports engine: the share of each final rating among
 * the persons finally rated in the period, by unit subtree, category and scope; filters
 * it cannot apply are refused.
 */
@SpringBootTest
class EvaluationFiguresTest {

	@Autowired
	EvaluationFixture fx;

	@Autowired
	Campaigns campaigns;

	@Autowired
	Figures figures;

	private Figure fig(String code, Long root, Population.Conditions cond, Scope scope,
			Map<String, List<String>> filters) {
		return figures
			.compute(code, new FigureRequest(Population.adHoc(root, null, cond, LocalDate.of(2025, 12, 31)),
					LocalDate.of(2025, 12, 31), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), scope, filters))
			.orElseThrow();
	}

	@Test
	void shareOfEachRatingAmongTheFinallyRated() {
		EvaluationFixture.Tree t = fx.tree();
		List<Long> people = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			people.add(fx.person("Ninh Văn " + (char) ('A' + i), t.a().id()));
		}
		long employee = fx.person("Ninh Thị Viên", PersonCategory.PUBLIC_EMPLOYEE, t.b().id());
		long unrated = fx.person("Ninh Thị Mở", t.b().id());
		Campaign c = campaigns.open(EvaluationFixture.year("Số liệu", t.province().id(), 2025), Scope.all());
		Map<Long, Subject> s = new java.util.HashMap<>();
		campaigns.subjects(c.id(), Scope.all()).forEach(x -> s.put(x.personId(), x));
		List<ScoreEntry> grid = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			grid.add(EvaluationFixture.score(s.get(people.get(i)).id(), "80", Rating.GOOD));
		}
		grid.add(EvaluationFixture.score(s.get(people.get(5)).id(), "95", Rating.EXCELLENT));
		grid.add(EvaluationFixture.score(s.get(employee).id(), "40", Rating.INCOMPLETE));
		grid.add(EvaluationFixture.score(s.get(unrated).id(), "60", Rating.COMPLETE));
		campaigns.record(c.id(), grid, Scope.all());
		Figure before = fig("EVALUATION_EXCELLENT", t.province().id(), null, Scope.all(), Map.of());
		assertThat(before.of()).isZero();
		campaigns.finalise(c.id(), new Finalisation(LocalDate.of(2026, 1, 10), "UBND tỉnh", null), Scope.all());

		Figure excellent = fig("EVALUATION_EXCELLENT", t.province().id(), null, Scope.all(), Map.of());
		assertThat(excellent.count()).isEqualTo(1);
		assertThat(excellent.of()).isEqualTo(8);
		assertThat(excellent.percent()).isEqualByComparingTo("12.50");
		assertThat(excellent.label()).isEqualTo("hoàn thành xuất sắc nhiệm vụ");
		assertThat(fig("EVALUATION_GOOD", t.province().id(), null, Scope.all(), Map.of()).percent())
			.isEqualByComparingTo("62.50");
		assertThat(fig("EVALUATION_RATED", t.province().id(), null, Scope.all(), Map.of()).count()).isEqualTo(8);
		Figure inA = fig("EVALUATION_EXCELLENT", t.a().id(), null, Scope.all(), Map.of());
		assertThat(inA.count()).isEqualTo(1);
		assertThat(inA.of()).isEqualTo(6);
		assertThat(fig("EVALUATION_INCOMPLETE", t.province().id(),
				new Population.Conditions(List.of("PUBLIC_EMPLOYEE"), null, null), Scope.all(), Map.of()))
			.satisfies(f -> {
				assertThat(f.count()).isEqualTo(1);
				assertThat(f.of()).isEqualTo(1);
			});
		assertThat(fig("EVALUATION_GOOD", null, null, Scope.of(t.b().id()), Map.of()).of()).isEqualTo(2);
		assertThatThrownBy(() -> fig("EVALUATION_GOOD", t.province().id(), null, Scope.of(t.b().id()), Map.of()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(
				() -> fig("EVALUATION_GOOD", t.province().id(), null, Scope.all(), Map.of("GENDER", List.of("FEMALE"))))
			.isInstanceOf(ValidationException.class);
		assertThat(
				fig("EVALUATION_GOOD", t.province().id(), null, Scope.all(), Map.of("PERIOD_KIND", List.of("QUARTER")))
					.of())
			.isZero();
	}

}

package vn.canbo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.canbo.reports.Criterion;
import vn.canbo.reports.Figure;
import vn.canbo.reports.FigureRequest;
import vn.canbo.reports.Figures;
import vn.canbo.reports.ParagraphTemplates;
import vn.canbo.reports.Population;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;

/**
 * Issue 15, figures: EVALUATION_* over any population — a criterion ("cán bộ lãnh đạo,
 * quản lý" = LEADER YES), NOT / OR, several roots, the scope — resolved by reports on the
 * period's last day and intersected with the final ratings; and the issue's sentence "…
 * có 40,23% hoàn thành xuất sắc nhiệm vụ" printed by a paragraph template from records.
 * ({@link RatedProvince}).
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationPopulationFiguresTest {

	static final int YEAR = RatedProvince.YEAR;

	static final LocalDate END = RatedProvince.END;

	@Autowired
	Figures figures;

	@Autowired
	RatedProvince rated;

	@Autowired
	ParagraphTemplates templates;

	EvaluationFixture.Tree t;

	@BeforeAll
	void ratedProvince() {
		t = rated.build();
	}

	private Figure fig(String code, List<Long> roots, Criterion criterion, Scope scope) {
		Population p = new Population(null, null, "Cán bộ lãnh đạo, quản lý", roots, null, null, criterion, END, null,
				0);
		return figures.compute(code, new FigureRequest(p, END, LocalDate.of(YEAR, 1, 1), END, scope, Map.of()))
			.orElseThrow();
	}

	private static Criterion leaders() {
		return Criterion.in("LEADER", List.of("YES"));
	}

	@Test
	void leadersAgainstEveryone() {
		List<Long> root = List.of(t.province().id());
		Figure leaders = fig("EVALUATION_EXCELLENT", root, leaders(), Scope.all());
		assertThat(leaders.count()).isEqualTo(35);
		assertThat(leaders.of()).isEqualTo(87);
		assertThat(leaders.percent()).isEqualByComparingTo("40.23");
		assertThat(fig("EVALUATION_GOOD", root, leaders(), Scope.all()).count()).isEqualTo(52);
		assertThat(fig("EVALUATION_INCOMPLETE", root, leaders(), Scope.all()).count()).isZero();
		Figure all = fig("EVALUATION_EXCELLENT", root, null, Scope.all());
		assertThat(all.count()).isEqualTo(35);
		assertThat(all.of()).isEqualTo(90);
		assertThat(fig("EVALUATION_RATED", root, leaders(), Scope.all()).count()).isEqualTo(87);
		// the persons behind: a page that can rebuild an ad-hoc population without a
		// criterion; none for one with a criterion (a saved population links by its id)
		assertThat(all.drillDown()).isEqualTo("/evaluations/figures/EVALUATION_EXCELLENT/persons?from=" + YEAR
				+ "-01-01&to=" + YEAR + "-12-31&unitId=" + t.province().id());
		assertThat(leaders.drillDown()).isNull();
	}

	@Test
	void aCriterionWithNotAndOrAndSeveralRoots() {
		List<Long> root = List.of(t.province().id());
		Criterion notLeaders = Criterion.not(leaders());
		assertThat(fig("EVALUATION_RATED", root, notLeaders, Scope.all()).count()).isEqualTo(3);
		assertThat(fig("EVALUATION_EXCELLENT", root, notLeaders, Scope.all()).count()).isZero();
		assertThat(fig("EVALUATION_INCOMPLETE", root, notLeaders, Scope.all()).percent()).isEqualByComparingTo("33.33");
		// the specialists, or anyone of commune A: 85 + 3
		Criterion either = Criterion.or(notLeaders, Criterion.in("UNIT", List.of(String.valueOf(t.a().id()))));
		Figure e = fig("EVALUATION_EXCELLENT", root, either, Scope.all());
		assertThat(e.of()).isEqualTo(88);
		assertThat(e.count()).isEqualTo(34);
		// two roots, the communes themselves: the leaders of both
		Figure both = fig("EVALUATION_EXCELLENT", List.of(t.a().id(), t.b().id()), leaders(), Scope.all());
		assertThat(both.count()).isEqualTo(35);
		assertThat(both.of()).isEqualTo(87);
	}

	@Test
	void theScopeCutsThePopulation() {
		Figure inB = fig("EVALUATION_EXCELLENT", List.of(), leaders(), Scope.of(t.b().id()));
		assertThat(inB.count()).isEqualTo(1);
		assertThat(inB.of()).isEqualTo(2);
		assertThat(inB.percent()).isEqualByComparingTo("50.00");
		assertThatThrownBy(
				() -> fig("EVALUATION_EXCELLENT", List.of(t.province().id()), leaders(), Scope.of(t.b().id())))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void theIssuesSentenceFromRecords() {
		List<Long> root = List.of(t.province().id());
		Map<String, ParagraphTemplates.Fig> fig = new HashMap<>();
		for (String code : List.of("EVALUATION_EXCELLENT", "EVALUATION_GOOD")) {
			fig.put(code, ParagraphTemplates.Fig.of(fig(code, root, leaders(), Scope.all()), null));
		}
		List<List<ParagraphTemplates.Segment>> out = templates
			.render("Đánh giá, phân loại cán bộ lãnh đạo có [(${fig['EVALUATION_EXCELLENT'].pct})] hoàn thành xuất sắc "
					+ "nhiệm vụ, [(${fig['EVALUATION_GOOD'].pct})] hoàn thành tốt nhiệm vụ.", Map.of("fig", fig));
		String text = out.get(0).stream().map(ParagraphTemplates.Segment::text).reduce("", String::concat);
		// 35 / 87 = 40,229…% and 52 / 87 = 59,770…%
		assertThat(text).isEqualTo("Đánh giá, phân loại cán bộ lãnh đạo có 40,23% hoàn thành xuất sắc nhiệm vụ, "
				+ "59,77% hoàn thành tốt nhiệm vụ.");
	}

}

package vn.canbo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.canbo.people.Gender;
import vn.canbo.people.NewPerson;
import vn.canbo.people.PersonCategory;
import vn.canbo.people.PersonData;
import vn.canbo.people.Position;
import vn.canbo.reports.Criterion;
import vn.canbo.reports.Figure;
import vn.canbo.reports.FigureRequest;
import vn.canbo.reports.Figures;
import vn.canbo.reports.ParagraphTemplates;
import vn.canbo.reports.Population;
import vn.canbo.rules.RuleMode;
import vn.canbo.rules.RuleParameters;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;

/**
 * Issue 15, figures: EVALUATION_* over any population — a criterion ("cán bộ lãnh đạo,
 * quản lý" = LEADER YES), NOT / OR, several roots, the scope — resolved by reports on the
 * period's last day and intersected with the final ratings; and the issue's sentence "…
 * có 40,23% hoàn thành xuất sắc nhiệm vụ" printed by a paragraph template from records.
 * The campaign is of the year 2041, whose HTXSNV quota is in WARN mode (the version
 * shared with FinalisationTest and the pages' fixture): 35 of 87 leaders rated HTXSNV is
 * far over the quota, finalised with a justification.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationPopulationFiguresTest {

	static final int YEAR = 2041;

	static final LocalDate END = LocalDate.of(YEAR, 12, 31);

	@Autowired
	EvaluationFixture fx;

	@Autowired
	Campaigns campaigns;

	@Autowired
	Figures figures;

	@Autowired
	RuleParameters params;

	@Autowired
	ParagraphTemplates templates;

	EvaluationFixture.Tree t;

	/**
	 * 85 leaders (Trưởng phòng) in commune A — 34 HTXSNV, 51 HTTNV; 2 leaders in B — 1
	 * HTXSNV, 1 HTTNV; 3 specialists in B — HTTNV, HTNV, KHTNV; 1 leader in B not rated
	 * (not in the campaign: appointed in 2042).
	 */
	@BeforeAll
	void ratedProvince() {
		LocalDate from = LocalDate.of(YEAR, 1, 1);
		if (params.get("eval.quota.excellent_pct", from.plusMonths(6)).mode() != RuleMode.WARN) {
			params.change("eval.quota.excellent_pct", new RuleParameters.Change("20", RuleMode.WARN,
					"Nghị định 335/2025/NĐ-CP (kiểm thử chế độ WARN)", from, null));
		}
		t = fx.tree();
		Map<Long, Rating> ratings = new HashMap<>();
		for (int i = 0; i < 85; i++) {
			ratings.put(leader("Lê Trưởng " + letters(i), t.a().id(), LocalDate.of(2010, 1, 1)),
					i < 34 ? Rating.EXCELLENT : Rating.GOOD);
		}
		ratings.put(leader("Lê Trưởng Tây Một", t.b().id(), LocalDate.of(2010, 1, 1)), Rating.EXCELLENT);
		ratings.put(leader("Lê Trưởng Tây Hai", t.b().id(), LocalDate.of(2010, 1, 1)), Rating.GOOD);
		ratings.put(fx.person("Lê Chuyên Viên Một", t.b().id()), Rating.GOOD);
		ratings.put(fx.person("Lê Chuyên Viên Hai", t.b().id()), Rating.COMPLETE);
		ratings.put(fx.person("Lê Chuyên Viên Ba", t.b().id()), Rating.INCOMPLETE);
		leader("Lê Trưởng Mới", t.b().id(), LocalDate.of(YEAR + 1, 1, 1));
		Campaign c = campaigns.open(EvaluationFixture.year("Lãnh đạo", t.province().id(), YEAR), Scope.all());
		List<ScoreEntry> grid = new ArrayList<>();
		for (Subject s : campaigns.subjects(c.id(), Scope.all())) {
			Rating r = ratings.get(s.personId());
			// NĐ 335/2025: common criteria (0–30) + task results (0–70)
			grid.add(switch (r) {
				case EXCELLENT -> EvaluationFixture.parts(s.id(), "28", "67", r);
				case GOOD -> EvaluationFixture.parts(s.id(), "25", "55", r);
				case COMPLETE -> EvaluationFixture.parts(s.id(), "20", "40", r);
				case INCOMPLETE -> EvaluationFixture.parts(s.id(), "10", "30", r);
			});
		}
		assertThat(grid).hasSize(90);
		campaigns.record(c.id(), grid, Scope.all());
		campaigns.finalise(c.id(),
				new Finalisation(LocalDate.of(YEAR + 1, 1, 10), "UBND tỉnh", "Tập thể có thành tích xuất sắc"),
				Scope.all());
	}

	private static String letters(int i) {
		return "" + (char) ('A' + i / 26) + (char) ('a' + i % 26);
	}

	private long leader(String name, long unitId, LocalDate since) {
		PersonData d = PersonData.basic(PersonCategory.CIVIL_SERVANT, name, Gender.MALE,
				PartialDate.of(LocalDate.of(1980, 5, 1)));
		return fx.people
			.create(new NewPerson(d, Position.main(unitId, "TRUONG_PHONG", null, since), null, List.of()), Scope.all())
			.id();
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

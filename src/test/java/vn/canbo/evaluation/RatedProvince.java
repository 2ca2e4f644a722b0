package vn.canbo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.canbo.people.Gender;
import vn.canbo.people.NewPerson;
import vn.canbo.people.PersonCategory;
import vn.canbo.people.PersonData;
import vn.canbo.people.Position;
import vn.canbo.rules.RuleMode;
import vn.canbo.rules.RuleParameters;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;

/**
 * A province rated through the published API for the figure and dimension tests. The
 * campaign is of the year 2041, whose HTXSNV quota is in WARN mode (the version shared
 * with FinalisationTest and the pages' fixture, same guard): 35 of 87 leaders rated
 * HTXSNV is far over the quota, finalised with a justification.
 */
@Component
class RatedProvince {

	static final int YEAR = 2041;

	static final LocalDate END = LocalDate.of(YEAR, 12, 31);

	private final EvaluationFixture fx;

	private final Campaigns campaigns;

	private final RuleParameters params;

	RatedProvince(EvaluationFixture fx, Campaigns campaigns, RuleParameters params) {
		this.fx = fx;
		this.campaigns = campaigns;
		this.params = params;
	}

	/**
	 * 85 leaders (Trưởng phòng) in commune A — 34 HTXSNV, 51 HTTNV; 2 leaders in B — 1
	 * HTXSNV, 1 HTTNV; 3 specialists in B — HTTNV, HTNV, KHTNV; 1 leader in B appointed
	 * in 2042 (not in the population of 2041); 1 specialist in B recorded after the
	 * campaign was opened (in the population, not rated).
	 */
	EvaluationFixture.Tree build() {
		LocalDate from = LocalDate.of(YEAR, 1, 1);
		if (params.get("eval.quota.excellent_pct", from.plusMonths(6)).mode() != RuleMode.WARN) {
			params.change("eval.quota.excellent_pct", new RuleParameters.Change("20", RuleMode.WARN,
					"Nghị định 335/2025/NĐ-CP (kiểm thử chế độ WARN)", from, null));
		}
		EvaluationFixture.Tree t = fx.tree();
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
		// recorded after the campaign was opened: in the population, not rated
		fx.person("Lê Văn Muộn", t.b().id());
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
		return t;
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

}

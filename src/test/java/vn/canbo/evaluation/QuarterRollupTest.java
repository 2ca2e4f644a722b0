package vn.canbo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.canbo.people.PersonCategory;
import vn.canbo.rules.RuleMode;
import vn.canbo.rules.RuleParameters;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * The quarterly roll-up (rule eval.quarter_rollup, issue 15): a YEAR campaign proposes
 * for each subject the AVERAGE of its final quarterly scores of the year (0, 1 and 4
 * quarters; an open quarter and another campaign kind do not count; rounding half up at
 * the HTTNV boundary), the NĐ 335 parts averaged; LAST and LOWEST by parameter version;
 * the action fills only the empty scores, through the grid's rules.
 */
@SpringBootTest
class QuarterRollupTest {

	@Autowired
	EvaluationFixture fx;

	@Autowired
	Campaigns campaigns;

	@Autowired
	RuleParameters params;

	private Map<Long, Subject> subjects(long campaignId) {
		return campaigns.subjects(campaignId, Scope.all())
			.stream()
			.collect(Collectors.toMap(Subject::personId, Function.identity()));
	}

	/**
	 * A QUARTER campaign of the unit, scored (score or "common+task"), finalised or not.
	 */
	private Campaign quarter(long unitId, int year, int q, CampaignKind kind, Map<Long, String> scores,
			boolean finalise) {
		LocalDate from = LocalDate.of(year, 3 * q - 2, 1);
		LocalDate to = from.plusMonths(3).minusDays(1);
		Campaign c = campaigns.open(new NewCampaign("Quý " + q + " " + EvaluationFixture.key(), unitId,
				PeriodKind.QUARTER, from, to, kind, null, null), Scope.all());
		Map<Long, Subject> s = subjects(c.id());
		List<ScoreEntry> grid = new ArrayList<>();
		scores.forEach((p,
				v) -> grid.add(v.contains("+")
						? new ScoreEntry(s.get(p).id(), null, new BigDecimal(v.split("\\+")[0]),
								new BigDecimal(v.split("\\+")[1]), null, null, null, null)
						: EvaluationFixture.score(s.get(p).id(), v, null)));
		campaigns.record(c.id(), grid, Scope.all());
		if (finalise) {
			campaigns.finalise(c.id(), new Finalisation(to.plusDays(5), "Chủ tịch UBND", null), Scope.all());
		}
		return c;
	}

	/** A civil servant admitted to the Party in 2005, with a main post in the unit. */
	static long partyMember(EvaluationFixture fx, String name, long unitId) {
		vn.canbo.people.PersonData d = vn.canbo.people.PeopleTestData.with(
				vn.canbo.people.PersonData.basic(PersonCategory.CIVIL_SERVANT, name, vn.canbo.people.Gender.MALE,
						vn.canbo.shared.PartialDate.of(LocalDate.of(1980, 5, 1))),
				"partyJoinedOn", LocalDate.of(2005, 5, 19));
		return fx.people
			.create(new vn.canbo.people.NewPerson(d,
					vn.canbo.people.Position.main(unitId, "CHUYEN_VIEN", null, LocalDate.of(2010, 1, 1)), null,
					List.of()), Scope.all())
			.id();
	}

	@Test
	void averageOfZeroOneAndFourFinalQuartersThenFillTheEmptyScores() {
		EvaluationFixture.Tree t = fx.tree();
		long four = fx.person("Mai Văn Bốn", t.a().id());
		long one = fx.person("Mai Văn Một", t.b().id());
		long none = fx.person("Mai Văn Không", t.province().id());
		quarter(t.a().id(), 2025, 1, CampaignKind.INDIVIDUAL, Map.of(four, "79"), true);
		quarter(t.a().id(), 2025, 2, CampaignKind.INDIVIDUAL, Map.of(four, "80"), true);
		quarter(t.a().id(), 2025, 3, CampaignKind.INDIVIDUAL, Map.of(four, "80"), true);
		quarter(t.a().id(), 2025, 4, CampaignKind.INDIVIDUAL, Map.of(four, "80"), true);
		quarter(t.b().id(), 2025, 3, CampaignKind.INDIVIDUAL, Map.of(one, "49.5"), true);
		quarter(t.b().id(), 2025, 4, CampaignKind.INDIVIDUAL, Map.of(one, "85"), false); // open
		quarter(t.province().id(), 2024, 4, CampaignKind.INDIVIDUAL, Map.of(none, "85", four, "10", one, "10"), true); // another
																														// year
		Campaign year = campaigns.open(EvaluationFixture.year("Năm", t.province().id(), 2025), Scope.all());
		Map<Long, Subject> s = subjects(year.id());
		Map<Long, QuarterProposal> p = campaigns.quarterProposals(year.id(), Scope.all());
		assertThat(p).containsOnlyKeys(s.get(four).id(), s.get(one).id());
		QuarterProposal f = p.get(s.get(four).id());
		assertThat(f.method()).isEqualTo("AVERAGE");
		assertThat(f.score()).isEqualByComparingTo("79.75"); // (79 + 80 + 80 + 80) / 4
		assertThat(f.rating()).isEqualTo(Rating.GOOD);
		assertThat(f.quarters()).extracting(QuarterProposal.Quarter::quarter).containsExactly(1, 2, 3, 4);
		assertThat(f.summary()).isEqualTo("Quý 1: 79 · Quý 2: 80 · Quý 3: 80 · Quý 4: 80");
		QuarterProposal o = p.get(s.get(one).id());
		assertThat(o.score()).isEqualByComparingTo("49.5");
		assertThat(o.rating()).isEqualTo(Rating.INCOMPLETE);
		assertThat(o.quarters()).singleElement().satisfies(q -> assertThat(q.quarter()).isEqualTo(3));
		// a score typed in the grid is kept; only the empty ones are filled
		campaigns.record(year.id(), List.of(EvaluationFixture.score(s.get(one).id(), "75", null)), Scope.all());
		assertThat(campaigns.fillFromQuarters(year.id(), Scope.all())).singleElement()
			.satisfies(x -> assertThat(x.personId()).isEqualTo(four));
		Map<Long, Subject> after = subjects(year.id());
		assertThat(after.get(four).score()).isEqualByComparingTo("79.75");
		assertThat(after.get(four).rating()).isEqualTo(Rating.GOOD);
		assertThat(after.get(one).score()).isEqualByComparingTo("75");
		assertThat(after.get(none).score()).isNull();
		assertThatThrownBy(() -> campaigns.fillFromQuarters(year.id(), Scope.all()))
			.isInstanceOf(ValidationException.class);
		// a quarterly campaign has no roll-up
		Campaign q1 = quarter(t.b().id(), 2025, 1, CampaignKind.INDIVIDUAL, Map.of(one, "80"), false);
		assertThat(campaigns.quarterProposals(q1.id(), Scope.all())).isEmpty();
	}

	@Test
	void roundingAtTheBoundaryPartsAndKind() {
		EvaluationFixture.Tree t = fx.tree();
		long up = fx.person("Đào Văn Tròn", t.a().id());
		long down = fx.person("Đào Văn Dưới", t.b().id());
		long party = partyMember(fx, "Đào Văn Đảng", t.province().id());
		quarter(t.a().id(), 2025, 1, CampaignKind.INDIVIDUAL, Map.of(up, "69.99"), true);
		quarter(t.a().id(), 2025, 2, CampaignKind.INDIVIDUAL, Map.of(up, "70"), true);
		quarter(t.b().id(), 2025, 1, CampaignKind.INDIVIDUAL, Map.of(down, "69.98"), true);
		quarter(t.b().id(), 2025, 2, CampaignKind.INDIVIDUAL, Map.of(down, "70"), true);
		quarter(t.province().id(), 2025, 2, CampaignKind.PARTY_MEMBER, Map.of(party, "85"), true);
		Campaign year = campaigns.open(EvaluationFixture.year("Năm", t.province().id(), 2025), Scope.all());
		Map<Long, Subject> s = subjects(year.id());
		Map<Long, QuarterProposal> p = campaigns.quarterProposals(year.id(), Scope.all());
		// 69.995 rounds half up to 70.00: HTTNV; 69.99: HTNV; party quarters do not count
		assertThat(p.get(s.get(up).id()).score()).isEqualByComparingTo("70.00");
		assertThat(p.get(s.get(up).id()).rating()).isEqualTo(Rating.GOOD);
		assertThat(p.get(s.get(down).id()).score()).isEqualByComparingTo("69.99");
		assertThat(p.get(s.get(down).id()).rating()).isEqualTo(Rating.COMPLETE);
		assertThat(p).doesNotContainKey(s.get(party).id());
		// NĐ 335 (công chức from 2026): the parts are averaged and filled
		EvaluationFixture.Tree u = fx.tree();
		long cc = fx.person("Đào Thị Phần", u.a().id());
		quarter(u.a().id(), 2026, 1, CampaignKind.INDIVIDUAL, Map.of(cc, "28+60"), true);
		quarter(u.a().id(), 2026, 2, CampaignKind.INDIVIDUAL, Map.of(cc, "27+61"), true);
		Campaign y26 = campaigns.open(EvaluationFixture.year("Năm", u.a().id(), 2026), Scope.all());
		long sid = subjects(y26.id()).get(cc).id();
		QuarterProposal parts = campaigns.quarterProposals(y26.id(), Scope.all()).get(sid);
		assertThat(parts.commonScore()).isEqualByComparingTo("27.5");
		assertThat(parts.taskScore()).isEqualByComparingTo("60.5");
		assertThat(parts.score()).isEqualByComparingTo("88");
		campaigns.fillFromQuarters(y26.id(), Scope.all());
		Subject filled = campaigns.subject(sid, Scope.all());
		assertThat(filled.commonScore()).isEqualByComparingTo("27.5");
		assertThat(filled.taskScore()).isEqualByComparingTo("60.5");
		assertThat(filled.score()).isEqualByComparingTo("88");
		assertThat(filled.rating()).isEqualTo(Rating.GOOD);
	}

	@Test
	void lastAndLowestByParameterVersion() {
		LocalDate last = LocalDate.of(2067, 1, 1);
		if (params.history("eval.quarter_rollup").get(0).effectiveFrom().isBefore(last)) {
			params.change("eval.quarter_rollup",
					new RuleParameters.Change("LAST", RuleMode.WARN, "Kiểm thử (issue 15)", last, null));
			params.change("eval.quarter_rollup", new RuleParameters.Change("LOWEST", RuleMode.WARN,
					"Kiểm thử (issue 15)", LocalDate.of(2068, 1, 1), null));
			params.change("eval.quarter_rollup", new RuleParameters.Change("AVERAGE", RuleMode.WARN,
					"Kiểm thử (issue 15)", LocalDate.of(2069, 1, 1), null));
		}
		for (int y : List.of(2067, 2068)) {
			EvaluationFixture.Tree t = fx.tree();
			long p = fx.person(y == 2067 ? "Lò Văn Sau" : "Lò Văn Thấp", PersonCategory.CADRE, t.a().id());
			quarter(t.a().id(), y, 1, CampaignKind.INDIVIDUAL, Map.of(p, "70"), true);
			quarter(t.a().id(), y, 2, CampaignKind.INDIVIDUAL, Map.of(p, "49.5"), true);
			quarter(t.a().id(), y, 3, CampaignKind.INDIVIDUAL, Map.of(p, "85"), true);
			Campaign c = campaigns.open(EvaluationFixture.year("Năm", t.a().id(), y), Scope.all());
			QuarterProposal q = campaigns.quarterProposals(c.id(), Scope.all()).get(subjects(c.id()).get(p).id());
			if (y == 2067) {
				assertThat(q.method()).isEqualTo("LAST");
				assertThat(q.score()).isEqualByComparingTo("85");
				assertThat(q.rating()).isEqualTo(Rating.GOOD);
			}
			else {
				assertThat(q.method()).isEqualTo("LOWEST");
				assertThat(q.score()).isEqualByComparingTo("49.5");
				assertThat(q.rating()).isEqualTo(Rating.INCOMPLETE);
			}
		}
	}

}

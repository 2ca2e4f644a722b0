package vn.canbo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.canbo.people.Gender;
import vn.canbo.people.NewPerson;
import vn.canbo.people.PersonCategory;
import vn.canbo.people.PersonData;
import vn.canbo.people.Position;
import vn.canbo.rules.RuleMode;
import vn.canbo.rules.RuleParameters;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * The leader's cap by the rating of the unit they lead (eval.cap.leader_*): above the
 * unit's final rating is refused (BLOCK) naming the person, the unit and its rating;
 * equal and below pass; a unit not yet finally rated sets no cap; in WARN mode the
 * finalisation needs a justification.
 */
@SpringBootTest
class LeaderCapTest {

	@Autowired
	EvaluationFixture fx;

	@Autowired
	Campaigns campaigns;

	@Autowired
	RuleParameters params;

	private long leader(String name, long unitId) {
		PersonData d = PersonData.basic(PersonCategory.CIVIL_SERVANT, name, Gender.MALE,
				PartialDate.of(LocalDate.of(1975, 6, 1)));
		return fx.people
			.create(new NewPerson(d, Position.main(unitId, "CHU_TICH_UBND", null, LocalDate.of(2010, 1, 1)), null,
					List.of()), Scope.all())
			.id();
	}

	/**
	 * A collective campaign of the unit alone, rated and (when {@code finalise}) final.
	 */
	private void rateUnit(long unitId, int year, Rating r, boolean finalise) {
		Campaign c = campaigns.open(new NewCampaign("Tập thể " + EvaluationFixture.key(), unitId, PeriodKind.YEAR,
				LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), CampaignKind.COLLECTIVE, null, null),
				Scope.all());
		Subject unit = campaigns.subjects(c.id(), Scope.all()).get(0);
		campaigns.record(c.id(), List.of(EvaluationFixture.score(unit.id(), null, r)), Scope.all());
		if (finalise) {
			campaigns.finalise(c.id(), new Finalisation(LocalDate.of(year + 1, 1, 5), "UBND tỉnh", null), Scope.all());
		}
	}

	/** The leader's rating, in the staff's task group (one quota group with them). */
	private static ScoreEntry lead(long subjectId, Rating r) {
		return new ScoreEntry(subjectId, null, null, null, null, r, null, "CHUYEN_MON");
	}

	/**
	 * An individual campaign of the unit with five HTTNV staff (so one HTXSNV fits the
	 * quota).
	 */
	private Map<Long, Subject> staffed(EvaluationFixture.Tree t, int year, Campaign[] out) {
		List<Long> staff = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			staff.add(fx.person("Mai Văn Cán Sự " + (char) ('A' + i), t.a().id()));
		}
		Campaign c = campaigns.open(EvaluationFixture.year("Lãnh đạo", t.a().id(), year), Scope.all());
		Map<Long, Subject> s = campaigns.subjects(c.id(), Scope.all())
			.stream()
			.collect(Collectors.toMap(Subject::personId, Function.identity()));
		campaigns.record(c.id(),
				staff.stream().map(p -> EvaluationFixture.score(s.get(p).id(), null, Rating.GOOD)).toList(),
				Scope.all());
		out[0] = c;
		return s;
	}

	@Test
	void aLeaderCannotBeRatedAboveTheUnitTheyLead() {
		EvaluationFixture.Tree t = fx.tree();
		long l = leader("Mai Văn Chủ Tịch", t.a().id());
		rateUnit(t.a().id(), 2025, Rating.GOOD, true);
		Campaign[] c = new Campaign[1];
		Map<Long, Subject> s = staffed(t, 2025, c);
		long subject = s.get(l).id();
		assertThatThrownBy(() -> campaigns.record(c[0].id(), List.of(lead(subject, Rating.EXCELLENT)), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors()).singleElement().satisfies(x -> {
						assertThat(x.field()).isEqualTo("entries[0].rating");
						assertThat(x.message()).contains("Mai Văn Chủ Tịch").contains(t.a().name()).contains("HTTNV");
					}));
		assertThat(campaigns.subject(subject, Scope.all()).rating()).isNull();
		// equal and below pass
		assertThat(campaigns.record(c[0].id(), List.of(lead(subject, Rating.GOOD)), Scope.all())).singleElement()
			.satisfies(x -> assertThat(x.rating()).isEqualTo(Rating.GOOD));
		campaigns.record(c[0].id(), List.of(lead(subject, Rating.COMPLETE)), Scope.all());
		campaigns.finalise(c[0].id(), new Finalisation(LocalDate.of(2026, 1, 10), "UBND tỉnh", null), Scope.all());
	}

	@Test
	void aUnitNotYetFinallyRatedSetsNoCap() {
		EvaluationFixture.Tree t = fx.tree();
		long l = leader("Mai Văn Chưa Xét", t.a().id());
		rateUnit(t.a().id(), 2025, Rating.COMPLETE, false);
		// another year's final rating does not overlap
		rateUnit(t.a().id(), 2024, Rating.COMPLETE, true);
		Campaign[] c = new Campaign[1];
		Map<Long, Subject> s = staffed(t, 2025, c);
		campaigns.record(c[0].id(), List.of(lead(s.get(l).id(), Rating.EXCELLENT)), Scope.all());
		assertThat(campaigns.subject(s.get(l).id(), Scope.all()).rating()).isEqualTo(Rating.EXCELLENT);
	}

	@Test
	void inWarnModeTheFinalisationNeedsAJustification() {
		LocalDate from = LocalDate.of(2073, 1, 1);
		if (params.get("eval.cap.leader_regimes", from.plusMonths(6)).mode() != RuleMode.WARN) {
			params.change("eval.cap.leader_regimes", new RuleParameters.Change("QD_366_2025,ND_90_2020,ND_335_2025",
					RuleMode.WARN, "Quy định 366-QĐ/TW (kiểm thử chế độ WARN)", from, null));
		}
		EvaluationFixture.Tree t = fx.tree();
		long l = leader("Mai Văn Cảnh Báo", t.a().id());
		rateUnit(t.a().id(), 2073, Rating.COMPLETE, true);
		Campaign[] c = new Campaign[1];
		Map<Long, Subject> s = staffed(t, 2073, c);
		campaigns.record(c[0].id(), List.of(lead(s.get(l).id(), Rating.GOOD)), Scope.all());
		assertThatThrownBy(() -> campaigns.finalise(c[0].id(),
				new Finalisation(LocalDate.of(2074, 1, 5), "UBND tỉnh", null), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors()).singleElement().satisfies(x -> {
						assertThat(x.field()).isEqualTo("quotaJustification");
						assertThat(x.message()).contains("Mai Văn Cảnh Báo").contains(t.a().name()).contains("HTNV");
					}));
		Campaign done = campaigns.finalise(c[0].id(),
				new Finalisation(LocalDate.of(2074, 1, 5), "UBND tỉnh", "Đơn vị khắc phục xong hạn chế"), Scope.all());
		assertThat(done.quotaJustification()).isEqualTo("Đơn vị khắc phục xong hạn chế");
	}

}

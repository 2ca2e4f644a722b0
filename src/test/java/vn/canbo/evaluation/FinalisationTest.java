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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.canbo.rules.RuleMode;
import vn.canbo.rules.RuleParameters;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Finalisation (every subject rated; the quota BLOCK refuses, WARN needs a justification;
 * immutable after; the event), correction by a recorded decision, steps, the audit, and
 * the read API {@link EvaluationResults}.
 */
@SpringBootTest
@RecordApplicationEvents
class FinalisationTest {

	@Autowired
	EvaluationFixture fx;

	@Autowired
	Campaigns campaigns;

	@Autowired
	EvaluationResults results;

	@Autowired
	RuleParameters params;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	private Map<Long, Subject> subjects(long campaignId) {
		return campaigns.subjects(campaignId, Scope.all())
			.stream()
			.collect(Collectors.toMap(Subject::personId, Function.identity()));
	}

	private Campaign rate(long unitId, int year, Map<Long, Rating> ratings) {
		Campaign c = campaigns.open(EvaluationFixture.year("Năm " + year, unitId, year), Scope.all());
		Map<Long, Subject> s = subjects(c.id());
		List<ScoreEntry> grid = new ArrayList<>();
		ratings.forEach((p, r) -> grid.add(EvaluationFixture.score(s.get(p).id(), null, r)));
		campaigns.record(c.id(), grid, Scope.all());
		return c;
	}

	private static Finalisation decision() {
		return new Finalisation(LocalDate.of(2026, 1, 15), "Chủ tịch UBND xã", null);
	}

	@Test
	void finaliseNeedsEveryRatingThenFreezesAndPublishes() {
		EvaluationFixture.Tree t = fx.tree();
		long p1 = fx.person("Triệu Văn Chốt", t.a().id());
		long p2 = fx.person("Triệu Văn Chưa", t.a().id());
		Campaign c = campaigns.open(EvaluationFixture.year("Chốt", t.a().id(), 2025), Scope.all());
		Map<Long, Subject> s = subjects(c.id());
		campaigns.record(c.id(), List.of(EvaluationFixture.score(s.get(p1).id(), "72", Rating.GOOD)), Scope.all());
		campaigns.recordStep(s.get(p1).id(), new StepEntry(StepKind.SELF_ASSESSMENT, LocalDate.of(2025, 12, 10),
				"Triệu Văn Chốt", null, Rating.GOOD, null), Scope.all());
		assertThatThrownBy(() -> campaigns.finalise(c.id(), new Finalisation(null, " ", null), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
				.containsExactly("decidedOn", "authority"));
		assertThatThrownBy(() -> campaigns.finalise(c.id(), decision(), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).singleElement()
				.satisfies(x -> assertThat(x.message()).contains("Triệu Văn Chưa")));
		assertThat(campaigns.get(c.id(), Scope.all()).status()).isEqualTo(CampaignStatus.OPEN);
		campaigns.record(c.id(), List.of(EvaluationFixture.score(s.get(p2).id(), "40", null)), Scope.all());
		Campaign done = campaigns.finalise(c.id(), decision(), Scope.all());
		assertThat(done.status()).isEqualTo(CampaignStatus.FINALISED);
		assertThat(done.authority()).isEqualTo("Chủ tịch UBND xã");
		Subject one = campaigns.subject(s.get(p1).id(), Scope.all());
		assertThat(one.finalRating()).isTrue();
		assertThat(one.steps()).extracting(Step::kind).containsExactly(StepKind.SELF_ASSESSMENT, StepKind.DECISION);
		assertThat(one.steps().get(1).actor()).isEqualTo("Chủ tịch UBND xã");
		assertThat(one.steps().get(1).rating()).isEqualTo(Rating.GOOD);
		assertThat(events.stream(EvaluationFinalised.class).filter(e -> e.campaignId() == c.id())).singleElement()
			.satisfies(e -> assertThat(e.personIds()).containsExactlyInAnyOrder(p1, p2));
		assertThatThrownBy(() -> campaigns.record(c.id(),
				List.of(EvaluationFixture.score(s.get(p1).id(), "95", Rating.EXCELLENT)), Scope.all()))
			.isInstanceOf(ValidationException.class);
		assertThatThrownBy(() -> campaigns.finalise(c.id(), decision(), Scope.all()))
			.isInstanceOf(ValidationException.class);
		assertThat(results.ratingIn(p2, 2025)).contains(Rating.INCOMPLETE);
		assertThat(results.ratings(p1)).singleElement().satisfies(r -> {
			assertThat(r.finalRating()).isTrue();
			assertThat(r.year()).isEqualTo(2025);
			assertThat(r.rating()).isEqualTo(Rating.GOOD);
		});
		assertThat(jdbc.sql("""
				select count(*) from audit_event where entity_type = 'evaluation_campaign' and entity_id = ?""")
			.param(String.valueOf(c.id()))
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void correctionOnlyByARecordedDecision() {
		EvaluationFixture.Tree t = fx.tree();
		long p = fx.person("Phùng Thị Sửa", t.a().id());
		Campaign c = rate(t.a().id(), 2025, Map.of(p, Rating.INCOMPLETE));
		Subject s = subjects(c.id()).get(p);
		assertThatThrownBy(
				() -> campaigns.correct(s.id(),
						new Correction(Rating.COMPLETE, null, "12/QĐ-UBND", LocalDate.of(2026, 2, 1), "UBND xã",
								"Sai sót"),
						Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors().get(0).field()).isEqualTo("subjectId"));
		campaigns.finalise(c.id(), decision(), Scope.all());
		assertThatThrownBy(() -> campaigns.correct(s.id(), new Correction(Rating.COMPLETE, null, " ", null, null, ""),
				Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
				.containsExactly("decisionNumber", "decisionDate", "issuer", "reason"));
		Subject fixed = campaigns.correct(s.id(), new Correction(Rating.COMPLETE, new BigDecimal("55"), "12/QĐ-UBND",
				LocalDate.of(2026, 2, 1), "UBND xã", "Sai sót khi tổng hợp"), Scope.all());
		assertThat(fixed.rating()).isEqualTo(Rating.COMPLETE);
		assertThat(fixed.steps()).last().satisfies(x -> assertThat(x.note()).contains("12/QĐ-UBND"));
		assertThat(results.ratingIn(p, 2025)).contains(Rating.COMPLETE);
		assertThat(events.stream(EvaluationCorrected.class).filter(e -> e.campaignId() == c.id())).singleElement()
			.satisfies(e -> {
				assertThat(e.before()).isEqualTo(Rating.INCOMPLETE);
				assertThat(e.after()).isEqualTo(Rating.COMPLETE);
			});
		assertThatThrownBy(() -> campaigns.correct(s.id(),
				new Correction(Rating.GOOD, new BigDecimal("55"), "13/QĐ-UBND", LocalDate.of(2026, 2, 2), "UBND xã",
						"Lý do"),
				Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors().get(0).field()).isEqualTo("rating"));
	}

	@Test
	void incompleteYearsAndConsecutiveIncomplete() {
		EvaluationFixture.Tree t = fx.tree();
		long p = fx.person("Quách Văn Hai Năm", t.a().id());
		for (int year : List.of(2021, 2023, 2024)) {
			Campaign c = rate(t.a().id(), year, Map.of(p, Rating.INCOMPLETE));
			campaigns.finalise(c.id(), new Finalisation(LocalDate.of(year + 1, 1, 10), "UBND xã", null), Scope.all());
		}
		Campaign c2022 = rate(t.a().id(), 2022, Map.of(p, Rating.GOOD));
		campaigns.finalise(c2022.id(), new Finalisation(LocalDate.of(2023, 1, 10), "UBND xã", null), Scope.all());
		rate(t.a().id(), 2025, Map.of(p, Rating.INCOMPLETE));
		assertThat(results.consecutiveIncomplete(p, 2024)).isEqualTo(2);
		assertThat(results.consecutiveIncomplete(p, 2025)).isZero();
		assertThat(results.consecutiveIncomplete(p, 2022)).isZero();
		assertThat(results.consecutiveIncomplete(p, 2021)).isEqualTo(1);
		assertThat(results.incompleteYears(p, LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31))).isEqualTo(3);
		assertThat(results.incompleteYears(p, LocalDate.of(2022, 1, 1), LocalDate.of(2023, 12, 30))).isZero();
		assertThat(results.incompleteYears(p, LocalDate.of(2022, 1, 1), LocalDate.of(2023, 12, 31))).isEqualTo(1);
		assertThat(results.ratingIn(p, 2025)).isEmpty();
		assertThat(results.ratings(p)).hasSize(5).first().satisfies(r -> assertThat(r.finalRating()).isFalse());
	}

	@Test
	void warnModeQuotaNeedsAJustification() {
		// the same year and guard as the pages' fixture (PagesFixture.warnQuota):
		// whichever
		// runs first records the WARN version from 1/1/2041, the other finds it in force
		LocalDate from = LocalDate.of(2041, 1, 1);
		if (params.get("eval.quota.excellent_pct", from.plusMonths(6)).mode() != RuleMode.WARN) {
			params.change("eval.quota.excellent_pct", new RuleParameters.Change("20", RuleMode.WARN,
					"Nghị định 335/2025/NĐ-CP (kiểm thử chế độ WARN)", from, null));
		}
		EvaluationFixture.Tree t = fx.tree();
		long good = fx.person("Cao Văn Tốt", t.a().id());
		long excellent = fx.person("Cao Văn Xuất Sắc", t.a().id());
		Campaign c = rate(t.a().id(), 2041, Map.of(good, Rating.GOOD, excellent, Rating.EXCELLENT));
		QuotaCheck q = campaigns.quota(c.id(), Scope.all());
		assertThat(q.mode()).isEqualTo(RuleMode.WARN);
		assertThat(q.exceeded()).isTrue();
		assertThat(q.over()).isEqualTo(1);
		assertThatThrownBy(() -> campaigns.finalise(c.id(), decision(), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).singleElement()
				.satisfies(x -> assertThat(x.field()).isEqualTo("quotaJustification")));
		Campaign done = campaigns.finalise(c.id(),
				new Finalisation(LocalDate.of(2042, 1, 10), "UBND xã", "Tập thể có thành tích xuất sắc"), Scope.all());
		assertThat(done.quotaJustification()).isEqualTo("Tập thể có thành tích xuất sắc");
	}

}

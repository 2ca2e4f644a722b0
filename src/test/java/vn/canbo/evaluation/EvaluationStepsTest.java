package vn.canbo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * The steps of an evaluation (issue 15): the order rule at its boundaries (same day
 * allowed, a day before refused, a step after a later kind refused), every error at once,
 * the decision not before the last step, read only once finalised; one step for many
 * subjects of a unit (with the grid's current ratings), all or nothing, scoped; the
 * audit.
 */
@SpringBootTest
class EvaluationStepsTest {

	@Autowired
	EvaluationFixture fx;

	@Autowired
	Campaigns campaigns;

	@Autowired
	JdbcClient jdbc;

	private Map<Long, Subject> subjects(long campaignId) {
		return campaigns.subjects(campaignId, Scope.all())
			.stream()
			.collect(Collectors.toMap(Subject::personId, Function.identity()));
	}

	private static StepEntry step(StepKind k, int month, int day, String actor) {
		return new StepEntry(k, LocalDate.of(2025, month, day), actor, null, null, null);
	}

	private static List<String> messages(Throwable e) {
		return ((ValidationException) e).errors().stream().map(FieldError::message).toList();
	}

	@Test
	void orderRuleDecisionAfterTheStepsAndReadOnlyOnceFinalised() {
		EvaluationFixture.Tree t = fx.tree();
		long p = fx.person("Lạc Thị Bước", t.a().id());
		Campaign c = campaigns.open(EvaluationFixture.year("Bước", t.a().id(), 2025), Scope.all());
		long sid = subjects(c.id()).get(p).id();
		campaigns.recordStep(sid, new StepEntry(StepKind.SELF_ASSESSMENT, LocalDate.of(2025, 12, 10), "Lạc Thị Bước",
				new BigDecimal("78.5"), Rating.GOOD, "Tự nhận xét"), Scope.all());
		// a day before the previous step: refused, naming the person and both steps
		assertThatThrownBy(
				() -> campaigns.recordStep(sid, step(StepKind.COLLECTIVE_OPINION, 12, 9, "Tập thể xã"), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors()).singleElement().satisfies(x -> {
						assertThat(x.field()).isEqualTo("date");
						assertThat(x.message()).contains("Lạc Thị Bước", "09/12/2025", "10/12/2025");
					}));
		// the same day: allowed
		campaigns.recordStep(sid, step(StepKind.COLLECTIVE_OPINION, 12, 10, "Tập thể UBND xã"), Scope.all());
		campaigns.recordStep(sid, step(StepKind.HEAD_PROPOSAL, 12, 15, "Chủ tịch UBND xã"), Scope.all());
		// an earlier kind dated after a later one: refused
		assertThatThrownBy(
				() -> campaigns.recordStep(sid, step(StepKind.SELF_ASSESSMENT, 12, 16, "Lạc Thị Bước"), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(messages(e)).singleElement().asString().contains("16/12/2025", "10/12/2025"));
		// every error at once; the DECISION only by finalisation
		assertThatThrownBy(() -> campaigns.recordStep(sid,
				new StepEntry(StepKind.DECISION, null, " ", new BigDecimal("100.5"), null, null), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
				.containsExactlyInAnyOrder("kind", "actor", "date", "score"));
		Subject s = campaigns.subject(sid, Scope.all());
		assertThat(s.steps()).extracting(Step::kind)
			.containsExactly(StepKind.SELF_ASSESSMENT, StepKind.COLLECTIVE_OPINION, StepKind.HEAD_PROPOSAL);
		assertThat(s.steps().get(0).score()).isEqualByComparingTo("78.5");
		assertThat(s.steps().get(0).note()).isEqualTo("Tự nhận xét");
		campaigns.record(c.id(), List.of(EvaluationFixture.score(sid, "78.5", Rating.GOOD)), Scope.all());
		// the decision may not precede the last step (15/12): 14/12 refused, 15/12
		// allowed
		assertThatThrownBy(() -> campaigns.finalise(c.id(),
				new Finalisation(LocalDate.of(2025, 12, 14), "Chủ tịch UBND huyện", null), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).singleElement()
				.satisfies(x -> assertThat(x.message()).contains("Lạc Thị Bước", "14/12/2025", "15/12/2025")));
		campaigns.finalise(c.id(), new Finalisation(LocalDate.of(2025, 12, 15), "Chủ tịch UBND huyện", null),
				Scope.all());
		assertThat(campaigns.subject(sid, Scope.all()).steps()).extracting(Step::kind).endsWith(StepKind.DECISION);
		assertThatThrownBy(
				() -> campaigns.recordStep(sid, step(StepKind.HEAD_PROPOSAL, 12, 20, "Chủ tịch UBND xã"), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors()).extracting(FieldError::field).contains("campaign"));
		assertThatThrownBy(() -> campaigns.recordSteps(c.id(),
				new BatchStep(StepKind.HEAD_PROPOSAL, LocalDate.of(2025, 12, 20), "Chủ tịch", null, null, null, false),
				Scope.all()))
			.isInstanceOf(ValidationException.class);
		assertThat(jdbc.sql("""
				select count(*) from audit_event where entity_type = 'evaluation_subject' and entity_id = ?
				   and cast(after as text) like '%"step"%'""").param(String.valueOf(sid)).query(Integer.class).single())
			.isEqualTo(3);
	}

	@Test
	void oneStepForManySubjectsOfAUnitAllOrNothingAndScoped() {
		EvaluationFixture.Tree t = fx.tree();
		long p1 = fx.person("Kha Văn Một", t.a().id());
		long p2 = fx.person("Kha Văn Hai", t.a().id());
		long p3 = fx.person("Kha Văn Ba", t.b().id());
		Campaign c = campaigns.open(EvaluationFixture.year("Nhiều", t.province().id(), 2025), Scope.all());
		Map<Long, Subject> s = subjects(c.id());
		campaigns.record(c.id(), List.of(EvaluationFixture.score(s.get(p1).id(), "80", Rating.GOOD)), Scope.all());
		BatchStep head = new BatchStep(StepKind.HEAD_PROPOSAL, LocalDate.of(2025, 12, 20), "Chủ tịch UBND xã Đông",
				"Đề xuất theo bảng", t.a().id(), null, true);
		// one of the unit is not rated yet: refused, nothing stored
		assertThatThrownBy(() -> campaigns.recordSteps(c.id(), head, Scope.all())).isInstanceOfSatisfying(
				ValidationException.class,
				e -> assertThat(messages(e)).singleElement().asString().contains("Kha Văn Hai"));
		assertThat(campaigns.subject(s.get(p1).id(), Scope.all()).steps()).isEmpty();
		campaigns.record(c.id(), List.of(EvaluationFixture.score(s.get(p2).id(), "60", null)), Scope.all());
		assertThat(campaigns.recordSteps(c.id(), head, Scope.all())).hasSize(2);
		assertThat(campaigns.subject(s.get(p1).id(), Scope.all()).steps()).singleElement().satisfies(x -> {
			assertThat(x.kind()).isEqualTo(StepKind.HEAD_PROPOSAL);
			assertThat(x.rating()).isEqualTo(Rating.GOOD);
			assertThat(x.score()).isEqualByComparingTo("80");
			assertThat(x.note()).isEqualTo("Đề xuất theo bảng");
		});
		assertThat(campaigns.subject(s.get(p2).id(), Scope.all()).steps()).singleElement()
			.satisfies(x -> assertThat(x.rating()).isEqualTo(Rating.COMPLETE));
		assertThat(campaigns.subject(s.get(p3).id(), Scope.all()).steps()).isEmpty();
		// every unit: the collective met after the head's proposal → refused for the two
		// of commune A, all or nothing (B's subject gets nothing either)
		BatchStep met = new BatchStep(StepKind.COLLECTIVE_OPINION, LocalDate.of(2025, 12, 21), "Tập thể", null, null,
				null, false);
		assertThatThrownBy(() -> campaigns.recordSteps(c.id(), met, Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(messages(e)).hasSize(2));
		assertThat(campaigns.subject(s.get(p3).id(), Scope.all()).steps()).isEmpty();
		// commune A's officer: B's unit or subject does not exist
		Scope a = Scope.of(t.a().id());
		assertThatThrownBy(() -> campaigns.recordSteps(c.id(), new BatchStep(StepKind.COLLECTIVE_OPINION,
				LocalDate.of(2025, 12, 21), "Tập thể", null, t.b().id(), null, false), a))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(
				() -> campaigns.recordStep(s.get(p3).id(), step(StepKind.SELF_ASSESSMENT, 12, 1, "Kha Văn Ba"), a))
			.isInstanceOf(NotFoundException.class);
		assertThat(campaigns.subject(s.get(p3).id(), Scope.all()).steps()).isEmpty();
	}

}

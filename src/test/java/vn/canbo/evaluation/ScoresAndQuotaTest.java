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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.canbo.people.PersonCategory;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Grid saves: the score thresholds (49/50, 69/70, 89/90), scores outside 0–100, the NĐ
 * 335 parts, the discipline cap (c), all-or-nothing with every error named, and the
 * HTXSNV quota (floor of 20% of HTTNV) at its boundaries.
 */
@SpringBootTest
class ScoresAndQuotaTest {

	@Autowired
	EvaluationFixture fx;

	@Autowired
	Campaigns campaigns;

	@ParameterizedTest
	@CsvSource({ "0,0", "1,0", "4,0", "5,1", "9,1", "10,2", "14,2", "15,3" })
	void quotaIsTheFloorOfTwentyPercentOfGood(int good, int allowed) {
		assertThat(QuotaCheck.allowed(20, good)).isEqualTo(allowed);
	}

	/** Civil servants of 2025 (NĐ 90: one score) and their subjects, by person id. */
	private Map<Long, Subject> subjects(long campaignId) {
		return campaigns.subjects(campaignId, Scope.all())
			.stream()
			.collect(Collectors.toMap(Subject::personId, Function.identity()));
	}

	@Test
	void scoreThresholdsAndRangeUnderNd90() {
		EvaluationFixture.Tree t = fx.tree();
		long p = fx.person("Đỗ Thị Ngưỡng", t.a().id());
		List<Long> good = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			good.add(fx.person("Đỗ Văn Tốt " + (char) ('A' + i), t.a().id()));
		}
		Campaign c = campaigns.open(EvaluationFixture.year("Ngưỡng", t.a().id(), 2025), Scope.all());
		long s = subjects(c.id()).get(p).id();
		// five HTTNV in the group: one HTXSNV allowed (the quota is not what this test is
		// about)
		campaigns.record(c.id(),
				good.stream().map(g -> EvaluationFixture.score(subjects(c.id()).get(g).id(), "75", null)).toList(),
				Scope.all());
		assertThat(subjects(c.id()).get(p).regime()).isEqualTo(Regime.ND_90_2020);
		String[][] agree = { { "49.99", "INCOMPLETE" }, { "50", "COMPLETE" }, { "69.99", "COMPLETE" }, { "70", "GOOD" },
				{ "89.99", "GOOD" }, { "90", "EXCELLENT" }, { "0", "INCOMPLETE" }, { "100", "EXCELLENT" } };
		for (String[] a : agree) {
			Subject saved = campaigns
				.record(c.id(), List.of(EvaluationFixture.score(s, a[0], Rating.valueOf(a[1]))), Scope.all())
				.get(0);
			assertThat(saved.rating()).as(a[0]).isEqualTo(Rating.valueOf(a[1]));
			assertThat(saved.score()).isEqualByComparingTo(a[0]);
		}
		String[][] contradict = { { "49.99", "COMPLETE" }, { "50", "INCOMPLETE" }, { "69.99", "GOOD" },
				{ "70", "COMPLETE" }, { "89.99", "EXCELLENT" }, { "90", "GOOD" } };
		for (String[] a : contradict) {
			assertThat(campaigns.problems(c.id(), List.of(EvaluationFixture.score(s, a[0], Rating.valueOf(a[1]))),
					Scope.all()))
				.as(a[0] + " " + a[1])
				.singleElement()
				.satisfies(e -> {
					assertThat(e.field()).isEqualTo("entries[0].rating");
					assertThat(e.message()).contains("Đỗ Thị Ngưỡng").contains(Rating.valueOf(a[1]).code());
				});
		}
		for (String bad : List.of("-0.01", "100.01", "101")) {
			assertThat(campaigns.problems(c.id(), List.of(EvaluationFixture.score(s, bad, null)), Scope.all())).as(bad)
				.singleElement()
				.satisfies(e -> {
					assertThat(e.field()).isEqualTo("entries[0].score");
					assertThat(e.message()).contains("Đỗ Thị Ngưỡng").contains("0").contains("100");
				});
		}
		Subject derived = campaigns.record(c.id(), List.of(EvaluationFixture.score(s, "75.5", null)), Scope.all())
			.get(0);
		assertThat(derived.rating()).isEqualTo(Rating.GOOD);
		assertThat(campaigns.problems(c.id(), List.of(EvaluationFixture.parts(s, "20", "50", null)), Scope.all()))
			.extracting(FieldError::field)
			.containsExactly("entries[0].commonScore");
	}

	@Test
	void nd335ScoreIsCommonCriteriaPlusTaskResults() {
		EvaluationFixture.Tree t = fx.tree();
		long p = fx.person("Đỗ Thị Phần", t.a().id());
		Campaign c = campaigns.open(EvaluationFixture.year("NĐ 335", t.a().id(), 2026), Scope.all());
		long s = subjects(c.id()).get(p).id();
		Subject saved = campaigns
			.record(c.id(), List.of(EvaluationFixture.parts(s, "28", "42", Rating.GOOD)), Scope.all())
			.get(0);
		assertThat(saved.score()).isEqualByComparingTo("70");
		assertThat(saved.rating()).isEqualTo(Rating.GOOD);
		assertThat(saved.commonScore()).isEqualByComparingTo("28");
		assertThat(saved.taskScore()).isEqualByComparingTo("42");
		assertThat(campaigns.problems(c.id(), List.of(EvaluationFixture.parts(s, "28", "41.99", Rating.GOOD)),
				Scope.all()))
			.extracting(FieldError::field)
			.containsExactly("entries[0].rating");
		assertThat(campaigns.problems(c.id(), List.of(EvaluationFixture.parts(s, "30.01", "70.01", null)), Scope.all()))
			.extracting(FieldError::field)
			.containsExactly("entries[0].commonScore", "entries[0].taskScore");
		assertThat(campaigns.problems(c.id(), List.of(EvaluationFixture.score(s, "80", null)), Scope.all()))
			.extracting(FieldError::field)
			.containsExactly("entries[0].commonScore", "entries[0].taskScore");
		assertThat(
				campaigns.problems(c.id(),
						List.of(new ScoreEntry(s, null, new BigDecimal("20"), new BigDecimal("50"),
								new BigDecimal("71"), null, null, null)),
						Scope.all()))
			.extracting(FieldError::field)
			.containsExactly("entries[0].score");
	}

	@Test
	void gridSaveIsAllOrNothingWithEveryErrorNamed() {
		EvaluationFixture.Tree t = fx.tree();
		long p1 = fx.person("Kim Văn Đúng", t.a().id());
		long p2 = fx.person("Kim Văn Sai", t.a().id());
		long elsewhere = fx.person("Kim Văn Khác", t.b().id());
		Campaign c = campaigns.open(EvaluationFixture.year("Lưới", t.a().id(), 2025), Scope.all());
		Map<Long, Subject> s = subjects(c.id());
		List<ScoreEntry> grid = List.of(EvaluationFixture.score(s.get(p1).id(), "80", Rating.GOOD),
				EvaluationFixture.score(s.get(p2).id(), "120", Rating.GOOD),
				new ScoreEntry(null, elsewhere, null, null, new BigDecimal("60"), null, null, null),
				EvaluationFixture.score(s.get(p2).id(), "60", Rating.COMPLETE));
		assertThatThrownBy(() -> campaigns.record(c.id(), grid, Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class, e -> {
				assertThat(e.errors()).extracting(FieldError::field)
					.containsExactly("entries[1].score", "entries[2].personId", "entries[3].subjectId");
				assertThat(e.errors().get(0).message()).contains("Kim Văn Sai");
			});
		assertThat(subjects(c.id()).get(p1).rating()).isNull();
	}

	@Test
	void disciplineInTheEvaluationYearCapsAtIncomplete() {
		EvaluationFixture.Tree t = fx.tree();
		long inYear = fx.person("Vũ Thị Kỷ", t.a().id());
		fx.discipline(inYear, LocalDate.of(2025, 1, 1));
		long before = fx.person("Vũ Thị Trước", t.a().id());
		fx.discipline(before, LocalDate.of(2024, 12, 31));
		long flagged = fx.person("Vũ Thị Cờ", t.a().id());
		Campaign c = campaigns.open(EvaluationFixture.year("Kỷ luật", t.a().id(), 2025), Scope.all());
		Map<Long, Subject> s = subjects(c.id());
		assertThat(campaigns.problems(c.id(),
				List.of(EvaluationFixture.score(s.get(inYear).id(), "80", Rating.GOOD),
						EvaluationFixture.score(s.get(before).id(), "80", Rating.GOOD),
						new ScoreEntry(s.get(flagged).id(), null, null, null, new BigDecimal("95"), Rating.EXCELLENT,
								new Disqualifiers(true, false, false), null)),
				Scope.all()))
			.extracting(FieldError::field)
			.containsExactly("entries[0].rating", "entries[2].rating");
		List<Subject> saved = campaigns.record(c.id(),
				List.of(EvaluationFixture.score(s.get(inYear).id(), "80", null),
						new ScoreEntry(s.get(flagged).id(), null, null, null, new BigDecimal("95"), Rating.INCOMPLETE,
								new Disqualifiers(true, false, false), null)),
				Scope.all());
		assertThat(saved).extracting(Subject::rating).containsExactly(Rating.INCOMPLETE, Rating.INCOMPLETE);
		assertThat(saved.get(0).disciplineOnRecord()).isTrue();
		assertThat(saved.get(1).disqualifiers().degradation()).isTrue();
	}

	@Test
	void quotaBlocksTheExcellentBeyondTwentyPercentOfGood() {
		EvaluationFixture.Tree t = fx.tree();
		List<Long> people = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			people.add(fx.person("Tạ Văn Số " + (char) ('A' + i), t.a().id()));
		}
		long otherGroup = fx.person("Tạ Văn Nhóm", PersonCategory.CIVIL_SERVANT, t.a().id());
		Campaign c = campaigns.open(EvaluationFixture.year("Tỷ lệ", t.a().id(), 2025), Scope.all());
		Map<Long, Subject> s = subjects(c.id());
		List<ScoreEntry> four = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			four.add(EvaluationFixture.score(s.get(people.get(i)).id(), "80", Rating.GOOD));
		}
		four.add(EvaluationFixture.score(s.get(people.get(4)).id(), "95", Rating.EXCELLENT));
		assertThatThrownBy(() -> campaigns.record(c.id(), four, Scope.all())).isInstanceOfSatisfying(
				ValidationException.class, e -> assertThat(e.errors()).singleElement().satisfies(x -> {
					assertThat(x.field()).isEqualTo("entries[4].rating");
					assertThat(x.message()).contains("Tạ Văn Số E").contains("20%");
				}));
		assertThat(subjects(c.id()).get(people.get(0)).rating()).isNull();
		List<ScoreEntry> five = new ArrayList<>(four);
		five.add(EvaluationFixture.score(s.get(people.get(5)).id(), "80", Rating.GOOD));
		campaigns.record(c.id(), five, Scope.all());
		QuotaCheck q = campaigns.quota(c.id(), Scope.all());
		assertThat(q.pct()).isEqualTo(20);
		assertThat(q.groups()).singleElement().satisfies(g -> {
			assertThat(g.good()).isEqualTo(5);
			assertThat(g.excellent()).isEqualTo(1);
			assertThat(g.allowed()).isEqualTo(1);
			assertThat(g.over()).isZero();
			assertThat(g.taskGroup()).isEqualTo("CHUYEN_MON");
			assertThat(g.unitName()).isEqualTo(t.a().name());
		});
		assertThatThrownBy(() -> campaigns.record(c.id(),
				List.of(EvaluationFixture.score(s.get(people.get(6)).id(), "92", Rating.EXCELLENT)), Scope.all()))
			.isInstanceOf(ValidationException.class);
		campaigns.record(c.id(), List.of(new ScoreEntry(s.get(otherGroup).id(), null, null, null, new BigDecimal("80"),
				Rating.GOOD, null, "LANH_DAO")), Scope.all());
		assertThat(campaigns.quota(c.id(), Scope.all()).groups()).hasSize(2);
	}

	/**
	 * An import's preview checks its batches in turn and stores nothing: the rows
	 * accepted in earlier batches count toward the quota of a group that straddles two
	 * batches — five HTTNV in one batch allow one HTXSNV in the next, and not two.
	 */
	@Test
	void previewBatchesCountTheRowsOfEarlierBatchesTowardTheQuota() {
		EvaluationFixture.Tree t = fx.tree();
		List<Long> people = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			people.add(fx.person("Lô Văn Đợt " + (char) ('A' + i), t.a().id()));
		}
		Campaign c = campaigns.open(EvaluationFixture.year("Theo lô", t.a().id(), 2025), Scope.all());
		Map<Long, Subject> s = subjects(c.id());
		List<ScoreEntry> firstBatch = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			firstBatch.add(EvaluationFixture.score(s.get(people.get(i)).id(), "80", null));
		}
		List<ScoreEntry> secondBatch = List.of(EvaluationFixture.score(s.get(people.get(5)).id(), "95", null));
		// alone, the second batch has no HTTNV: its HTXSNV is over the quota
		assertThat(campaigns.problems(c.id(), secondBatch, Scope.all())).singleElement()
			.satisfies(e -> assertThat(e.field()).isEqualTo("entries[0].rating"));
		PendingRatings pending = new PendingRatings();
		assertThat(campaigns.problems(c.id(), firstBatch, pending, Scope.all())).isEmpty();
		assertThat(campaigns.problems(c.id(), secondBatch, pending, Scope.all())).isEmpty();
		assertThat(campaigns.problems(c.id(), List.of(EvaluationFixture.score(s.get(people.get(6)).id(), "91", null)),
				pending, Scope.all()))
			.singleElement()
			.satisfies(e -> assertThat(e.message()).contains("Lô Văn Đợt G").contains("20%"));
		// nothing was stored
		assertThat(subjects(c.id()).values()).allSatisfy(x -> assertThat(x.rating()).isNull());
	}

}

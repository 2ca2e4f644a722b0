package vn.canbo.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.canbo.reports.SummaryReport;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.targets.Indicator;
import vn.canbo.targets.Programmes;

/**
 * The yearly training plan: achievement counts the subtree's enrolments by kind whose
 * start date lies in the year (31/12 in, 1/1 of the next year out), lượt vs persons; the
 * summary report's sentence "đạt x% kế hoạch" from the records; change and version; scope
 * (404); audit; bad input all at once in Vietnamese; the API and the page.
 */
@SpringBootTest
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
class TrainingPlansTest {

	static final CourseKind MID = CourseKind.POLITICAL_THEORY_INTERMEDIATE;

	@Autowired
	TrainingFixture fx;

	@Autowired
	TrainingPlans plans;

	@Autowired
	Programmes programmes;

	@Autowired
	SummaryReport summaries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	record Data(TrainingFixture.Tree t, TrainingFixture.Tree other) {
	}

	/**
	 * 2025: a1, a2 (commune a) and b1 (commune b) in a course of 1/1/2025, a1 again in
	 * one of 31/12/2025 (4 lượt, 3 persons); a2 in one of 1/1/2026 and b1 in one of
	 * 31/12/2024 (outside); a1 in an IT course; a person of another province in a 2025
	 * course.
	 */
	Data data() {
		TrainingFixture.Tree t = fx.tree(), other = fx.tree();
		long a1 = fx.person("Đàm Văn Một", t.a().id()), a2 = fx.person("Đàm Văn Hai", t.a().id());
		long b1 = fx.person("Đàm Văn Ba", t.b().id()), o1 = fx.person("Đàm Văn Xa", other.a().id());
		long unit = t.a().id();
		fx.send(fx.course("TC 1/1", MID, "TRUNG_CAP", unit, d(2025, 1, 1), d(2025, 6, 30)).id(), a1, a2, b1);
		fx.send(fx.course("TC 31/12", MID, "TRUNG_CAP", unit, d(2025, 12, 31), d(2026, 6, 30)).id(), a1);
		fx.send(fx.course("TC năm sau", MID, "TRUNG_CAP", unit, d(2026, 1, 1), d(2026, 6, 30)).id(), a2);
		fx.send(fx.course("TC năm trước", MID, "TRUNG_CAP", unit, d(2024, 12, 31), d(2025, 6, 30)).id(), b1);
		fx.send(fx.course("Tin học", CourseKind.IT, null, unit, d(2025, 6, 1), d(2025, 6, 30)).id(), a1);
		fx.send(fx.course("TC tỉnh khác", MID, "TRUNG_CAP", other.a().id(), d(2025, 3, 1), d(2025, 6, 30)).id(), o1);
		return new Data(t, other);
	}

	static LocalDate d(int y, int m, int day) {
		return LocalDate.of(y, m, day);
	}

	static PlanInput input(Integer version, PlanInput.Row... rows) {
		return new PlanInput("05/KH-UBND", d(2025, 1, 15), "Ủy ban nhân dân tỉnh", version, List.of(rows));
	}

	@Test
	void achievementCountsTheSubtreeByKindInTheYearAndTheSummarySaysItAgainstThePlan() {
		Data x = data();
		long province = x.t().province().id();
		TrainingPlan saved = plans.save(province, 2025, input(null, new PlanInput.Row(MID.name(), 5L, 4L),
				new PlanInput.Row("IT", 2L, null), new PlanInput.Row("MASTER", null, null)), Scope.of(province));
		assertThat(saved.lines()).extracting(TrainingPlan.Line::kind).containsExactly(MID, CourseKind.IT);
		TrainingPlan.Line mid = saved.lines().get(0);
		// as of today (after the year): the year's end; 1/1/2025 and 31/12/2025 in, the
		// days around them out, the other province out
		assertThat(saved.asOf()).isEqualTo(d(2025, 12, 31));
		assertThat(mid.turnsTarget()).isEqualTo(5);
		assertThat(mid.turns()).isEqualTo(4);
		assertThat(mid.turnsPercent()).isEqualByComparingTo("80.00");
		assertThat(mid.personsTarget()).isEqualTo(4);
		assertThat(mid.persons()).isEqualTo(3);
		assertThat(mid.personsPercent()).isEqualByComparingTo("75.00");
		assertThat(saved.lines().get(1).turns()).isEqualTo(1);
		assertThat(saved.lines().get(1).personsTarget()).isNull();
		assertThat(saved.lines().get(1).personsPercent()).isNull();
		// as of 30/12/2025 the course of 31/12 does not count yet
		assertThat(plans.get(province, 2025, d(2025, 12, 30), Scope.all()).lines().get(0).turns()).isEqualTo(3);
		// commune a's own plan counts a's persons only: a1 twice, a2
		long a = x.t().a().id();
		TrainingPlan ofA = plans.save(a, 2025, input(null, new PlanInput.Row(MID.name(), 3L, 3L)), Scope.of(a));
		assertThat(ofA.lines().get(0).turns()).isEqualTo(3);
		assertThat(ofA.lines().get(0).persons()).isEqualTo(2);
		assertThat(ofA.lines().get(0).turnsPercent()).isEqualByComparingTo("100.00");

		// one source of truth: the plan is a programme whose indicators the summary
		// phrases
		assertThat(programmes.get(saved.programmeId(), Scope.all()).indicators()).hasSize(3);
		String text = summaries
			.build(Scope.of(province), province, d(2025, 1, 1), d(2025, 12, 31), d(2025, 12, 31), null, "1", null)
			.paragraphs()
			.stream()
			.map(SummaryReport.Paragraph::text)
			.collect(Collectors.joining("\n"));
		assertThat(text)
			.contains("cử 4 lượt cán bộ đi đào tạo, bồi dưỡng trung cấp lý luận chính trị, đạt 80% kế hoạch")
			.contains("cử 3 đồng chí đi đào tạo, bồi dưỡng trung cấp lý luận chính trị, đạt 75% kế hoạch")
			.contains("cử 1 lượt cán bộ đi đào tạo, bồi dưỡng tin học, đạt 50% kế hoạch")
			.contains("cử 3 lượt cán bộ đi đào tạo, bồi dưỡng trung cấp lý luận chính trị, đạt 100% kế hoạch");

		// change: IT dropped, the target raised; audited; a stale version refused
		TrainingPlan changed = plans.save(province, 2025,
				input(saved.version(), new PlanInput.Row(MID.name(), 4L, null)), Scope.of(province));
		assertThat(changed.lines()).hasSize(1);
		assertThat(changed.lines().get(0).turnsPercent()).isEqualByComparingTo("100.00");
		assertThat(changed.lines().get(0).personsTarget()).isNull();
		assertThat(programmes.get(saved.programmeId(), Scope.all()).indicators()).hasSize(1);
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'training_plan' and entity_id = ?")
			.param(String.valueOf(saved.id()))
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThatThrownBy(() -> plans.save(province, 2025, input(saved.version(), new PlanInput.Row("IT", 1L, 1L)),
				Scope.of(province)))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(plans.list(2025, province, Scope.of(province))).extracting(TrainingPlan::unitId)
			.containsExactlyInAnyOrder(province, a);
	}

	@Test
	void outsideTheScopeThePlanAndItsUnitDoNotExist() throws Exception {
		Data x = data();
		long a = x.t().a().id(), b = x.t().b().id();
		plans.save(a, 2025, input(null, new PlanInput.Row(MID.name(), 3L, null)), Scope.of(a));
		assertThatThrownBy(() -> plans.get(a, 2025, null, Scope.of(b))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> plans.list(2025, a, Scope.of(b))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> plans.save(a, 2025, input(null, new PlanInput.Row(MID.name(), 9L, null)), Scope.of(b)))
			.isInstanceOf(NotFoundException.class);
		assertThat(plans.list(2025, null, Scope.of(b))).isEmpty();
		assertThatThrownBy(() -> plans.get(b, 2025, null, Scope.of(b))).isInstanceOf(NotFoundException.class);
		assertThat(mvc.perform(get("/api/v1/training/plans/" + a + "/2025").with(TestUsers.officer(b)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(mvc
			.perform(put("/api/v1/training/plans/" + a + "/2025").with(TestUsers.officer(b))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"decisionNumber\":\"1/KH\",\"decidedOn\":\"2025-01-01\",\"issuer\":\"UBND\","
						+ "\"rows\":[{\"kind\":\"IT\",\"turns\":9}]}"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/training/plans/" + a + "/2025").with(TestUsers.officer(b)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(plans.get(a, 2025, null, Scope.of(a)).lines().get(0).turnsTarget()).isEqualTo(3);
	}

	@Test
	void theDashboardShowsTheRunningPlanOfTheUsersUnit() throws Exception {
		TrainingFixture.Tree t = fx.tree();
		long a = t.a().id(), b = t.b().id();
		int year = LocalDate.now().getYear();
		long a1 = fx.person("Đàm Văn Bảng", a);
		fx.send(fx.course("TC đầu năm", MID, "TRUNG_CAP", a, d(year, 1, 1), d(year, 1, 2)).id(), a1);
		plans.save(a, year, new PlanInput("09/KH-UBND", d(year, 1, 1), "UBND xã", null,
				List.of(new PlanInput.Row(MID.name(), 2L, null))), Scope.of(a));
		String phrase = "cử 1 lượt cán bộ đi đào tạo, bồi dưỡng trung cấp lý luận chính trị, đạt 50% kế hoạch";
		assertThat(mvc.perform(get("/").with(TestUsers.officer(a)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains(phrase, "50,00%");
		assertThat(mvc.perform(get("/").with(TestUsers.officer(b)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(phrase);
	}

	@Test
	void anIndicatorsFigureFilterIsCheckedWhenSaved() {
		TrainingFixture.Tree t = fx.tree();
		long a = t.a().id();
		TrainingPlan p = plans.save(a, 2025, input(null, new PlanInput.Row("IT", 2L, null)), Scope.of(a));
		Indicator bad = new Indicator(null, "X", "Sai", Indicator.Kind.COUNT_IN_PERIOD, Indicator.Direction.AT_LEAST,
				java.math.BigDecimal.TEN, "TRAINING_TURNS", null, null, null, false, "cử", "lượt", null, 9,
				Indicator.Wording.AGAINST_PLAN, 2, Map.of("COURSE_KIND", List.of("NO_SUCH_KIND")));
		assertThatThrownBy(() -> programmes.saveIndicator(p.programmeId(), bad, Scope.of(a))).isInstanceOfSatisfying(
				ValidationException.class,
				e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("figureFilter"));
		assertThat(programmes.get(p.programmeId(), Scope.of(a)).indicators()).extracting(Indicator::figureFilter)
			.containsExactly(Map.of("COURSE_KIND", List.of("IT")));
	}

	@Test
	void badInputIsRefusedAllAtOnceInVietnameseAndNothingIsStored() {
		TrainingFixture.Tree t = fx.tree();
		long a = t.a().id();
		PlanInput bad = new PlanInput(" ", d(2026, 2, 1), null, null,
				List.of(new PlanInput.Row(MID.name(), -1L, null), new PlanInput.Row("NO_SUCH_KIND", 3L, null),
						new PlanInput.Row("IT", 2L, 5L), new PlanInput.Row(MID.name(), 1L, null)));
		assertThatThrownBy(() -> plans.save(a, 2025, bad, Scope.of(a)))
			.isInstanceOfSatisfying(ValidationException.class, e -> {
				assertThat(e.errors()).extracting(FieldError::field)
					.containsExactlyInAnyOrder("decisionNumber", "decidedOn", "issuer", "rows[0].turns", "rows[1].kind",
							"rows[2].persons", "rows[3].kind");
				assertThat(e.errors()).extracting(FieldError::message)
					.contains("Dòng 1: chỉ tiêu không được là số âm",
							"Dòng 2: loại đào tạo, bồi dưỡng \"NO_SUCH_KIND\" không có trong danh mục",
							"Dòng 3: số người không được lớn hơn số lượt",
							"Kế hoạch năm 2025 không thể ban hành sau năm 2025");
			});
		assertThatThrownBy(() -> plans.save(a, null, input(null), Scope.of(a))).isInstanceOfSatisfying(
				ValidationException.class,
				e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("year", "rows"));
		assertThatThrownBy(() -> plans.get(a, 2025, null, Scope.of(a))).isInstanceOf(NotFoundException.class);
		assertThat(plans.list(2025, a, Scope.of(a))).isEmpty();
	}

	@Test
	void thePageShowsTargetAchievedAndPercentAndSavesTheForm() throws Exception {
		Data x = data();
		long a = x.t().a().id();
		String html = mvc
			.perform(post("/training/plans/" + a + "/2025").with(TestUsers.officer(a))
				.with(csrf())
				.param("decisionNumber", "07/KH-UBND")
				.param("decidedOn", "20/01/2025")
				.param("issuer", "UBND xã")
				.param("turns-" + MID, "4")
				.param("persons-IT", "x"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Dòng 16: chỉ tiêu &quot;x&quot; không phải là số nguyên");
		assertThat(mvc
			.perform(post("/training/plans/" + a + "/2025").with(TestUsers.officer(a))
				.with(csrf())
				.param("decisionNumber", "07/KH-UBND")
				.param("decidedOn", "20/01/2025")
				.param("issuer", "UBND xã")
				.param("turns-" + MID, "4"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/training/plans/" + a + "/2025");
		html = mvc.perform(get("/training/plans/" + a + "/2025").with(TestUsers.officer(a)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("07/KH-UBND", "20/01/2025", "Trung cấp lý luận chính trị", "75,00%");
		assertThat(mvc.perform(get("/training/plans").param("year", "2025").with(TestUsers.officer(a)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("07/KH-UBND");
	}

}

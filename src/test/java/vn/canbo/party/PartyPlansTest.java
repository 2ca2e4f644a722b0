package vn.canbo.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.canbo.reports.Figure;
import vn.canbo.reports.FigureRequest;
import vn.canbo.reports.Figures;
import vn.canbo.reports.Population;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Admission plans on PostgreSQL: the report sentences with exact Vietnamese numbers ("kết
 * nạp 2.690 đảng viên, vượt 16,96% kế hoạch"; "kết nạp 203 đảng viên ở khu dân cư trên
 * tổng số 961 đảng viên được kết nạp (chiếm 21,1%), đạt 36,9% chỉ tiêu"), the period
 * boundaries (31/12 and 1/1 outside), the as-of day, the candidate's source deciding the
 * kind of place; bad input all at once with nothing stored; scope (404) and audit; the
 * party figures through the reports' FigureProvider SPI.
 */
@SpringBootTest
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
class PartyPlansTest {

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	@Autowired
	PartyFixture fx;

	@Autowired
	PartyPlans plans;

	@Autowired
	Figures figures;

	@Autowired
	JdbcClient jdbc;

	/** n members admitted on the day, active in the organisation from it (bulk, SQL). */
	void admitted(long orgId, LocalDate on, int n) {
		jdbc.sql(
				"""
						with m as (
						  insert into party_member (full_name, gender, birth_date, admission_decided_on, joined_on, current_org_id,
						                            search_name, sort_name)
						  select 'Đảng viên ' || g, 'MALE', date '1990-01-01', :d, :d, :org, 'dang vien ' || g, 'dang vien ' || g
						  from generate_series(1, :n) g returning id),
						a as (insert into party_member_activity (member_id, org_id, valid_from) select id, :org, :d from m)
						insert into party_member_status (member_id, status, valid_from) select id, 'PROBATIONARY', :d from m""")
			.param("d", on)
			.param("org", orgId)
			.param("n", n)
			.update();
	}

	long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	@Test
	void theReportSentencesWithExactVietnameseNumbers() {
		PartyFixture.Tree t = fx.tree();
		PartyOrg enterprise = fx.org("E-" + t.cellA().code(), "Chi bộ Công ty May " + t.cellA().code(),
				OrgLevel.GRASSROOTS_CELL, PlaceKind.ENTERPRISE, t.communeA().id(), t.a().id());
		// commune A in 2025: 203 in the residential cell, 758 in the enterprise → 961
		admitted(t.cellA().id(), LocalDate.of(2025, 1, 1), 100);
		admitted(t.cellA().id(), LocalDate.of(2025, 12, 31), 103);
		admitted(enterprise.id(), LocalDate.of(2025, 6, 30), 758);
		// commune B: 1.729 more → the province admitted 2.690
		admitted(t.cellB().id(), LocalDate.of(2025, 7, 1), 1729);
		// outside the period: never counted
		admitted(t.cellA().id(), LocalDate.of(2024, 12, 31), 7);
		admitted(t.cellB().id(), LocalDate.of(2026, 1, 1), 9);

		AdmissionPlan province = plans.create(new AdmissionPlan.Input(t.provinceOrg().id(), 2025, 2025,
				"Kế hoạch kết nạp đảng viên năm 2025", 2300, "Nghị quyết Đại hội", null, List.of()), Scope.all());
		AdmissionPlan.Achievement a = plans.achievement(province.id(), Scope.all(), LocalDate.of(2026, 3, 1));
		assertThat(a.admitted()).isEqualTo(2690);
		assertThat(a.phrase()).isEqualTo("kết nạp 2.690 đảng viên, vượt 16,96% kế hoạch");
		assertThat(a.to()).isEqualTo(LocalDate.of(2025, 12, 31));
		// as of 30/6/2025 only the first half of the year counts: 100 + 758 = 858 of
		// 2.300
		assertThat(plans.achievement(province.id(), Scope.all(), LocalDate.of(2025, 6, 30)).phrase())
			.isEqualTo("kết nạp 858 đảng viên, đạt 37,3% kế hoạch");

		AdmissionPlan commune = plans.create(
				new AdmissionPlan.Input(t.communeA().id(), 2025, null, "Đề án phát triển đảng viên ở khu dân cư", 1000,
						null, 1, List.of(new AdmissionPlan.SubTarget(PlaceKind.RESIDENTIAL, 550))),
				Scope.of(t.a().id()));
		AdmissionPlan.Achievement c = plans.achievement(commune.id(), Scope.of(t.a().id()), LocalDate.of(2026, 1, 5));
		assertThat(c.phrase()).isEqualTo("kết nạp 961 đảng viên, đạt 96,1% kế hoạch");
		assertThat(c.parts()).singleElement().satisfies(p -> {
			assertThat(p.admitted()).isEqualTo(203);
			assertThat(p.phrase()).isEqualTo(
					"kết nạp 203 đảng viên ở khu dân cư trên tổng số 961 đảng viên được kết nạp (chiếm 21,1%), đạt 36,9% chỉ tiêu");
		});
		// exactly the plan: "đạt 100%"
		AdmissionPlan exact = plans.create(
				new AdmissionPlan.Input(t.communeB().id(), 2025, 2025, "Kế hoạch 2025", 1729, null, null, List.of()),
				Scope.all());
		assertThat(plans.achievement(exact.id(), Scope.all(), LocalDate.of(2026, 1, 1)).phrase())
			.isEqualTo("kết nạp 1.729 đảng viên, đạt 100% kế hoạch");
		// audited
		assertThat(jdbc
			.sql("select count(*) from audit_event where entity_type = 'party_admission_plan' and entity_id = ?")
			.param(String.valueOf(commune.id()))
			.query(Long.class)
			.single()).isEqualTo(1);

		// the figures of the SPI over commune A's unit, 2025
		Population pa = Population.adHoc(t.a().id(), null, null, LocalDate.of(2025, 12, 31));
		FigureRequest year = new FigureRequest(pa, LocalDate.of(2025, 12, 31), LocalDate.of(2025, 1, 1),
				LocalDate.of(2025, 12, 31), Scope.all());
		Figure res = figures.compute("PARTY_ADMISSIONS_RESIDENTIAL", year).orElseThrow();
		assertThat(res.count()).isEqualTo(203);
		assertThat(res.of()).isEqualTo(961);
		assertThat(res.percent()).isEqualByComparingTo("21.12");
		assertThat(figures.compute("PARTY_ADMISSIONS", year).orElseThrow().count()).isEqualTo(961);
		// members on the rolls on 31/12/2025 in commune A: 7 + 961
		assertThat(figures.compute("PARTY_MEMBERS", year).orElseThrow().count()).isEqualTo(968);
		// commune A's officer may not count commune B
		Population pb = Population.adHoc(t.b().id(), null, null, LocalDate.of(2025, 12, 31));
		assertThatThrownBy(() -> figures.compute("PARTY_ADMISSIONS", new FigureRequest(pb, null,
				LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), Scope.of(t.a().id()))))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> figures.compute("PARTY_ADMISSIONS", year.withFilter("GENDER", List.of("FEMALE"))))
			.isInstanceOf(ValidationException.class);
	}

	@Test
	void theCandidatesSourceDecidesTheKindOfPlace() {
		PartyFixture.Tree t = fx.tree();
		PartyOrg school = fx.org("S-" + t.cellA().code(), "Chi bộ Trường THPT " + t.cellA().code(),
				OrgLevel.GRASSROOTS_CELL, PlaceKind.SCHOOL, t.communeA().id(), t.a().id());
		// a candidate from the residential area (the fixture's source) proposed by the
		// school's cell
		Candidate c = fx.candidate("Phạm Thị Nguồn", LocalDate.of(1995, 2, 3), school.id(), LocalDate.of(2024, 1, 2),
				LocalDate.of(2025, 3, 3));
		fx.admissions.admit(c.id(),
				new Candidate.Decision("QĐ-01", LocalDate.of(2025, 3, 10), "Đảng ủy xã", null, null), Scope.all());
		AdmissionPlan p = plans.create(new AdmissionPlan.Input(t.communeA().id(), 2025, 2025, "Kế hoạch 2025", 4, null,
				null, List.of(new AdmissionPlan.SubTarget(PlaceKind.RESIDENTIAL, 2))), Scope.all());
		AdmissionPlan.Achievement a = plans.achievement(p.id(), Scope.all(), LocalDate.of(2025, 12, 31));
		assertThat(a.phrase()).isEqualTo("kết nạp 1 đảng viên, đạt 25% kế hoạch");
		assertThat(a.parts().get(0).phrase()).isEqualTo(
				"kết nạp 1 đảng viên ở khu dân cư trên tổng số 1 đảng viên được kết nạp (chiếm 100%), đạt 50% chỉ tiêu");
	}

	@Test
	void badInputIsRefusedAllAtOnceAndScopeFirst() {
		PartyFixture.Tree t = fx.tree();
		long before = count("party_admission_plan");
		assertThatThrownBy(() -> plans.create(new AdmissionPlan.Input(t.communeA().id(), 2026, 2025, " ", -1, null, 5,
				List.of(new AdmissionPlan.SubTarget(PlaceKind.RESIDENTIAL, 3),
						new AdmissionPlan.SubTarget(PlaceKind.RESIDENTIAL, 1))),
				Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
				.containsExactlyInAnyOrder("name", "yearTo", "target", "decimals", "subTargets[0]", "subTargets[1]"));
		// a sub-target above the overall target
		assertThatThrownBy(() -> plans.create(new AdmissionPlan.Input(t.communeA().id(), 2026, 2026, "KH", 10, null,
				null, List.of(new AdmissionPlan.SubTarget(PlaceKind.RESIDENTIAL, 11))), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).message())
				.isEqualTo("Chỉ tiêu thành phần «Khu dân cư (thôn, tổ dân phố)» phải từ 0 đến chỉ tiêu chung (10)"));
		assertThat(count("party_admission_plan")).isEqualTo(before);
		// commune A's officer: commune B's organisation does not exist
		assertThatThrownBy(() -> plans.create(
				new AdmissionPlan.Input(t.communeB().id(), 2026, 2026, "KH", 10, null, null, List.of()),
				Scope.of(t.a().id())))
			.isInstanceOf(NotFoundException.class);
		AdmissionPlan b = plans.create(
				new AdmissionPlan.Input(t.communeB().id(), 2026, 2026, "KH", 10, null, null, List.of()), Scope.all());
		assertThatThrownBy(() -> plans.achievement(b.id(), Scope.of(t.a().id()), null))
			.isInstanceOf(NotFoundException.class);
		assertThat(plans.list(Scope.of(t.a().id()))).extracting(AdmissionPlan::id).doesNotContain(b.id());
		// the same organisation and period twice
		assertThatThrownBy(() -> plans.create(
				new AdmissionPlan.Input(t.communeB().id(), 2026, 2026, "KH", 10, null, null, List.of()), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors().get(0).message()).endsWith("đã có kế hoạch kết nạp giai đoạn 2026"));
	}

	@Test
	void thePlansPage() throws Exception {
		PartyFixture.Tree t = fx.tree();
		admitted(t.cellA().id(), LocalDate.of(2025, 3, 3), 3);
		var officer = vn.canbo.security.TestUsers.officer(t.a().id());
		var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
		var saved = mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/party/plans")
				.param("orgId", String.valueOf(t.communeA().id()))
				.param("yearFrom", "2025")
				.param("name", "Kế hoạch kết nạp 2025")
				.param("target", "4")
				.param("residentialTarget", "2")
				.with(csrf)
				.with(officer))
			.andReturn()
			.getResponse();
		assertThat(saved.getStatus()).isEqualTo(302);
		var page = mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/party/plans")
				.param("date", "31/12/2025")
				.with(officer))
			.andReturn()
			.getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		var d = org.jsoup.Jsoup.parse(page.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(d.text()).doesNotContain("??");
		assertThat(d.select("[data-phrase]").text()).isEqualTo("kết nạp 3 đảng viên, đạt 75% kế hoạch");
		assertThat(d.select("[data-sub-phrase]").text()).isEqualTo(
				"kết nạp 3 đảng viên ở khu dân cư trên tổng số 3 đảng viên được kết nạp (chiếm 100%), vượt 50% chỉ tiêu");
		// bad input: the errors on the page, nothing stored; commune B's organisation:
		// 404
		long before = count("party_admission_plan");
		var bad = mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/party/plans")
				.param("orgId", String.valueOf(t.communeA().id()))
				.param("yearFrom", "2026")
				.param("target", "-1")
				.with(csrf)
				.with(officer))
			.andReturn()
			.getResponse();
		assertThat(org.jsoup.Jsoup.parse(bad.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.select("[data-errors] div")).hasSize(2);
		assertThat(mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/party/plans")
				.param("orgId", String.valueOf(t.communeB().id()))
				.param("yearFrom", "2026")
				.param("name", "KH")
				.param("target", "1")
				.with(csrf)
				.with(officer))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(count("party_admission_plan")).isEqualTo(before);
	}

}

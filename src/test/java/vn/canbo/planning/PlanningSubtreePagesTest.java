package vn.canbo.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.canbo.people.Gender;
import vn.canbo.shared.Scope;
import vn.canbo.web.OfficerPagesSupport;

/**
 * The pages of a unit's subtree (issue 17): /planning/readiness lists every candidate of
 * the plans of the subtree, sortable (by unit, name, months left), titles in the reader's
 * language; /planning/summary shows the summary form (per title group, the total row,
 * shares) with its .xlsx link; without a unit, the form alone; a unit outside the scope
 * is 404; the plan page links both; the structure page's date reads "Ngày rà soát" /
 * "Review date".
 */
class PlanningSubtreePagesTest extends OfficerPagesSupport {

	static final String ON = "10/01/2027";

	@Autowired
	PlanningFixture fx;

	@Autowired
	Plans plans;

	@Test
	void readinessAndSummaryOfASubtree() throws Exception {
		PlanningFixture.Tree t = fx.tree();
		long p = t.province().id();
		long a = t.a().id();
		Plan pa = fx.plan(a, "CHU_TICH_UBND", "PHO_CHU_TICH_UBND");
		Plan pb = fx.plan(t.b().id(), "CHU_TICH_UBND");
		long old = fx.person("Ông Lớn Tuổi", a, "CHUYEN_VIEN", Gender.MALE, LocalDate.of(1975, 5, 5));
		long young = fx.person("Bà Trẻ Tuổi", a, "CHUYEN_VIEN", Gender.FEMALE, LocalDate.of(1992, 6, 1));
		long other = fx.person("Ông Xã Bên", t.b().id(), "CHUYEN_VIEN", Gender.MALE, LocalDate.of(1985, 1, 1));
		plans.add(pa.id(), PlanningFixture.in("CHU_TICH_UBND", old), Scope.all());
		plans.add(pa.id(), PlanningFixture.in("PHO_CHU_TICH_UBND", young), Scope.all());
		plans.add(pb.id(), PlanningFixture.in("CHU_TICH_UBND", other), Scope.all());

		Document d = page(get("/planning/readiness").param("unitId", String.valueOf(p)).param("on", ON), p, 200);
		assertThat(d.select("[data-subtree-table] tbody tr")).hasSize(3);
		assertThat(d.select("[data-subtree-total]").text()).contains("3");
		// by unit (Vietnamese order: Đông before Tây): commune A's two, then B's one
		assertThat(d.select("[data-col=person]").eachText()).containsExactly("Ông Lớn Tuổi", "Bà Trẻ Tuổi",
				"Ông Xã Bên");
		assertThat(d.select("[data-col=title]").eachText()).containsExactly("Chủ tịch UBND", "Phó Chủ tịch UBND",
				"Chủ tịch UBND");
		Document byLeft = page(get("/planning/readiness").param("unitId", String.valueOf(p))
			.param("on", ON)
			.param("sort", "monthsLeft"), p, 200);
		assertThat(byLeft.select("[data-col=person]").eachText()).containsExactly("Bà Trẻ Tuổi", "Ông Xã Bên",
				"Ông Lớn Tuổi");
		assertThat(byLeft.select("a[href*='/planning/" + pa.id() + "/readiness']")).isNotEmpty();
		Document en = page(
				get("/planning/readiness").param("unitId", String.valueOf(p)).param("on", ON).param("lang", "en"), p,
				200);
		assertThat(en.select("[data-col=title]").eachText()).contains("Chair of the People's Committee",
				"Vice-chair of the People's Committee");
		assertThat(en.select("h1").text()).isEqualTo("Readiness of the persons planned, by unit");
		// commune A's officer: A only; the province is outside A's scope
		assertThat(page(get("/planning/readiness").param("unitId", String.valueOf(a)).param("on", ON), a, 200)
			.select("[data-subtree-table] tbody tr")).hasSize(2);
		assertThat(call(get("/planning/readiness").param("unitId", String.valueOf(p)), a).getStatus()).isEqualTo(404);
		assertThat(page(get("/planning/readiness"), a, 200).select("[data-subtree-table]")).isEmpty();

		Document s = page(get("/planning/summary").param("unitId", String.valueOf(p)).param("on", ON), p, 200);
		assertThat(s.select("[data-group=TOTAL] [data-cell=TOTAL]").text()).isEqualTo("3");
		assertThat(s.select("[data-group=TOTAL] [data-cell=WOMEN]").text()).startsWith("1").contains("33,33");
		assertThat(s.select("[data-group=CHU_CHOT] [data-cell=TOTAL]").text()).isEqualTo("3");
		assertThat(s.select("a[data-summary-xlsx]").attr("href")).contains("/planning/summary.xlsx")
			.contains("unitId=" + p)
			.doesNotContain("/api/v1");
		assertThat(s.select("[data-summary-heading]").text()).contains("Tổng hợp quy hoạch");
		Document sen = page(get("/planning/summary").param("unitId", String.valueOf(p)).param("lang", "en"), p, 200);
		assertThat(sen.select("h1").text()).isEqualTo("Succession planning summary form");
		assertThat(sen.select("[data-group=TOTAL] td").first().text()).isEqualTo("Total (each person once)");
		assertThat(call(get("/planning/summary").param("unitId", String.valueOf(p)), a).getStatus()).isEqualTo(404);
		assertThat(page(get("/planning/summary"), a, 200).select("[data-summary-table]")).isEmpty();

		Document plan = page(get("/planning/" + pa.id()), a, 200);
		assertThat(plan.select("a[data-subtree-readiness-link]").attr("href"))
			.contains("/planning/readiness?unitId=" + a);
		assertThat(plan.select("a[data-summary-page-link]").attr("href")).contains("/planning/summary?unitId=" + a);
		assertThat(page(get("/planning/" + pa.id() + "/structure"), a, 200).select("label[for=st-on]").text())
			.isEqualTo("Ngày rà soát");
		assertThat(
				page(get("/planning/" + pa.id() + "/structure").param("lang", "en"), a, 200).select("label[for=st-on]")
					.text())
			.isEqualTo("Review date");
	}

}

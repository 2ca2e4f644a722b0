package vn.canbo.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import vn.canbo.people.Gender;
import vn.canbo.shared.Scope;
import vn.canbo.web.OfficerPagesSupport;

/**
 * The annual review page as commune A's officer: the proposals of a day with their
 * reasons (vi, en), a confirmation without its decision refused with every error, then
 * confirmed; B's plan is 404.
 */
class PlanningReviewPagesTest extends OfficerPagesSupport {

	@Autowired
	PlanningFixture fx;

	@Autowired
	Plans plans;

	@Test
	void proposalsAndConfirmation() throws Exception {
		PlanningFixture.Tree t = fx.tree();
		long a = t.a().id();
		Plan plan = fx.plan(a, "CHU_TICH_UBND");
		Plan other = fx.plan(t.b().id(), "CHU_TICH_UBND");
		long man = fx.person("Ông Trang Rà Soát", a, "CHUYEN_VIEN", Gender.MALE, LocalDate.of(1969, 1, 20));
		long young = fx.person("Ông Trang Còn Trẻ", a, "CHUYEN_VIEN");
		Candidate c = plans.add(plan.id(), PlanningFixture.in("CHU_TICH_UBND", man), Scope.all());
		plans.add(plan.id(), PlanningFixture.in("CHU_TICH_UBND", young), Scope.all());
		String url = "/planning/" + plan.id() + "/review";

		assertThat(page(get(url).param("on", "31/01/2026"), a, 200).select("[data-no-proposal]").text())
			.contains("31/01/2026");
		Document vi = page(get(url).param("on", "01/02/2026"), a, 200);
		assertThat(vi.select("[data-proposal]")).hasSize(1);
		assertThat(vi.select("[data-proposal=" + c.id() + "]").text()).contains("Ông Trang Rà Soát")
			.contains("Không còn đủ tuổi công tác")
			.contains("PLAN-50-D");
		assertThat(vi.select("[data-reason=AGED_OUT]")).hasSize(1);
		assertThat(vi.select("input[name=reason" + c.id() + "]").val()).isEqualTo("Không còn đủ tuổi công tác");
		Document en = page(get(url).param("on", "01/02/2026").param("lang", "en"), a, 200);
		assertThat(en.text()).contains("Annual review of the plan").contains("No longer enough working time");

		Document refused = page(post(url).param("on", "01/02/2026")
			.param("pick", String.valueOf(c.id()))
			.param("reason" + c.id(), "Không còn đủ tuổi công tác")
			.param("removedOn", "01/02/2026"), a, 200);
		assertThat(refused.select("[data-errors]").text()).contains("quyết định");
		assertThat(plans.get(plan.id(), Scope.all()).titles().get(0).activeCount()).isEqualTo(2);

		MockHttpServletResponse ok = call(post(url).param("on", "01/02/2026")
			.param("pick", String.valueOf(c.id()))
			.param("reason" + c.id(), "Không còn đủ tuổi công tác")
			.param("removedOn", "01/02/2026")
			.param("decisionNumber", "12-QĐ/ĐU")
			.param("decidedOn", "01/02/2026"), a);
		assertThat(ok.getStatus()).isEqualTo(302);
		assertThat(plans.get(plan.id(), Scope.all()).titles().get(0).activeCount()).isEqualTo(1);

		assertThat(call(get("/planning/" + other.id() + "/review"), a).getStatus()).isEqualTo(404);
		assertThat(call(post("/planning/" + other.id() + "/review").param("pick", "1"), a).getStatus()).isEqualTo(404);
	}

}

package vn.canbo.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import vn.canbo.shared.Scope;
import vn.canbo.web.OfficerPagesSupport;

/**
 * The planning pages through MockMvc as commune A's officer: the list (A's plan, not B's;
 * the new-plan form's errors all at once), a plan's page (the rule outcomes of a check, a
 * refused addition with its rule, an addition, a vote, a removal kept in the history),
 * B's plan is 404, the dossier's planning tab; and in English. The REST API: a refused
 * addition is a problem detail naming the rule.
 */
class PlanningPagesTest extends OfficerPagesSupport {

	@Autowired
	PlanningFixture fx;

	@Autowired
	Plans plans;

	@Autowired
	JdbcClient jdbc;

	@Test
	void plansCandidatesVotesRemovalAndTheDossierTab() throws Exception {
		PlanningFixture.Tree t = fx.tree();
		long a = t.a().id();
		Plan other = fx.plan(t.b().id(), "CHU_TICH_UBND");
		long p1 = fx.person("Lò Văn Quy", a, "CHUYEN_VIEN");
		long vice = fx.person("Lò Văn Phó", a, "PHO_CHU_TICH_UBND");

		Document bad = page(post("/planning").param("unitId", String.valueOf(a)).param("termCode", "DANG_2025_2030"), a,
				200);
		assertThat(bad.select("[data-errors] div")).hasSize(5);
		MockHttpServletResponse created = call(post("/planning").param("unitId", String.valueOf(a))
			.param("termCode", "DANG_2025_2030")
			.param("kind", "CURRENT")
			.param("decisionNumber", "15-QĐ/ĐU")
			.param("decidedOn", "01/11/2025")
			.param("issuer", "Ban Thường vụ Đảng ủy")
			.param("titleCodes", "CHU_TICH_UBND", "PHO_CHU_TICH_UBND"), a);
		assertThat(created.getRedirectedUrl()).startsWith("/planning/");
		long planId = Long.parseLong(created.getRedirectedUrl().substring("/planning/".length()));

		Document list = page(get("/planning").param("term", "DANG_2025_2030"), a, 200);
		assertThat(list.select("tr[data-plan=" + planId + "]").text()).contains(t.a().name())
			.contains("15-QĐ/ĐU (01/11/2025");
		assertThat(list.select("tr[data-plan=" + other.id() + "]")).isEmpty();
		assertThat(call(get("/planning/" + other.id()), a).getStatus()).isEqualTo(404);

		Document checked = page(post("/planning/" + planId + "/candidates").param("titleCode", "CHU_TICH_UBND")
			.param("personId", String.valueOf(p1))
			.param("addedOn", "15/01/2026")
			.param("source", "INTERNAL")
			.param("action", "check"), a, 200);
		assertThat(checked.select("[data-outcomes] tr[data-rule]")).hasSize(7);
		assertThat(checked.select("tr[data-rule=PLAN-02]").attr("data-outcome")).isEqualTo("PASS");
		assertThat(jdbc.sql("select count(*) from planning_candidate where plan_id = ?")
			.param(planId)
			.query(Long.class)
			.single()).isZero();

		Document refused = page(post("/planning/" + planId + "/candidates").param("titleCode", "PHO_CHU_TICH_UBND")
			.param("personId", String.valueOf(vice))
			.param("addedOn", "15/01/2026")
			.param("source", "INTERNAL")
			.param("action", "add"), a, 200);
		assertThat(refused.select("[data-errors]").text()).contains("PLAN-01").contains("Quy định 377-QĐ/TW");
		assertThat(refused.select("tr[data-rule=PLAN-01]").attr("data-outcome")).isEqualTo("BLOCK");

		MockHttpServletResponse added = call(
				post("/planning/" + planId + "/candidates").param("titleCode", "CHU_TICH_UBND")
					.param("personId", String.valueOf(p1))
					.param("addedOn", "15/01/2026")
					.param("source", "INTERNAL")
					.param("action", "add"),
				a);
		assertThat(added.getRedirectedUrl()).isEqualTo("/planning/" + planId);
		long cId = plans.get(planId, Scope.all()).titles().get(0).candidates().get(0).id();
		assertThat(call(post("/planning/" + planId + "/candidates/" + cId + "/votes").param("step", "CONFERENCE_VOTE")
			.param("heldOn", "20/01/2026")
			.param("voters", "30")
			.param("votesFor", "27")
			.param("votesAgainst", "3"), a).getRedirectedUrl()).isEqualTo("/planning/" + planId);
		Document plan = page(get("/planning/" + planId), a, 200);
		assertThat(plan.select("tr[data-candidate=" + cId + "]").text()).contains("Lò Văn Quy")
			.contains("15/01/2026")
			.contains("Hội nghị cán bộ chủ chốt bỏ phiếu 20/01/2026: 27 đồng ý, 3 không đồng ý / 30")
			.contains("Đang trong quy hoạch");

		Document dossier = page(get("/persons/" + p1), a, 200);
		assertThat(dossier.text()).contains("Chủ tịch UBND").contains("2025–2030").contains("Đang trong quy hoạch");

		Document badRemoval = page(post("/planning/" + planId + "/candidates/" + cId + "/removal").param("reason", ""),
				a, 200);
		assertThat(badRemoval.select("[data-errors] div")).hasSize(3);
		assertThat(call(post("/planning/" + planId + "/candidates/" + cId + "/removal").param("removedOn", "01/03/2026")
			.param("reason", "Luân chuyển")
			.param("decisionNumber", "20-QĐ/ĐU")
			.param("decidedOn", "28/02/2026"), a).getRedirectedUrl()).isEqualTo("/planning/" + planId);
		assertThat(page(get("/planning/" + planId), a, 200).select("tr[data-candidate=" + cId + "]").text())
			.contains("Đưa ra ngày 01/03/2026: Luân chuyển (QĐ 20-QĐ/ĐU)");

		Document english = page(get("/planning/" + planId).param("lang", "en"), a, 200);
		assertThat(english.text()).contains("Add a person to the plan")
			.contains("Removed on 01/03/2026")
			.contains("Current term");
		assertThat(page(get("/planning").param("lang", "en"), a, 200).text()).contains("Succession planning");
		// the plan's titles and its candidates' titles in the reader's language
		org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.ENGLISH);
		try {
			Plan en = plans.get(planId, Scope.all());
			assertThat(en.titles()).extracting(Plan.Title::titleName)
				.containsExactly("Chair of the People's Committee", "Vice-chair of the People's Committee");
			assertThat(en.titles().get(0).candidates()).extracting(Candidate::titleName)
				.containsOnly("Chair of the People's Committee");
		}
		finally {
			org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
		}
		assertThat(plans.get(planId, Scope.all()).titles().get(0).titleName()).isEqualTo("Chủ tịch UBND");
	}

	@Test
	void theApiAnswersARefusalAsAProblemNamingTheRule() throws Exception {
		PlanningFixture.Tree t = fx.tree();
		long a = t.a().id();
		Plan plan = fx.plan(a, "UY_VIEN_UBND");
		long vice = fx.person("Lò Thị Api", a, "PHO_CHU_TICH_UBND");
		MockHttpServletResponse r = call(post("/api/v1/planning/plans/" + plan.id() + "/candidates")
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"titleCode\":\"UY_VIEN_UBND\",\"personId\":" + vice
					+ ",\"addedOn\":\"2026-01-15\",\"source\":\"INTERNAL\"}"),
				a);
		assertThat(r.getStatus()).isEqualTo(400);
		assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("PLAN-01").contains("personId");
		MockHttpServletResponse checks = call(post("/api/v1/planning/plans/" + plan.id() + "/checks")
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"titleCode\":\"UY_VIEN_UBND\",\"personId\":" + vice
					+ ",\"addedOn\":\"2026-01-15\",\"source\":\"INTERNAL\"}"),
				a);
		assertThat(checks.getStatus()).isEqualTo(200);
		assertThat(checks.getContentAsString(StandardCharsets.UTF_8)).contains("\"outcome\":\"BLOCK\"")
			.contains("PLAN-50-D");
		assertThat(call(get("/api/v1/planning/terms"), a).getContentAsString(StandardCharsets.UTF_8))
			.contains("DANG_2030_2035")
			.contains("NN_2026_2031");
		assertThat(call(get("/api/v1/openapi"), a).getContentAsString(StandardCharsets.UTF_8))
			.contains("/api/v1/planning/plans/{planId}/candidates")
			.contains("/api/v1/planning/candidates/{candidateId}/removal")
			.contains("/api/v1/planning/candidates/{candidateId}/votes")
			.contains("Quy hoạch cán bộ / Succession planning");
	}

}

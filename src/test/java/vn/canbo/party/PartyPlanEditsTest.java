package vn.canbo.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Admission plans edited and deleted (issue 18, party3) on PostgreSQL, next to
 * {@link PartyPlansTest} (kept apart so that each file stays short): the optimistic lock
 * (a stale version changes nothing: 409), every error at once, scope first (404, also for
 * a plan moved to another commune's organisation), the audit with before and after; the
 * same through /api/v1/party/plans and the plans page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PartyPlanEditsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	PartyFixture fx;

	@Autowired
	PartyPlans plans;

	@Autowired
	PartyPlanEdits edits;

	@Autowired
	JdbcClient jdbc;

	long audits(String action, long planId) {
		return jdbc.sql(
				"select count(*) from audit_event where entity_type = 'party_admission_plan' and entity_id = ? and action = ?")
			.params(String.valueOf(planId), action)
			.query(Long.class)
			.single();
	}

	AdmissionPlan.Edit edit(String name, Integer from, Integer to, Integer target, int residential, Integer version) {
		return new AdmissionPlan.Edit(null, from, to, name, target, "NQ Đại hội", null,
				List.of(new AdmissionPlan.SubTarget(PlaceKind.RESIDENTIAL, residential)), version);
	}

	@Test
	void anEditUnderTheLockEveryErrorAtOnceScopeFirstAndTheDeletion() {
		PartyFixture.Tree t = fx.tree();
		Scope a = Scope.of(t.a().id());
		AdmissionPlan p = plans.create(new AdmissionPlan.Input(t.communeA().id(), 2025, 2025, "KH 2025", 10, null, null,
				List.of(new AdmissionPlan.SubTarget(PlaceKind.RESIDENTIAL, 4))), a);
		assertThat(p.version()).isZero();
		AdmissionPlan e = edits.update(p.id(), edit("Kế hoạch kết nạp 2025–2026", 2025, 2026, 12, 6, 0), a);
		assertThat(e.version()).isEqualTo(1);
		assertThat(e.yearTo()).isEqualTo(2026);
		assertThat(e.target()).isEqualTo(12);
		assertThat(e.basis()).isEqualTo("NQ Đại hội");
		assertThat(e.subTargets()).containsExactly(new AdmissionPlan.SubTarget(PlaceKind.RESIDENTIAL, 6));
		assertThat(audits("UPDATE", p.id())).isEqualTo(1);
		assertThat(jdbc.sql(
				"select before ->> 'name' || '|' || (after ->> 'name') from audit_event where entity_type = 'party_admission_plan' and entity_id = ? and action = 'UPDATE'")
			.param(String.valueOf(p.id()))
			.query(String.class)
			.single()).isEqualTo("KH 2025|Kế hoạch kết nạp 2025–2026");
		// the version read before the edit: a conflict, nothing changed
		assertThatThrownBy(() -> edits.update(p.id(), edit("Cũ", 2025, 2025, 1, 0, 0), a)).isInstanceOfSatisfying(
				ConcurrentEditException.class,
				x -> assertThat(x.getMessage())
					.isEqualTo("Kế hoạch «Kế hoạch kết nạp 2025–2026» vừa được người khác sửa hoặc xóa. "
							+ "Hãy tải lại trang để xem dữ liệu mới rồi thực hiện lại."));
		// every error at once, nothing changed
		assertThatThrownBy(() -> edits.update(p.id(),
				new AdmissionPlan.Edit(null, 2026, 2025, " ", -1, null, 7,
						List.of(new AdmissionPlan.SubTarget(PlaceKind.RESIDENTIAL, 1),
								new AdmissionPlan.SubTarget(PlaceKind.RESIDENTIAL, 2)),
						1),
				a))
			.isInstanceOfSatisfying(ValidationException.class, x -> assertThat(x.errors()).extracting(FieldError::field)
				.containsExactlyInAnyOrder("name", "yearTo", "target", "decimals", "subTargets[0]", "subTargets[1]"));
		assertThatThrownBy(() -> edits.update(p.id(), edit("KH", 2025, 2026, 12, 6, null), a)).isInstanceOfSatisfying(
				ValidationException.class,
				x -> assertThat(x.errors()).extracting(FieldError::field).containsExactly("version"));
		// another plan of the same organisation and period
		AdmissionPlan other = plans
			.create(new AdmissionPlan.Input(t.communeA().id(), 2027, 2027, "KH 2027", 5, null, null, List.of()), a);
		assertThatThrownBy(() -> edits.update(other.id(), edit("KH", 2025, 2026, 12, 0, 0), a)).isInstanceOfSatisfying(
				ValidationException.class,
				x -> assertThat(x.errors().get(0).message()).endsWith("đã có kế hoạch kết nạp giai đoạn 2025–2026"));
		// the same period of its own: fine (not a duplicate of itself)
		assertThat(edits.update(other.id(), edit("KH 2027 sửa", 2027, 2027, 6, 0, 0), a).version()).isEqualTo(1);
		assertThat(plans.get(p.id(), a)).isEqualTo(e);
		// scope first: commune B's officer does not find it; A's plan moved to B's
		// organisation: not found either
		AdmissionPlan.Edit fine = edit("KH", 2025, 2026, 12, 6, 1);
		assertThatThrownBy(() -> edits.update(p.id(), fine, Scope.of(t.b().id())))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> edits.update(p.id(),
				new AdmissionPlan.Edit(t.communeB().id(), 2025, 2026, "KH", 12, null, null, List.of(), 1), a))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> edits.delete(p.id(), 1, Scope.of(t.b().id()))).isInstanceOf(NotFoundException.class);
		assertThat(plans.get(p.id(), a)).isEqualTo(e);
		// deletion: a stale version refused, then gone with its sub-targets, audited
		assertThatThrownBy(() -> edits.delete(p.id(), 0, a)).isInstanceOf(ConcurrentEditException.class);
		edits.delete(p.id(), 1, a);
		assertThatThrownBy(() -> plans.get(p.id(), a)).isInstanceOf(NotFoundException.class);
		assertThat(jdbc.sql("select count(*) from party_admission_subtarget where plan_id = ?")
			.param(p.id())
			.query(Long.class)
			.single()).isZero();
		assertThat(audits("DELETE", p.id())).isEqualTo(1);
	}

	MockHttpServletResponse call(MockHttpServletRequestBuilder b, Long unit) throws Exception {
		return mvc.perform(b.with(csrf()).with(TestUsers.officer(unit))).andReturn().getResponse();
	}

	@Test
	void theApi() throws Exception {
		PartyFixture.Tree t = fx.tree();
		long a = t.a().id();
		var created = call(post("/api/v1/party/plans").contentType(MediaType.APPLICATION_JSON)
			.content("{\"orgId\":" + t.communeA().id() + ",\"yearFrom\":2025,\"name\":\"KH API\",\"target\":8,"
					+ "\"subTargets\":[{\"placeKind\":\"RESIDENTIAL\",\"target\":3}]}"),
				a);
		assertThat(created.getStatus()).isEqualTo(201);
		String location = created.getHeader("Location");
		assertThat(call(get(location), a).getContentAsString(StandardCharsets.UTF_8)).contains("\"version\":0")
			.contains("\"name\":\"KH API\"");
		assertThat(call(get("/api/v1/party/plans").param("orgId", String.valueOf(t.communeA().id())), a)
			.getContentAsString(StandardCharsets.UTF_8)).contains("KH API");
		assertThat(call(get(location + "/achievement").param("date", "2025-12-31"), a)
			.getContentAsString(StandardCharsets.UTF_8)).contains("kết nạp 0 đảng viên");
		String body = "{\"yearFrom\":2025,\"yearTo\":2026,\"name\":\"KH API sửa\",\"target\":9,\"version\":0}";
		var updated = call(put(location).contentType(MediaType.APPLICATION_JSON).content(body), a);
		assertThat(updated.getStatus()).isEqualTo(200);
		assertThat(updated.getContentAsString(StandardCharsets.UTF_8)).contains("\"version\":1")
			.contains("\"subTargets\":[]");
		// the same body again (version 0): 409
		assertThat(call(put(location).contentType(MediaType.APPLICATION_JSON).content(body), a).getStatus())
			.isEqualTo(409);
		var bad = call(put(location).contentType(MediaType.APPLICATION_JSON)
			.content("{\"yearFrom\":1900,\"target\":-3,\"version\":1}"), a);
		assertThat(bad.getStatus()).isEqualTo(400);
		assertThat(bad.getContentAsString(StandardCharsets.UTF_8)).contains("\"field\":\"name\"")
			.contains("\"field\":\"yearFrom\"")
			.contains("\"field\":\"target\"");
		// commune B's officer: 404 for reading, editing and deleting
		assertThat(call(get(location), t.b().id()).getStatus()).isEqualTo(404);
		assertThat(call(delete(location).param("version", "1"), t.b().id()).getStatus()).isEqualTo(404);
		assertThat(call(delete(location).param("version", "0"), a).getStatus()).isEqualTo(409);
		assertThat(call(delete(location).param("version", "1"), a).getStatus()).isEqualTo(204);
		assertThat(call(get(location), a).getStatus()).isEqualTo(404);
	}

	@Test
	void thePlansPageEditsAndDeletes() throws Exception {
		PartyFixture.Tree t = fx.tree();
		long a = t.a().id();
		AdmissionPlan p = plans.create(new AdmissionPlan.Input(t.communeA().id(), 2025, 2025, "KH trang", 10, null,
				null, List.of(new AdmissionPlan.SubTarget(PlaceKind.RESIDENTIAL, 4),
						new AdmissionPlan.SubTarget(PlaceKind.SCHOOL, 2))),
				Scope.all());
		var page = Jsoup
			.parse(call(get("/party/plans").param("date", "31/12/2025"), a).getContentAsString(StandardCharsets.UTF_8));
		var form = page.selectFirst("[data-plan=" + p.id() + "] [data-plan-edit-form]");
		assertThat(form.selectFirst("[name=version]").val()).isEqualTo("0");
		assertThat(form.selectFirst("[name=residentialTarget]").val()).isEqualTo("4");
		assertThat(page.text()).doesNotContain("??");
		var saved = call(post("/party/plans/" + p.id()).param("name", "KH trang sửa")
			.param("yearFrom", "2025")
			.param("target", "11")
			.param("residentialTarget", "5")
			.param("version", "0"), a);
		assertThat(saved.getStatus()).isEqualTo(302);
		AdmissionPlan e = plans.get(p.id(), Scope.all());
		assertThat(e.name()).isEqualTo("KH trang sửa");
		// the school sub-target the form does not show is kept
		assertThat(e.subTargets()).containsExactlyInAnyOrder(new AdmissionPlan.SubTarget(PlaceKind.RESIDENTIAL, 5),
				new AdmissionPlan.SubTarget(PlaceKind.SCHOOL, 2));
		var stale = call(post("/party/plans/" + p.id()).param("name", "X")
			.param("yearFrom", "2025")
			.param("target", "1")
			.param("version", "0"), a);
		assertThat(stale.getStatus()).isEqualTo(409);
		assertThat(Jsoup.parse(stale.getContentAsString(StandardCharsets.UTF_8)).select("[data-conflict]").text())
			.startsWith("Kế hoạch «KH trang sửa» vừa được người khác sửa");
		var bad = call(post("/party/plans/" + p.id()).param("yearFrom", "2025")
			.param("yearTo", "2020")
			.param("target", "11")
			.param("version", "1"), a);
		assertThat(bad.getStatus()).isEqualTo(400);
		assertThat(Jsoup.parse(bad.getContentAsString(StandardCharsets.UTF_8)).select("[data-errors] div")).hasSize(2);
		assertThat(call(post("/party/plans/" + p.id() + "/delete").param("version", "1"), t.b().id()).getStatus())
			.isEqualTo(404);
		assertThat(plans.get(p.id(), Scope.all()).version()).isEqualTo(1);
		assertThat(call(post("/party/plans/" + p.id() + "/delete").param("version", "1"), a).getStatus())
			.isEqualTo(302);
		assertThatThrownBy(() -> plans.get(p.id(), Scope.all())).isInstanceOf(NotFoundException.class);
		assertThat(audits("DELETE", p.id())).isEqualTo(1);
	}

}

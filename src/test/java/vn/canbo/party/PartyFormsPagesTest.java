package vn.canbo.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.Scope;

/**
 * The page forms and pages of issue 18 (party1) through MockMvc as commune A's officer: a
 * candidate registered, the class, a step and the admission decision from forms (every
 * error at once, an unreadable date named with what was typed, nothing stored from a
 * refused form); the ceremony, a member recorded and corrected; the candidate list with
 * the next step and deadlines (A's only, one query); transfers each side its half; the
 * badges due; the member's life section; B's member and candidate are 404 on every form;
 * English.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PartyFormsPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	PartyFixture fx;

	@Autowired
	PartyOldTree old;

	@Autowired
	Transfers transfers;

	@Autowired
	JdbcClient jdbc;

	MockHttpServletResponse call(MockHttpServletRequestBuilder r, long unit) throws Exception {
		return mvc.perform(r.with(csrf()).with(TestUsers.officer(unit))).andReturn().getResponse();
	}

	Document page(MockHttpServletRequestBuilder r, long unit) throws Exception {
		MockHttpServletResponse res = call(r, unit);
		assertThat(res.getStatus()).as(res.getContentAsString()).isEqualTo(200);
		Document d = Jsoup.parse(res.getContentAsString(StandardCharsets.UTF_8));
		assertThat(d.text()).doesNotContain("??");
		return d;
	}

	String redirect(MockHttpServletRequestBuilder r, long unit) throws Exception {
		MockHttpServletResponse res = call(r, unit);
		assertThat(res.getStatus()).as(res.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(302);
		return res.getRedirectedUrl();
	}

	long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	@Test
	void theAdmissionPipelineFromForms() throws Exception {
		PartyFixture.Tree t = fx.tree();
		long a = t.a().id();
		Document blank = page(get("/party/candidates/new"), a);
		assertThat(blank.select("select[name=orgId] option")).extracting(e -> e.attr("value"))
			.contains(String.valueOf(t.cellA().id()))
			.doesNotContain(String.valueOf(t.cellB().id()));
		// every error at once, the unreadable date named with what was typed; nothing
		// stored
		long before = count("party_candidate");
		Document refused = page(post("/party/candidates/new").param("birthDate", "31/02/2001")
			.param("registeredOn", "01/03/2026")
			.param("gender", "FEMALE"), a);
		assertThat(refused.select("[data-error-for=birthDate]").text()).contains("31/02/2001");
		assertThat(refused.select("[data-error-for=orgId]").text()).isNotBlank();
		assertThat(refused.select("[data-error-for=fullName]").text()).isNotBlank();
		assertThat(refused.select("[data-error-for=source]").text()).isNotBlank();
		assertThat(refused.select("input[name=registeredOn]").val()).isEqualTo("01/03/2026");
		assertThat(count("party_candidate")).isEqualTo(before);
		// B's chi bộ is not A's to choose
		assertThat(call(post("/party/candidates/new").param("orgId", String.valueOf(t.cellB().id()))
			.param("fullName", "Người Xã Khác"), a).getStatus()).isEqualTo(404);

		String to = redirect(post("/party/candidates/new").param("orgId", String.valueOf(t.cellA().id()))
			.param("fullName", "Trịnh Thị Mẫu")
			.param("gender", "FEMALE")
			.param("birthDate", "05/06/2001")
			.param("generalEducationCode", "THPT")
			.param("source", "RESIDENTIAL")
			.param("registeredOn", "01/03/2025"), a);
		long id = Long.parseLong(to.substring(to.lastIndexOf('/') + 1));
		assertThat(page(get(to), a).select("[data-action=admission]")).hasSize(1);
		redirect(post(to + "/class").param("certificateNumber", "GCN-9")
			.param("completedOn", "10/03/2025")
			.param("issuer", "Trung tâm Chính trị"), a);
		for (DossierStep s : DossierStep.values()) {
			redirect(post(to + "/step").param("step", s.name()).param("doneOn", "10/08/2026"), a);
		}
		// the candidate list: all steps done, the deadlines; B's candidate absent
		Candidate other = fx.candidate("Người Xã Bên", LocalDate.of(2000, 1, 1), t.cellB().id(),
				LocalDate.of(2025, 3, 1), LocalDate.of(2026, 8, 3));
		Document list = page(get("/party/candidates"), a);
		assertThat(list.select("tr[data-candidate=" + id + "] [data-steps-done]").text()).isEqualTo("6/6");
		assertThat(list.select("tr[data-candidate=" + id + "] [data-certificate-until]").text())
			.isEqualTo("10/03/2030");
		assertThat(list.select("tr[data-candidate=" + id + "] [data-age-limit]").text()).isEqualTo("30/06/2061");
		assertThat(list.select("tr[data-candidate=" + other.id() + "]")).isEmpty();
		// an admission decision missing its number: refused, no member created
		long membersBefore = count("party_member");
		Document noNumber = page(post(to + "/admission").param("decidedOn", "20/08/2026"), a);
		assertThat(noNumber.select("[data-error-for=decisionNumber]").text()).isNotBlank();
		assertThat(count("party_member")).isEqualTo(membersBefore);
		String member = redirect(post(to + "/admission").param("decisionNumber", "77-QĐ/ĐU")
			.param("decidedOn", "20/08/2026")
			.param("issuer", "Đảng ủy xã Hòa An"), a);
		// the ceremony late without consent: the PM-01 error under the consent field
		Document late = page(post(member + "/ceremony").param("heldOn", "06/10/2026"), a);
		assertThat(late.select("[data-error-for=lateConsent]").text()).contains("PM-01", "05/10/2026");
		redirect(post(member + "/ceremony").param("heldOn", "05/10/2026"), a);
		Document life = page(get(member + "/life"), a);
		assertThat(life.select("[data-action=vote]")).hasSize(1);
		assertThat(life.select("[data-action=ceremony]")).isEmpty();
		// B's candidate and member: every form is 404
		assertThat(call(get("/party/candidates/" + other.id() + "/class"), a).getStatus()).isEqualTo(404);
		assertThat(call(post("/party/candidates/" + other.id() + "/step").param("step", "CV"), a).getStatus())
			.isEqualTo(404);
	}

	@Test
	void memberFormsTransfersBadgesAndEnglish() throws Exception {
		PartyFixture.Tree t = old.tree();
		long a = t.a().id();
		long b = t.b().id();
		String to = redirect(post("/party/members/new").param("orgId", String.valueOf(t.cellA().id()))
			.param("fullName", "Âu Văn Giấy")
			.param("gender", "MALE")
			.param("birthDate", "02/02/1970")
			.param("admissionDecidedOn", "02/09/1996")
			.param("joinedOn", "20/09/1996")
			.param("officialOn", "20/09/1997"), a);
		long id = Long.parseLong(to.substring(to.lastIndexOf('/') + 1));
		Document edit = page(get(to + "/edit"), a);
		assertThat(edit.select("input[name=birthDate]").val()).isEqualTo("02/02/1970");
		Document bad = page(post(to + "/edit").param("fullName", "Âu Văn Giấy")
			.param("gender", "MALE")
			.param("birthDate", "02/02/1970")
			.param("nationalId", "123"), a);
		assertThat(bad.select("[data-error-for=nationalId]").text()).isNotBlank();
		redirect(post(to + "/edit").param("fullName", "Âu Văn Giấy")
			.param("gender", "MALE")
			.param("birthDate", "02/02/1970")
			.param("occupation", "Hưu trí"), a);
		assertThat(jdbc.sql("select occupation from party_member where id = ?").param(id).query(String.class).single())
			.isEqualTo("Hưu trí");
		// the badges due by 2/9/2026 propose the 30-year badge
		Document due = page(get("/party/badges").param("date", "02/09/2026"), a);
		assertThat(due.select("tr[data-member=" + id + "]").attr("data-years")).isEqualTo("30");
		redirect(post(to + "/badge").param("years", "30")
			.param("awardedOn", "02/09/2026")
			.param("decisionNumber", "HH-1"), a);
		assertThat(page(get(to + "/life"), a).select("[data-badges] tr[data-years=30]")).hasSize(1);
		// the transfer: A introduces, B receives
		Document noDest = page(post(to + "/transfer").param("kind", "OFFICIAL"), a);
		assertThat(noDest.select("[data-error-for=toOrgCode]").text()).isNotBlank();
		redirect(post(to + "/transfer").param("kind", "OFFICIAL")
			.param("ground", "RESIDENCE")
			.param("toOrgCode", t.cellB().code())
			.param("effectiveOn", "01/10/2026")
			.param("introducedOn", "02/10/2026")
			.param("letterNumber", "9-GGT")
			.param("issuer", "Đảng ủy xã Hòa An"), a);
		Document aSide = page(get("/party/transfers"), a);
		assertThat(aSide.select("[data-outgoing] tr[data-transfer]")).hasSize(1);
		assertThat(aSide.select("[data-incoming] tr[data-transfer]")).isEmpty();
		Document bSide = page(get("/party/transfers"), b);
		assertThat(bSide.select("[data-incoming] tr[data-transfer]")).hasSize(1);
		String receive = bSide.select("[data-receive]").attr("href");
		assertThat(call(get(receive), a).getStatus()).isEqualTo(404);
		assertThat(redirect(post(receive).param("presentedOn", "05/10/2026"), b)).isEqualTo("/party/transfers");
		assertThat(call(get(to), a).getStatus()).isEqualTo(404);
		assertThat(page(get(to), b).select("[data-life-slot]")).hasSize(1);
		// English
		Document en = page(get("/party/transfers").param("lang", "en"), b);
		assertThat(en.text()).contains("Transfers of party activity", "Incoming");
		Document enForm = page(get(to + "/removal").param("lang", "en"), b);
		assertThat(enForm.text()).contains("Propose removal or expulsion", "Ground");
		Document enList = page(get("/party/candidates").param("lang", "en"), b);
		assertThat(enList.text()).contains("Candidates");
		// every form of B's member is 404 for A
		for (String form : new String[] { "/edit", "/transfer", "/badge", "/removal", "/removal/decision",
				"/readmission", "/ceremony", "/recognition", "/vote", "/life" }) {
			assertThat(call(get(to + form), a).getStatus()).as(form).isEqualTo(404);
		}
	}

	@Test
	void theApiOfAMembersLife() throws Exception {
		PartyFixture.Tree t = old.tree();
		long a = t.a().id();
		PartyMember m = fx.member("Kiều Văn Api", t.cellA().id(), LocalDate.of(1996, 9, 2), LocalDate.of(1996, 9, 20),
				LocalDate.of(1997, 9, 20));
		PartyMember other = fx.member("Kiều Văn Khác", t.cellB().id(), LocalDate.of(1996, 9, 2),
				LocalDate.of(1996, 9, 20), LocalDate.of(1997, 9, 20));
		// a refused introduction: a problem detail naming every error, nothing stored
		long before = count("party_transfer");
		MockHttpServletResponse bad = call(post("/api/v1/party/members/" + m.id() + "/transfers")
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"OFFICIAL\",\"toOrgCode\":\"KHONG-CO\",\"introducedOn\":\"2026-09-01\"}"), a);
		assertThat(bad.getStatus()).isEqualTo(400);
		assertThat(bad.getContentAsString(StandardCharsets.UTF_8)).contains("KHONG-CO", "letterNumber", "ground");
		assertThat(count("party_transfer")).isEqualTo(before);
		MockHttpServletResponse due = call(get("/api/v1/party/badges/due").param("date", "2026-09-02"), a);
		assertThat(due.getContentAsString(StandardCharsets.UTF_8)).contains("Kiều Văn Api")
			.doesNotContain("Kiều Văn Khác");
		MockHttpServletResponse awarded = call(post("/api/v1/party/members/" + m.id() + "/badges")
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"years\":30,\"awardedOn\":\"2026-09-02\",\"decisionNumber\":\"HH-9\"}"), a);
		assertThat(awarded.getStatus()).isEqualTo(200);
		assertThat(call(get("/api/v1/party/members/" + m.id() + "/badges"), a).getContentAsString()).contains("HH-9");
		assertThat(call(put("/api/v1/party/members/" + other.id())
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"fullName\":\"Đổi Tên\",\"gender\":\"MALE\",\"birthDate\":\"1980-01-01\"}"), a).getStatus())
			.isEqualTo(404);
		assertThat(call(get("/api/v1/party/transfers"), a).getStatus()).isEqualTo(200);
	}

}

package vn.canbo.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.canbo.people.PersonService;
import vn.canbo.security.Role;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.Scope;

/**
 * REST API and pages of career decisions, alerts, movements and rules; scope (404) and
 * roles (403).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class CareerWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	CareerFixture fx;

	@Autowired
	PersonService people;

	@Autowired
	DecisionService decisions;

	CareerFixture.Tree t;

	long inA;

	long inB;

	@BeforeEach
	void data() {
		t = fx.tree();
		inA = fx.person("Giang Văn An", t.a().id());
		inB = fx.person("Giang Văn Bình", t.b().id());
	}

	private String body(String type, String number, String effective, long personId, long unitId, String title) {
		return json.writeValueAsString(Map.of("type", type, "number", number, "signedOn", "2026-01-05", "issuer",
				"UBND tỉnh Thử", "effectiveOn", effective, "subjects",
				List.of(Map.of("personId", personId, "unitId", unitId, "titleCode", title))));
	}

	@Test
	void draftCheckIssueRevokeOverTheApi() throws Exception {
		var officerA = TestUsers.officer(t.a().id());
		String created = mvc
			.perform(post("/api/v1/decisions").with(officerA)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body("ASSIGNMENT", "15/QĐ-" + CareerFixture.key(), "2025-03-01", inA, t.a().id(), "CAN_SU")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.subjects[0].personName").value("Giang Văn An"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = json.readTree(created).get("id").asLong();
		mvc.perform(post("/api/v1/decisions/{id}/check", id).with(officerA)).andExpect(status().isOk());
		mvc.perform(post("/api/v1/decisions/{id}/issue", id).with(officerA)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ISSUED"))
			.andExpect(jsonPath("$.effects.length()").value(2));
		mvc.perform(get("/api/v1/asof/persons/{id}", inA).param("date", "2025-03-01").with(officerA))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mainPosition.titleCode").value("CAN_SU"));
		mvc.perform(get("/api/v1/asof/units/{id}", t.a().id()).param("date", "2025-03-01").with(officerA))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].titleCode", hasItem("CAN_SU")));
		// officer of B: the decision, the person and the unit do not exist
		var officerB = TestUsers.officer(t.b().id());
		mvc.perform(get("/api/v1/decisions/{id}", id).with(officerB)).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/decisions/{id}/revoke", id).with(officerB)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"number\":\"x\",\"signedOn\":\"2026-01-06\",\"issuer\":\"UBND\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/asof/units/{id}", t.a().id()).with(officerB)).andExpect(status().isNotFound());
		// a leader may read but not write
		mvc.perform(post("/api/v1/decisions").with(TestUsers.as(Role.LEADER, t.a().id()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("ASSIGNMENT", "x", "2025-03-01", inA, t.a().id(), "CAN_SU")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/decisions/{id}/revoke", id).with(officerA)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"number\":\"TH-" + CareerFixture.key()
					+ "\",\"signedOn\":\"2026-01-06\",\"issuer\":\"UBND tỉnh Thử\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.type").value("REVOCATION"));
		mvc.perform(get("/api/v1/decisions/{id}", id).with(officerA)).andExpect(jsonPath("$.status").value("REVOKED"));
		mvc.perform(get("/api/v1/decisions").param("personId", String.valueOf(inA)).with(officerA))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2));
	}

	@Test
	void apiIsDocumented() throws Exception {
		mvc.perform(get("/api/v1/openapi").with(TestUsers.admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/v1/decisions/{id}/issue")))
			.andExpect(content().string(containsString("/api/v1/alerts")))
			.andExpect(content().string(containsString("/api/v1/movements/concurrent")))
			.andExpect(content().string(containsString("/api/v1/rules/{key}")))
			.andExpect(content().string(containsString("/api/v1/asof/units/{id}")));
	}

	@Test
	void badInputIsAProblemWithVietnameseFieldMessages() throws Exception {
		var officerA = TestUsers.officer(t.a().id());
		mvc.perform(post("/api/v1/decisions").with(officerA)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"TRANSFER\",\"effectiveOn\":\"2025-03-01\",\"endOn\":\"2025-01-01\",\"subjects\":[]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("endOn")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("Quyết định phải có ít nhất một người")));
		mvc.perform(post("/api/v1/decisions").with(officerA)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("TRANSFER", "1", "2025-03-01", inA, t.a().id(), "KHONG_CO")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("subjects[0].titleCode"))
			.andExpect(jsonPath("$.errors[0].message").value("Mã chức vụ 'KHONG_CO' không có trong danh mục"));
		mvc.perform(post("/api/v1/decisions").with(officerA)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("TRANSFER", "1", "2025-03-01", inB, t.a().id(), "CHUYEN_VIEN")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/movements").param("from", "2025-02-01").param("to", "2025-01-01").with(officerA))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("Đến ngày phải từ ngày bắt đầu trở về sau"));
		mvc.perform(get("/api/v1/movements/concurrent").with(TestUsers.admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unitId"));
	}

	@Test
	void scanUploadChecksTheContent() throws Exception {
		Decision d = decisions.create(CareerFixture.draft(DecisionType.ASSIGNMENT, LocalDate.of(2025, 3, 1),
				DecisionSubject.post(inA, t.a().id(), "CHUYEN_VIEN", null)), Scope.all());
		var officerA = TestUsers.officer(t.a().id());
		mvc.perform(multipart("/api/v1/decisions/{id}/scan", d.id())
			.file(new MockMultipartFile("file", "qd.pdf", "application/pdf", "not a pdf".getBytes()))
			.with(officerA))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("Bản scan phải là tệp PDF, PNG hoặc JPEG"));
		mvc.perform(multipart("/api/v1/decisions/{id}/scan", d.id())
			.file(new MockMultipartFile("file", "qd.png", "image/png",
					new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0 }))
			.with(officerA)).andExpect(status().isOk()).andExpect(jsonPath("$.scan.contentType").value("image/png"));
		mvc.perform(get("/api/v1/decisions/{id}/scan", d.id()).with(officerA))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"));
	}

	@Test
	void rulesReadByAllChangedByAdmins() throws Exception {
		mvc.perform(get("/api/v1/rules").with(TestUsers.as(Role.CLERK, t.a().id())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].key", hasItem("appoint.min_remaining_months_first_or_higher")));
		String change = "{\"value\":\"30\",\"mode\":\"WARN\",\"legalBasis\":\"Thử\",\"effectiveFrom\":\"2031-01-01\"}";
		mvc.perform(put("/api/v1/rules/{k}", "rotation.min_months").with(TestUsers.officer(t.a().id()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(change)).andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/rules/{k}", "rotation.min_months").with(TestUsers.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(change)).andExpect(status().isOk()).andExpect(jsonPath("$.value").value("30"));
		mvc.perform(put("/api/v1/rules/{k}", "rotation.min_months").with(TestUsers.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"value\":\"x\",\"mode\":\"WARN\",\"legalBasis\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("legalBasis")));
		mvc.perform(get("/rules").with(TestUsers.as(Role.CLERK, t.a().id())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kết luận 08-KL/TW")));
		mvc.perform(get("/rules/{k}", "rotation.min_months").with(TestUsers.admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lưu phiên bản mới")));
		mvc.perform(post("/rules/{k}", "rotation.min_months").with(TestUsers.officer(t.a().id()))
			.with(csrf())
			.param("value", "1")).andExpect(status().isForbidden());
	}

	@Test
	void pagesDraftCheckIssueAndDashboards() throws Exception {
		var officerA = TestUsers.officer(t.a().id());
		mvc.perform(get("/career/decisions/new").param("personId", String.valueOf(inA)).with(officerA))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Giang Văn An")));
		// type change re-renders the form with the type's fields (salary fields for a
		// raise)
		mvc.perform(post("/career/decisions").with(officerA)
			.with(csrf())
			.param("action", "refresh")
			.param("type", "SALARY_STEP_REGULAR")
			.param("effectiveOn", "2025-03-01")
			.param("subjects[0].personId", String.valueOf(inA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("subjects[0].rankCode")));
		// bad form input: Vietnamese message by the field
		mvc.perform(post("/career/decisions").with(officerA)
			.with(csrf())
			.param("type", "TRANSFER")
			.param("effectiveOn", "2025-03-01")
			.param("subjects[0].personId", String.valueOf(inA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đơn vị là bắt buộc")));
		String location = mvc
			.perform(post("/career/decisions").with(officerA)
				.with(csrf())
				.param("type", "TRANSFER")
				.param("number", "9/QĐ-" + CareerFixture.key())
				.param("issuer", "UBND tỉnh Thử")
				.param("signedOn", "2026-01-05")
				.param("effectiveOn", "2025-03-01")
				.param("subjects[0].personId", String.valueOf(inA))
				.param("subjects[0].unitId", String.valueOf(t.a().id()))
				.param("subjects[0].titleCode", "CAN_SU"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/career/decisions/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get(location).with(officerA))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Giang Văn An")));
		mvc.perform(post(location + "/check").header("HX-Request", "true").with(officerA).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"checks\"")));
		mvc.perform(post(location + "/issue").with(officerA).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get(location).with(officerA)).andExpect(content().string(containsString("Đã ban hành")));
		mvc.perform(get(location).with(TestUsers.officer(t.b().id()))).andExpect(status().isNotFound());
		mvc.perform(get("/career/persons/{id}/decisions", inA).with(officerA))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("điều động")));
		mvc.perform(get("/career/decisions").with(officerA)).andExpect(status().isOk());
		mvc.perform(get("/career/alerts").with(officerA)).andExpect(status().isOk());
		mvc.perform(get("/career/movements").param("from", "2025-01-01").param("to", "2025-12-31").with(officerA))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("điều động 1")));
		mvc.perform(get("/career/asof").param("date", "2025-03-01").with(officerA))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Giang Văn An")));
		mvc.perform(get("/pick/persons").param("q", "Giang").with(officerA))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Giang Văn An")));
		// the amendment form shows the fields of the amended decision's type; a
		// reappointment lists the person's posts
		long issuedId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		mvc.perform(get("/career/decisions/new").param("type", "AMENDMENT")
			.param("targetDecisionId", String.valueOf(issuedId))
			.param("personId", String.valueOf(inA))
			.with(officerA))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("subjects[0].unitId")));
		mvc.perform(get("/career/decisions/new").param("type", "REAPPOINTMENT")
			.param("personId", String.valueOf(inA))
			.with(officerA)).andExpect(status().isOk()).andExpect(content().string(containsString("Cán sự — ")));
		JsonNode ignored = json.readTree("{}");
		assertThat(ignored).isNotNull();
	}

}

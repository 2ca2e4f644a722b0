package vn.canbo.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;
import vn.canbo.security.CanboUser;
import vn.canbo.security.Permission;
import vn.canbo.security.Role;

/**
 * Issue 12: the clerk drafts decisions but never approves or issues them (permission
 * DECISION_ISSUE: officers and administrators); the four-eyes types of
 * {@code canbo.career.four-eyes-types} (default REMOVAL, STAFF_REDUCTION) go draft →
 * approved → issued through two distinct users, the issuer being neither the drafter nor
 * the approver; every step is audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class DecisionApprovalTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	CareerFixture fx;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CareerSettings settings;

	CareerFixture.Tree t;

	long person;

	RequestPostProcessor clerk;

	RequestPostProcessor officer1;

	RequestPostProcessor officer2;

	@BeforeEach
	void data() {
		t = fx.tree();
		person = fx.person("Hà Văn Duyệt", t.a().id());
		clerk = as(1, "nhaplieu.thu", Role.CLERK);
		officer1 = as(2, "tochuc.mot", Role.ORG_OFFICER);
		officer2 = as(3, "tochuc.hai", Role.ORG_OFFICER);
	}

	private RequestPostProcessor as(long id, String username, Role role) {
		return SecurityMockMvcRequestPostProcessors
			.user(new CanboUser(-100 - id, username, "{noop}x", username, role, Set.of(t.a().id()), true));
	}

	private long draft(RequestPostProcessor who, String type, Map<String, Object> subject) throws Exception {
		String body = json.writeValueAsString(
				Map.of("type", type, "number", CareerFixture.key() + "/QĐ-UBND", "signedOn", "2026-01-05", "issuer",
						"UBND tỉnh Thử", "effectiveOn", "2026-02-01", "subjects", List.of(subject)));
		String created = mvc
			.perform(post("/api/v1/decisions").with(who).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(created).get("id").asLong();
	}

	private long staffReduction(RequestPostProcessor who) throws Exception {
		return draft(who, "STAFF_REDUCTION", Map.of("personId", person));
	}

	private org.springframework.test.web.servlet.ResultActions issue(long id, RequestPostProcessor who)
			throws Exception {
		return mvc.perform(post("/api/v1/decisions/{id}/issue", id).with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}"));
	}

	private org.springframework.test.web.servlet.ResultActions approve(long id, RequestPostProcessor who)
			throws Exception {
		return mvc.perform(post("/api/v1/decisions/{id}/approve", id).with(who));
	}

	@Test
	void issuingIsItsOwnPermissionHeldByOfficersAndAdministrators() {
		assertThat(Role.ORG_OFFICER.permissions()).contains(Permission.DECISION_ISSUE);
		assertThat(Role.ADMIN.permissions()).contains(Permission.DECISION_ISSUE);
		assertThat(Role.CLERK.permissions()).doesNotContain(Permission.DECISION_ISSUE)
			.contains(Permission.PERSON_WRITE);
		assertThat(Role.LEADER.permissions()).doesNotContain(Permission.DECISION_ISSUE);
		assertThat(Role.AUDITOR.permissions()).doesNotContain(Permission.DECISION_ISSUE);
		assertThat(settings.fourEyesTypes()).containsExactlyInAnyOrder(DecisionType.REMOVAL,
				DecisionType.STAFF_REDUCTION);
	}

	@Test
	void clerkDraftsAndChecksButCannotApproveIssueOrRevoke() throws Exception {
		long id = draft(clerk, "ASSIGNMENT", Map.of("personId", person, "unitId", t.a().id(), "titleCode", "CAN_SU"));
		mvc.perform(post("/api/v1/decisions/{id}/check", id).with(clerk)).andExpect(status().isOk());
		issue(id, clerk).andExpect(status().isForbidden());
		approve(id, clerk).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/decisions/{id}", id).with(clerk)).andExpect(jsonPath("$.status").value("DRAFT"));
		// the officer issues the clerk's draft (not a four-eyes type: one step)
		issue(id, officer1).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ISSUED"))
			.andExpect(jsonPath("$.issuedBy").value("tochuc.mot"));
		mvc.perform(post("/api/v1/decisions/{id}/revoke", id).with(clerk)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"number\":\"" + CareerFixture.key() + "\",\"signedOn\":\"2026-03-01\",\"issuer\":\"UBND\"}"))
			.andExpect(status().isForbidden());
		// pages: the clerk sees neither the approve nor the issue button, and is refused
		// the form posts
		long other = draft(clerk, "ASSIGNMENT",
				Map.of("personId", person, "unitId", t.a().id(), "titleCode", "CAN_SU"));
		mvc.perform(get("/career/decisions/{id}", other).with(clerk))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/issue\""))))
			.andExpect(content().string(not(containsString("/approve\""))));
		mvc.perform(post("/career/decisions/{id}/issue", other).with(clerk).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/career/decisions/{id}/approve", other).with(clerk).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/career/decisions/{id}", other).with(officer1))
			.andExpect(content().string(containsString("/career/decisions/" + other + "/issue")))
			.andExpect(content().string(containsString("/career/decisions/" + other + "/approve")));
	}

	@Test
	void fourEyesTypeNeedsTwoDistinctUsers() throws Exception {
		long id = staffReduction(clerk);
		// not approved: refused even for an officer
		issue(id, officer1).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("phải được phê duyệt")));
		approve(id, officer1).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.approvedBy").value("tochuc.mot"));
		// frozen once approved; approved once only
		mvc.perform(put("/api/v1/decisions/{id}", id).param("version", "1")
			.with(officer1)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("type", "STAFF_REDUCTION", "effectiveOn", "2026-03-01", "subjects",
					List.of(Map.of("personId", person))))))
			.andExpect(status().isBadRequest());
		approve(id, officer2).andExpect(status().isBadRequest());
		// the same user twice is refused
		issue(id, officer1).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("tochuc.mot")));
		mvc.perform(get("/api/v1/decisions/{id}", id).with(officer1))
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.effects.length()").value(0));
		// a second officer issues it
		issue(id, officer2).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ISSUED"))
			.andExpect(jsonPath("$.approvedBy").value("tochuc.mot"))
			.andExpect(jsonPath("$.issuedBy").value("tochuc.hai"));
		// the flow is audited: DRAFT → APPROVED (by 1) → ISSUED (by 2)
		List<Map<String, Object>> events = jdbc.sql("""
				select username, before ->> 'status' as before, after ->> 'status' as after from audit_event
				where entity_type = 'decision' and entity_id = ? order by id""")
			.param(String.valueOf(id))
			.query()
			.listOfRows();
		assertThat(events).extracting(e -> e.get("username") + ":" + e.get("before") + ">" + e.get("after"))
			.containsExactly("nhaplieu.thu:null>DRAFT", "tochuc.mot:DRAFT>APPROVED", "tochuc.hai:APPROVED>ISSUED");
	}

	@Test
	void theDrafterCannotIssueAFourEyesDecisionEvenIfAnotherApproved() throws Exception {
		long id = staffReduction(officer1);
		approve(id, officer2).andExpect(status().isOk());
		issue(id, officer2).andExpect(status().isBadRequest());
		issue(id, officer1).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("Người soạn dự thảo")));
		issue(id, as(4, "tochuc.ba", Role.ORG_OFFICER)).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ISSUED"));
	}

	@Test
	void approvalNeedsACompleteDraftInScope() throws Exception {
		String body = json.writeValueAsString(Map.of("type", "STAFF_REDUCTION", "effectiveOn", "2026-02-01", "subjects",
				List.of(Map.of("personId", person))));
		long id = json
			.readTree(mvc
				.perform(post("/api/v1/decisions").with(officer1).contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get("id")
			.asLong();
		approve(id, officer1).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/decisions/{id}", id).with(officer1)).andExpect(jsonPath("$.status").value("DRAFT"));
		// outside the approver's scope: as absent (404)
		approve(id,
				SecurityMockMvcRequestPostProcessors
					.user(new CanboUser(-110, "tochuc.b", "{noop}x", "B", Role.ORG_OFFICER, Set.of(t.b().id()), true)))
			.andExpect(status().isNotFound());
		approve(Long.MAX_VALUE, officer1).andExpect(status().isNotFound());
	}

	@Test
	void approvalAndIssueThroughThePages() throws Exception {
		long id = staffReduction(clerk);
		mvc.perform(get("/career/decisions/{id}", id).with(officer1))
			.andExpect(content().string(containsString("cần hai người")))
			.andExpect(content().string(not(containsString("/career/decisions/" + id + "/issue"))));
		mvc.perform(post("/career/decisions/{id}/approve", id).with(officer1).with(csrf()))
			.andExpect(redirectedUrl("/career/decisions/" + id));
		mvc.perform(post("/career/decisions/{id}/issue", id).with(officer1).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("không được đồng thời ban hành")));
		mvc.perform(post("/career/decisions/{id}/issue", id).with(officer2).with(csrf()))
			.andExpect(redirectedUrl("/career/decisions/" + id));
		mvc.perform(get("/api/v1/decisions/{id}", id).with(officer2)).andExpect(jsonPath("$.status").value("ISSUED"));
	}

	@Test
	void theTableRefusesAnApproverWhoIssues() throws Exception {
		long id = staffReduction(clerk);
		approve(id, officer1).andExpect(status().isOk());
		assertThatThrownBy(() -> jdbc.sql(
				"update career_decision set status = 'ISSUED', issued_at = now(), issued_by = 'TOCHUC.MOT' where id = ?")
			.param(id)
			.update()).hasStackTraceContaining("career_decision_four_eyes");
	}

}

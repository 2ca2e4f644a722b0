package vn.canbo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.canbo.security.Role;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.Scope;

/**
 * The REST API under /api/v1/evaluations: open, grid save (400 naming the person and the
 * field, nothing stored), quota, finalise (DECISION_ISSUE), scope (404), the OpenAPI
 * document.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EvaluationApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	EvaluationFixture fx;

	@Autowired
	Campaigns campaigns;

	@Test
	void campaignThroughTheApi() throws Exception {
		EvaluationFixture.Tree t = fx.tree();
		long p = fx.person("Lục Văn Api", t.a().id());
		var officer = TestUsers.officer(t.a().id());
		String created = mvc.perform(
				post("/api/v1/evaluations/campaigns").with(officer).contentType(MediaType.APPLICATION_JSON).content("""
						{"name": "Đánh giá 2025", "rootUnitId": %d, "periodKind": "YEAR", "periodFrom": "2025-01-01",
						 "periodTo": "2025-12-31", "kind": "INDIVIDUAL"}""".formatted(t.a().id())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.subjectCount").value(1))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+).*$", "$1").strip());
		long subject = campaigns.subjects(id, Scope.all()).get(0).id();
		mvc.perform(post("/api/v1/evaluations/campaigns/" + id + "/scores").with(officer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("[{\"subjectId\": %d, \"score\": 65, \"rating\": \"GOOD\"}]".formatted(subject)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("entries[0].rating"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("Lục Văn Api")));
		assertThat(campaigns.subject(subject, Scope.all()).rating()).isNull();
		mvc.perform(post("/api/v1/evaluations/campaigns/" + id + "/scores").with(officer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("[{\"personId\": %d, \"score\": 65}]".formatted(p)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].rating").value("COMPLETE"));
		// one step for the unit's subjects with the grid's ratings; the order rule's 400
		mvc.perform(post("/api/v1/evaluations/campaigns/" + id + "/steps").with(officer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind": "HEAD_PROPOSAL", "date": "2025-12-20", "actor": "Chủ tịch UBND xã", "unitId": %d,
					 "currentRatings": true}""".formatted(t.a().id())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].steps[0].rating").value("COMPLETE"));
		mvc.perform(post("/api/v1/evaluations/subjects/" + subject + "/steps").with(officer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"SELF_ASSESSMENT\", \"date\": \"2025-12-21\", \"actor\": \"Lục Văn Api\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		mvc.perform(get("/api/v1/evaluations/campaigns/" + id + "/quarter-proposals").with(officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$").isEmpty());
		mvc.perform(post("/api/v1/evaluations/campaigns/" + id + "/steps").with(TestUsers.officer(t.b().id()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"HEAD_PROPOSAL\", \"date\": \"2025-12-22\", \"actor\": \"X\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/evaluations/campaigns/" + id + "/quota").with(officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.pct").value(20));
		mvc.perform(get("/api/v1/evaluations/campaigns/" + id).with(TestUsers.officer(t.b().id())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/evaluations/subjects/" + subject).with(TestUsers.officer(t.b().id())))
			.andExpect(status().isNotFound());
		String finalise = "{\"decidedOn\": \"2026-01-10\", \"authority\": \"Chủ tịch UBND xã\"}";
		mvc.perform(
				post("/api/v1/evaluations/campaigns/" + id + "/finalise").with(TestUsers.as(Role.LEADER, t.a().id()))
					.contentType(MediaType.APPLICATION_JSON)
					.content(finalise))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/evaluations/campaigns/" + id + "/finalise").with(officer)
			.contentType(MediaType.APPLICATION_JSON)
			.content(finalise)).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("FINALISED"));
		mvc.perform(get("/api/v1/evaluations/persons/" + p + "/ratings").with(officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].rating").value("COMPLETE"))
			.andExpect(jsonPath("$[0].finalRating").value(true));
		mvc.perform(get("/api/v1/evaluations/persons/" + p + "/ratings").with(TestUsers.officer(t.b().id())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/openapi").with(officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/evaluations/campaigns/{id}/finalise']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/evaluations/campaigns/{id}/steps']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/evaluations/campaigns/{id}/quarter-proposals']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/evaluations/campaigns/{id}/quarter-proposals/fill']").exists());
	}

}

package vn.canbo.security.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.canbo.security.TestUsers;

/**
 * Issue #3, "done when": every registered endpoint, called by commune A's officer with
 * commune B's ids, answers 404/403 and nothing of B, and changes nothing of B; and every
 * endpoint refuses an unauthenticated caller. {@link LeakyEndpointTest} shows that this
 * test fails when an endpoint forgets the scope.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EndpointScopeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ScopeFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	TwoCommunes f;

	EndpointScopeChecker checker;

	List<EndpointScopeChecker.Endpoint> endpoints;

	@BeforeEach
	void fixture() {
		f = fixtures.twoCommunes();
		checker = new EndpointScopeChecker(mvc, f, () -> f.state(jdbc), TestUsers.officer(f.unitA()));
		endpoints = EndpointScopeChecker.endpoints(context);
	}

	@Test
	void enumeratesTheEndpointsOfEveryModule() {
		List<String> keys = endpoints.stream().map(EndpointScopeChecker.Endpoint::key).toList();
		assertThat(keys).contains("GET /api/v1/persons/{id}", "PUT /api/v1/persons/{id}",
				"GET /api/v1/persons/export.xlsx", "DELETE /api/v1/persons/{id}/{kind}/{entryId}",
				"GET /api/v1/units/{id}", "POST /api/v1/restructurings", "PUT /api/v1/units/{id}/quotas/{year}",
				"GET /units/{id}", "POST /units/{id}/merge", "GET /api/v1/audit", "POST /admin/users/{id}",
				"POST /api/v1/catalogs/{type}", "POST /api/v1/planning/plans/{planId}/candidates",
				"POST /api/v1/planning/candidates/{candidateId}/removal", "GET /planning/{planId}",
				"PUT /api/v1/party/plans/{partyPlanId}", "DELETE /api/v1/party/plans/{partyPlanId}",
				"POST /party/plans/{partyPlanId}/delete");
		assertThat(endpoints).hasSizeGreaterThan(60);
		EndpointScopeChecker.classify(endpoints).forEach((k, v) -> System.out.println("[endpoint] " + k + " — " + v));
		// every exemption names an endpoint that exists (no stale allow-list) except the
		// /error variants
		assertThat(keys).containsAll(
				EndpointScopeChecker.NOT_SCOPED.keySet().stream().filter(k -> !k.endsWith(" /error")).toList());
	}

	@Test
	void communeAOfficerCannotReadListSearchExportOrChangeAnythingOfCommuneB() throws Exception {
		String before = f.state(jdbc);
		List<String> problems = checker.checkScope(endpoints);
		assertThat(problems).as("endpoints leaking or changing commune B for commune A's officer").isEmpty();
		assertThat(f.state(jdbc)).isEqualTo(before);
	}

	@Test
	void theOfficerOfBSeesB() throws Exception {
		// the fixture is right: the same calls do reach B for B's own officer (so 404s
		// above are the scope's doing)
		var b = TestUsers.officer(f.unitB());
		assertThat(mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/api/v1/persons/" + f.personB())
				.with(b))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains(f.personBName());
		assertThat(mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/api/v1/units/" + f.unitB())
				.with(b))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains(f.unitBName());
	}

	@Test
	void nothingAnswersAnUnauthenticatedCaller() throws Exception {
		assertThat(checker.checkUnauthenticated(endpoints)).as("endpoints answering without authentication").isEmpty();
	}

}

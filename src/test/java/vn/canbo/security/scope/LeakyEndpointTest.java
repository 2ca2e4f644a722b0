package vn.canbo.security.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.canbo.security.TestUsers;

/**
 * The enumeration check fails when an endpoint forgets the scope: a context with
 * {@link LeakyFixtureController}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "leaky-fixture" })
class LeakyEndpointTest {

	static final String LEAKY = "GET /api/v1/leaky-fixture/persons/{id}";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ScopeFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCheckReportsTheEndpointThatForgotTheScope() throws Exception {
		TwoCommunes f = fixtures.twoCommunes();
		EndpointScopeChecker checker = new EndpointScopeChecker(mvc, f, () -> f.state(jdbc),
				TestUsers.officer(f.unitA()));
		List<EndpointScopeChecker.Endpoint> endpoints = EndpointScopeChecker.endpoints(context);
		assertThat(endpoints).extracting(EndpointScopeChecker.Endpoint::key).contains(LEAKY);

		List<String> problems = checker.checkScope(endpoints);

		assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(LEAKY).contains("answered 200"));
		assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(LEAKY).contains(f.personBName()));
		assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(LEAKY).contains(f.nationalIdB()));
		// and only it: every real endpoint passes
		assertThat(problems).allSatisfy(p -> assertThat(p).startsWith(LEAKY));
	}

	@Test
	void anUnknownPathVariableIsReportedNotSkipped() throws Exception {
		TwoCommunes f = fixtures.twoCommunes();
		EndpointScopeChecker checker = new EndpointScopeChecker(mvc, f, () -> f.state(jdbc),
				TestUsers.officer(f.unitA()));
		List<String> problems = checker
			.checkScope(List.of(new EndpointScopeChecker.Endpoint(org.springframework.http.HttpMethod.GET,
					"/api/v1/new-module/{dossierNo}")));
		assertThat(problems).singleElement().asString().contains("unknown path variable {dossierNo}");
	}

}

package vn.canbo.security.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.canbo.security.TestUsers;

/**
 * Issue 12, the general rule behind points 1 and 13: an id outside the scope gets exactly
 * the answer of an id that does not exist, before any validation. Every write endpoint of
 * the application ({@link EndpointScopeChecker#endpoints}, each history kind apart) and
 * every read of the API is called twice by commune A's officer with the request
 * {@link EndpointScopeChecker} builds: once with commune B's ids (unit, person, entries,
 * population, programme… in the path, the query and the body), once with the same request
 * where every one of B's ids is an id that exists nowhere. Both answers must be equal:
 * status, body (the ids themselves and the CSRF token aside), redirect and flash
 * messages. So a new endpoint that validates before it checks the scope, or says "outside
 * your scope" where an absent id gets "does not exist", fails here.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OutOfScopeAsAbsentTest {

	static final long GHOST = 987654321L;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ScopeFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyEndpointAnswersAForeignIdExactlyLikeAnAbsentOne() throws Exception {
		TwoCommunes f = fixtures.twoCommunes();
		TwoCommunes ghost = new TwoCommunes(f.province(), f.unitA(), GHOST, f.unitBName(), f.personA(), GHOST,
				f.personBName(), f.nationalIdB(), GHOST, GHOST, GHOST, GHOST, GHOST, GHOST, GHOST, GHOST, GHOST, GHOST,
				GHOST, GHOST, GHOST, GHOST, GHOST, GHOST, GHOST, GHOST, GHOST, GHOST);
		var officerOfA = TestUsers.officer(f.unitA());
		EndpointScopeChecker foreign = new EndpointScopeChecker(mvc, f, () -> f.state(jdbc), officerOfA);
		EndpointScopeChecker absent = new EndpointScopeChecker(mvc, ghost, () -> f.state(jdbc), officerOfA);
		List<String> ids = new ArrayList<>();
		for (long id : new long[] { f.unitB(), f.personB(), f.positionB(), f.salaryB(), f.qualificationB(), f.awardB(),
				f.familyB(), f.decisionB(), f.populationB(), f.importJobB(), f.programmeB(), f.indicatorB(),
				f.campaignB(), f.subjectB(), f.courseB(), f.enrolmentB(), f.planB(), f.candidateB(), f.partyOrgB(),
				f.partyMemberB(), f.partyCandidateB(), f.partyPlanB(), GHOST }) {
			ids.add(String.valueOf(id));
		}
		List<String> problems = new ArrayList<>();
		int compared = 0;
		for (EndpointScopeChecker.Endpoint e : EndpointScopeChecker
			.everyKind(EndpointScopeChecker.endpoints(context))) {
			if (EndpointScopeChecker.NOT_SCOPED.containsKey(e.key()) || EndpointScopeChecker.isPublic(e)
					|| (e.method() == HttpMethod.GET && !e.api())) {
				continue;
			}
			String before = f.state(jdbc);
			String b = answer(foreign, e, ids, officerOfA);
			String none = answer(absent, e, ids, officerOfA);
			compared++;
			if (!b.equals(none)) {
				problems.add(e.key() + ":\n  B's ids → " + b + "\n  absent  → " + none);
			}
			assertThat(f.state(jdbc)).as(e.key()).isEqualTo(before);
		}
		assertThat(compared).isGreaterThan(40);
		assertThat(problems).as("endpoints answering B's ids otherwise than absent ones").isEmpty();
	}

	private String answer(EndpointScopeChecker checker, EndpointScopeChecker.Endpoint e, List<String> ids,
			RequestPostProcessor user) throws Exception {
		MvcResult r = mvc.perform(checker.request(e, checker.fill(e)).with(user)).andReturn();
		Map<String, Object> flash = r.getFlashMap() == null ? Map.of() : new TreeMap<>(r.getFlashMap());
		byte[] bytes = r.getResponse().getContentAsByteArray();
		// a file (.xlsx, .docx, .zip) carries its own time stamps: compared by kind only
		// (EndpointScopeTest searches its unpacked text for B's names)
		String body = bytes.length > 2 && bytes[0] == 'P' && bytes[1] == 'K'
				? "file " + r.getResponse().getContentType() : EndpointScopeChecker.text(r.getResponse());
		String text = r.getResponse().getStatus() + " " + r.getResponse().getRedirectedUrl() + " " + flash + " " + body;
		text = text.replaceAll("(name=\"_csrf\"[^>]*value=\"|content=\")[^\"]*\"", "$1\"");
		for (String id : ids) {
			text = text.replaceAll("(?<![0-9])" + id + "(?![0-9])", "<id>");
		}
		return text.replaceAll("\\s+", " ");
	}

}

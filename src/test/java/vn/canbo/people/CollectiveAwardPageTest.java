package vn.canbo.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.Scope;

/**
 * Issue 15, point 5: the collective awards page of a unit — listed and added (audited),
 * every error at once with nothing stored, deleted with a reason, in Vietnamese and
 * English, linked from the unit page; another commune's officer gets 404.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class CollectiveAwardPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	PeopleFixture fixture;

	@Autowired
	CollectiveAwards awards;

	@Autowired
	JdbcClient jdbc;

	@Test
	void listAddDeleteInScope() throws Exception {
		PeopleFixture.Tree t = fixture.tree();
		long a = t.communeA().id();
		RequestPostProcessor officerA = TestUsers.officer(a);
		RequestPostProcessor officerB = TestUsers.officer(t.communeB().id());
		String url = "/units/" + a + "/collective-awards";

		assertThat(mvc.perform(get("/units/{id}", a).with(officerA))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("href=\"" + url + "\"");
		assertThat(mvc.perform(get(url).with(officerA))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Khen thưởng tập thể", "Đơn vị chưa có khen thưởng tập thể");

		// every error at once, nothing stored, what was typed kept
		String refused = mvc
			.perform(post(url).param("decisionDate", "31/02/2025")
				.param("issuer", "UBND tỉnh Thử")
				.with(officerA)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused)
			.contains("Ngày quyết định &quot;31/02/2025&quot; không đúng dạng", "Hình thức khen thưởng là bắt buộc",
					"value=\"UBND tỉnh Thử\"")
			.doesNotContain("Ngày quyết định khen thưởng là bắt buộc");
		String missing = mvc.perform(post(url).param("issuer", "UBND tỉnh Thử").with(officerA).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(missing).contains("Hình thức khen thưởng là bắt buộc", "Số quyết định khen thưởng là bắt buộc",
				"Ngày quyết định khen thưởng là bắt buộc");
		assertThat(awards.list(a, Scope.all())).isEmpty();

		mvc.perform(post(url).param("decisionDate", "15/03/2025")
			.param("decisionNumber", "21/QĐ-UBND")
			.param("formCode", "CO_THI_DUA")
			.param("level", "PROVINCE")
			.param("issuer", "Chủ tịch UBND tỉnh")
			.param("achievement", "Dẫn đầu phong trào thi đua")
			.with(officerA)
			.with(csrf())).andExpect(redirectedUrl(url + "?added"));
		CollectiveAward stored = awards.list(a, Scope.all()).get(0);
		assertThat(stored.level()).isEqualTo(AwardLevel.PROVINCE);
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'collective_award' and entity_id = ?")
			.param(String.valueOf(stored.id()))
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(mvc.perform(get(url).with(officerA)).andReturn().getResponse().getContentAsString())
			.contains("21/QĐ-UBND", "15/03/2025", "Cờ thi đua", "Cấp tỉnh");
		assertThat(mvc.perform(get(url).cookie(new Cookie("canbo-lang", "en")).with(officerA))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Collective awards", "Emulation Flag", "Province");

		// another commune: 404 on every route, nothing changed
		mvc.perform(get(url).with(officerB)).andExpect(status().isNotFound());
		mvc.perform(post(url + "/" + stored.id() + "/delete").param("reason", "x").with(officerB).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post(url).param("decisionNumber", "1").with(officerB).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(awards.list(a, Scope.all())).hasSize(1);

		mvc.perform(post(url + "/" + stored.id() + "/delete").param("reason", "Nhập nhầm").with(officerA).with(csrf()))
			.andExpect(redirectedUrl(url + "?deleted"));
		assertThat(awards.list(a, Scope.all())).isEmpty();
	}

}

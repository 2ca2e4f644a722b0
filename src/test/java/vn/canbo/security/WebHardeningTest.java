package vn.canbo.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 12, point 14: a CSRF token is taken from the header or the form body only, never
 * from the query string; 403 answers of the API and of htmx are problem details.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WebHardeningTest {

	@Autowired
	MockMvc mvc;

	record Page(MockHttpSession session, String token) {
	}

	/** A session and its CSRF token, as the login page gives them. */
	Page loginPage() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String html = mvc.perform(get("/login").session(session)).andReturn().getResponse().getContentAsString();
		Matcher m = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(html);
		if (!m.find()) {
			throw new AssertionError("no CSRF token on the login page");
		}
		return new Page(session, m.group(1));
	}

	@Test
	void aCsrfTokenInTheQueryStringIsRefused() throws Exception {
		Page p = loginPage();
		String token = URLEncoder.encode(p.token(), StandardCharsets.UTF_8);
		mvc.perform(post(URI.create("/login?_csrf=" + token)).session(p.session())
			.param("username", "x")
			.param("password", "y")).andExpect(status().isForbidden());
		// even encoded, and even with the right one in the body too
		mvc.perform(post(URI.create("/login?%5Fcsrf=" + token)).session(p.session())
			.param("username", "x")
			.param("password", "y")
			.param("_csrf", p.token())).andExpect(status().isForbidden());
		// the same token in the form body, or as the header, is accepted
		mvc.perform(post("/login").session(p.session())
			.param("username", "x")
			.param("password", "y")
			.param("_csrf", p.token())).andExpect(redirectedUrl("/login?error"));
		mvc.perform(post("/login").session(p.session())
			.header("X-CSRF-TOKEN", p.token())
			.param("username", "x")
			.param("password", "y")).andExpect(redirectedUrl("/login?error"));
		// other query parameters are fine
		mvc.perform(post("/logout?lang=vi").with(TestUsers.admin()).with(csrf()))
			.andExpect(redirectedUrlPattern("/login?logout*"));
	}

	@Test
	void aForbiddenApiCallIsProblemDetails() throws Exception {
		mvc.perform(get("/api/v1/audit").with(TestUsers.as(Role.CLERK)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(403))
			.andExpect(jsonPath("$.title").value("Không có quyền"))
			.andExpect(jsonPath("$.detail").value("Tài khoản của bạn không có quyền thực hiện thao tác này"))
			.andExpect(jsonPath("$.instance").value("/api/v1/audit"));
		mvc.perform(get("/api/v1/audit?lang=en").with(TestUsers.as(Role.CLERK)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.title").value("Forbidden"));
	}

	@Test
	void aForbiddenHtmxCallIsProblemDetailsAndAPageStaysAPage() throws Exception {
		mvc.perform(get("/audit").header("HX-Request", "true").with(TestUsers.as(Role.CLERK)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Không có quyền"));
		mvc.perform(post("/account/tokens").header("HX-Request", "true").with(TestUsers.admin()).param("name", "x"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.status").value(403))
			.andExpect(jsonPath("$.detail").value(containsString("CSRF")));
		mvc.perform(get("/audit").with(TestUsers.as(Role.CLERK)))
			.andExpect(status().isForbidden())
			.andExpect(header().string("Content-Type", not(containsString("problem"))));
	}

}

package vn.canbo.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.canbo.security.TestUsers;

/**
 * MockMvc page tests as an organisation officer (cán bộ tổ chức): {@link #call} sends a
 * request with a CSRF token as the officer of the given unit's subtree, {@link #page}
 * checks its status and parses the answer (UTF-8) as a jsoup document. The whole
 * application with MockMvc, as each of these tests had it before.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class OfficerPagesSupport {

	@Autowired
	protected MockMvc mvc;

	/**
	 * The response to {@code r} sent with a CSRF token as the officer of {@code unit}.
	 */
	protected MockHttpServletResponse call(MockHttpServletRequestBuilder r, long unit) throws Exception {
		return mvc.perform(r.with(csrf()).with(TestUsers.officer(unit))).andReturn().getResponse();
	}

	/**
	 * The officer's page as a jsoup document, its status checked to be {@code status}.
	 */
	protected Document page(MockHttpServletRequestBuilder r, long unit, int status) throws Exception {
		MockHttpServletResponse res = call(r, unit);
		assertThat(res.getStatus()).isEqualTo(status);
		return Jsoup.parse(res.getContentAsString(StandardCharsets.UTF_8));
	}

}

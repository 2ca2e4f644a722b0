package vn.canbo.shared.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.canbo.security.Role;
import vn.canbo.security.TestUsers;

/**
 * Issue 20 point 4: pages answer 403 and 404 with a Vietnamese page in the layout
 * (English with ?lang=en) and a way home, not Spring's Whitelabel page; the REST API
 * keeps its problem details. MockMvc does not forward to /error, so the statuses are
 * checked on the pages and the error pages on /error as the container calls it
 * ({@code ErrorPagesBrowserTest} runs the whole chain in Chromium).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ErrorPagesTest {

	@Autowired
	MockMvc mvc;

	RequestPostProcessor clerk = TestUsers.as(Role.CLERK);

	@Test
	void theWrongRoleIsRefusedOnThePagesOfTheIssue() throws Exception {
		mvc.perform(get("/admin/users").with(clerk)).andExpect(status().isForbidden());
		mvc.perform(get("/audit").with(clerk)).andExpect(status().isForbidden());
		mvc.perform(get("/audit").with(TestUsers.officer())).andExpect(status().isForbidden());
		mvc.perform(get("/persons/export.xlsx").with(clerk)).andExpect(status().isForbidden());
		mvc.perform(get("/imports/{id}", 987654321L).with(clerk)).andExpect(status().isNotFound());
		// an address nothing answers: the error page for a page (not JSON), problem
		// details for the API
		mvc.perform(get("/khong-co-trang-nay").with(clerk).accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(""));
		mvc.perform(get("/api/v1/khong-co").with(clerk))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	private ResultActions error(int status, String uri, String lang) throws Exception {
		var request = get("/error").with(clerk)
			.accept(MediaType.TEXT_HTML)
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, uri);
		if (lang != null) {
			request.param("lang", lang);
		}
		return mvc.perform(request)
			.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(not(containsString("Whitelabel"))))
			.andExpect(content().string(containsString("class=\"navbar")))
			.andExpect(content().string(containsString("id=\"error-home\" href=\"/\"")));
	}

	@Test
	void forbiddenIsAVietnamesePageInTheLayout() throws Exception {
		for (String uri : new String[] { "/admin/users", "/audit", "/persons/export.xlsx" }) {
			error(403, uri, null).andExpect(content().string(containsString("Không có quyền truy cập")))
				.andExpect(content().string(containsString("Về trang chủ")))
				.andExpect(content().string(containsString("Mã lỗi: 403")));
		}
	}

	@Test
	void notFoundIsAVietnamesePageInTheLayout() throws Exception {
		error(404, "/imports/1", null).andExpect(content().string(containsString("Không tìm thấy trang")))
			.andExpect(content().string(containsString("Mã lỗi: 404")));
	}

	@Test
	void otherErrorsGetTheGenericPage() throws Exception {
		error(500, "/persons", null).andExpect(content().string(containsString("Đã xảy ra lỗi")))
			.andExpect(content().string(containsString("Mã lỗi: 500")));
		error(400, "/persons", null).andExpect(content().string(containsString("Đã xảy ra lỗi")));
	}

	@Test
	void errorPagesSpeakEnglishWithLangEn() throws Exception {
		error(403, "/admin/users", "en").andExpect(content().string(containsString("Access denied")))
			.andExpect(content().string(containsString("Back to the home page")))
			.andExpect(content().string(not(containsString("Không có quyền"))));
		error(404, "/imports/1", "en").andExpect(content().string(containsString("Page not found")));
	}

	@Test
	void theApiKeepsItsProblemDetails() throws Exception {
		mvc.perform(get("/api/v1/imports/{id}", 987654321L).with(clerk))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/audit").with(clerk))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

}

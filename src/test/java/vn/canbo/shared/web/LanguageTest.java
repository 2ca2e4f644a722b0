package vn.canbo.shared.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import vn.canbo.security.Role;
import vn.canbo.security.TestUsers;

/**
 * Messages come from the bundles in the request's language: Vietnamese by default,
 * English with {@code ?lang=en} (or its {@code canbo-lang} cookie), on pages, on API
 * problem details and on the 401 answered by the security filters. The language is the
 * page language, not {@code Accept-Language} (WebConfig's cookie resolver).
 */
@SpringBootTest
@AutoConfigureMockMvc
class LanguageTest {

	@Autowired
	MockMvc mvc;

	@Test
	void apiNotFoundSpeaksTheRequestLanguage() throws Exception {
		mvc.perform(get("/api/v1/reports/standard/NOPE").with(TestUsers.admin()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("Không tìm thấy"))
			.andExpect(jsonPath("$.detail").value("Không có mẫu biểu NOPE"));
		mvc.perform(get("/api/v1/reports/standard/NOPE").param("lang", "en").with(TestUsers.admin()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("Not found"))
			.andExpect(jsonPath("$.detail").value("There is no report layout NOPE"));
	}

	@Test
	void apiValidationInEnglishWithTheCookie() throws Exception {
		mvc.perform(get("/api/v1/audit").param("action", "NOPE").with(TestUsers.as(Role.AUDITOR)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Dữ liệu không hợp lệ"))
			.andExpect(jsonPath("$.errors[0].field").value("action"))
			.andExpect(jsonPath("$.errors[0].message").value("Giá trị không đúng định dạng"));
		mvc.perform(get("/api/v1/audit").param("action", "NOPE")
			.cookie(new Cookie("canbo-lang", "en"))
			.with(TestUsers.as(Role.AUDITOR)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Invalid data"))
			.andExpect(jsonPath("$.errors[0].message").value("Value in the wrong format"));
	}

	@Test
	void unauthenticatedApiCallInTheRequestLanguageNotAcceptLanguage() throws Exception {
		mvc.perform(get("/api/v1/audit").header("Accept-Language", "en"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.title").value("Chưa xác thực"));
		mvc.perform(get("/api/v1/audit?lang=en"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.title").value("Not authenticated"))
			.andExpect(jsonPath("$.detail").value(containsString("Bearer access token")));
		mvc.perform(get("/api/v1/audit?lang=en").header("Authorization", "Bearer nope"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("The access token is invalid, expired or revoked"));
	}

	@Test
	void pageErrorInEnglish() throws Exception {
		mvc.perform(get("/reports/standard/NOPE").with(TestUsers.admin()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Không có mẫu biểu NOPE")));
		mvc.perform(get("/reports/standard/NOPE").param("lang", "en").with(TestUsers.admin()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("There is no report layout NOPE")));
	}

	@Test
	void formErrorsInEnglish() throws Exception {
		mvc.perform(post("/admin/users?lang=en").param("username", "x").with(TestUsers.admin()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A user name has 3–100 characters")))
			.andExpect(content().string(containsString("The full name is required")))
			.andExpect(content().string(containsString("The password is required")));
		mvc.perform(post("/admin/users").param("username", "x").with(TestUsers.admin()).with(csrf()))
			.andExpect(content().string(containsString("Họ và tên là bắt buộc")));
	}

}

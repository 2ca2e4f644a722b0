package vn.canbo.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** Headers, CSRF, and what each role may do on the security and audit pages. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class WebSecurityTest {

	@Autowired
	MockMvc mvc;

	@Test
	void secureHeaders() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().doesNotExist("Strict-Transport-Security"));
		mvc.perform(get("/login").secure(true))
			.andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")));
		mvc.perform(get("/api/v1/catalogs").with(TestUsers.admin()))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().exists("Content-Security-Policy"));
	}

	@Test
	void formPostWithoutCsrfTokenIs403() throws Exception {
		mvc.perform(post("/admin/users").with(TestUsers.admin()).param("username", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/account/tokens").with(TestUsers.admin()).param("name", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/logout").with(TestUsers.admin())).andExpect(status().isForbidden());
		mvc.perform(post("/logout").with(TestUsers.admin()).with(csrf()))
			.andExpect(redirectedUrlPattern("/login?logout*"));
		// pages carry the token for htmx (canbo.js sends it as a header)
		mvc.perform(get("/account").with(TestUsers.admin()))
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(containsString("name=\"_csrf_header\"")));
	}

	@Test
	void unauthenticatedUiRedirectsToLogin() throws Exception {
		mvc.perform(get("/admin/users")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/audit")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void onlyUserAdminsManageUsers() throws Exception {
		mvc.perform(get("/admin/users").with(TestUsers.admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Thêm người dùng")));
		mvc.perform(get("/admin/users/new").with(TestUsers.admin())).andExpect(status().isOk());
		for (Role r : new Role[] { Role.ORG_OFFICER, Role.LEADER, Role.AUDITOR, Role.CLERK }) {
			mvc.perform(get("/admin/users").with(TestUsers.as(r))).andExpect(status().isForbidden());
			mvc.perform(post("/admin/users").with(TestUsers.as(r))
				.with(csrf())
				.param("username", "u" + UUID.randomUUID().toString().substring(0, 8))
				.param("fullName", "X")
				.param("role", "CLERK")
				.param("password", "mat-khau-du-dai")).andExpect(status().isForbidden());
			mvc.perform(post("/admin/users/1/password").with(TestUsers.as(r))
				.with(csrf())
				.param("password", "mat-khau-du-dai")).andExpect(status().isForbidden());
		}
	}

	@Test
	void adminCreatesUserThroughTheFormAndSeesVietnameseErrors() throws Exception {
		String username = "f" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/admin/users").with(TestUsers.admin())
			.with(csrf())
			.param("username", username)
			.param("fullName", "Lê Văn C")
			.param("role", "LEADER")
			.param("scope", "")
			.param("enabled", "true")
			.param("password", "ngan"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mật khẩu phải có ít nhất 10 ký tự")));
		mvc.perform(post("/admin/users").with(TestUsers.admin())
			.with(csrf())
			.param("username", username)
			.param("fullName", "Lê Văn C")
			.param("role", "LEADER")
			.param("scope", "abc")
			.param("enabled", "true")
			.param("password", "mat-khau-du-dai"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mã đơn vị phải là số")));
		mvc.perform(post("/admin/users").with(TestUsers.admin())
			.with(csrf())
			.param("username", username)
			.param("fullName", "Lê Văn C")
			.param("role", "LEADER")
			.param("scope", "")
			.param("enabled", "true")
			.param("password", "mat-khau-du-dai")).andExpect(redirectedUrlPattern("/admin/users/*"));
		mvc.perform(get("/admin/users").param("q", username).with(TestUsers.admin()))
			.andExpect(content().string(containsString(username)))
			.andExpect(content().string(containsString("Lãnh đạo")));
	}

	@Test
	void navigationShowsLinksByPermission() throws Exception {
		mvc.perform(get("/account").with(TestUsers.admin()))
			.andExpect(content().string(containsString("href=\"/audit\"")))
			.andExpect(content().string(containsString("href=\"/admin/users\"")));
		mvc.perform(get("/account").with(TestUsers.as(Role.CLERK)))
			.andExpect(content().string(not(containsString("href=\"/audit\""))))
			.andExpect(content().string(not(containsString("href=\"/admin/users\""))));
	}

	@Autowired
	UserAccounts accounts;

	@Test
	void adminEditsRoleAndResetsPasswordThroughTheForm() throws Exception {
		String username = "e" + UUID.randomUUID().toString().substring(0, 8);
		long id = accounts.create(username, "mat-khau-du-dai", "Phạm Văn D", Role.CLERK, java.util.List.of());
		mvc.perform(get("/admin/users/{id}", id).with(TestUsers.admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Phạm Văn D")))
			.andExpect(content().string(containsString("Đặt lại mật khẩu")));
		mvc.perform(post("/admin/users/{id}", id).with(TestUsers.admin())
			.with(csrf())
			.param("fullName", "Phạm Văn Đ")
			.param("role", "ORG_OFFICER")
			.param("scope", "")
			.param("enabled", "true")).andExpect(redirectedUrl("/admin/users/" + id));
		org.assertj.core.api.Assertions.assertThat(accounts.findById(id).orElseThrow().role())
			.isEqualTo(Role.ORG_OFFICER);
		// unchecked box = disabled
		mvc.perform(post("/admin/users/{id}", id).with(TestUsers.admin())
			.with(csrf())
			.param("fullName", "Phạm Văn Đ")
			.param("role", "ORG_OFFICER")
			.param("scope", "")).andExpect(redirectedUrl("/admin/users/" + id));
		org.assertj.core.api.Assertions.assertThat(accounts.findById(id).orElseThrow().isEnabled()).isFalse();
		mvc.perform(
				post("/admin/users/{id}/password", id).with(TestUsers.admin()).with(csrf()).param("password", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mật khẩu phải có ít nhất 10 ký tự")));
		mvc.perform(post("/admin/users/{id}/password", id).with(TestUsers.admin())
			.with(csrf())
			.param("password", "mat-khau-moi-123")).andExpect(redirectedUrl("/admin/users/" + id));
		// an administrator restricted to a unit cannot open an unrestricted
		// administrator's account
		long boss = accounts.create("b" + UUID.randomUUID().toString().substring(0, 8), "mat-khau-du-dai", "Boss",
				Role.ADMIN, java.util.List.of());
		mvc.perform(get("/admin/users/{id}", boss).with(TestUsers.as(Role.ADMIN, 999_999L)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/users/{id}", 987_654_321L).with(TestUsers.admin())).andExpect(status().isNotFound());
	}

}

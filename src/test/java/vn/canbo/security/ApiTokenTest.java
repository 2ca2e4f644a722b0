package vn.canbo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Personal access tokens: created in /account, stored hashed, accepted as Bearer on
 * /api/v1/**, revocable.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiTokenTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts users;

	@Autowired
	JdbcClient jdbc;

	CanboUser newUser(Role role) {
		String username = "k" + UUID.randomUUID().toString().substring(0, 8);
		long id = users.create(username, "mat-khau-du-dai", "Người dùng thử", role, List.of());
		return users.findById(id).orElseThrow();
	}

	@Test
	void bearerTokenWorksUntilRevoked() throws Exception {
		CanboUser auditor = newUser(Role.AUDITOR);
		MvcResult created = mvc
			.perform(post("/account/tokens").param("name", "Báo cáo tự động").with(user(auditor)).with(csrf()))
			.andExpect(redirectedUrl("/account"))
			.andExpect(flash().attributeExists("newToken"))
			.andReturn();
		String token = (String) created.getFlashMap().get("newToken");
		assertThat(token).startsWith("cbt_");
		// stored hashed only
		assertThat(
				jdbc.sql("select count(*) from api_token where token_hash = ?").param(token).query(Long.class).single())
			.isZero();
		assertThat(jdbc.sql("select count(*) from api_token where token_hash = ?")
			.param(ApiTokens.sha256(token))
			.query(Long.class)
			.single()).isEqualTo(1);

		mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		mvc.perform(get("/account").with(user(auditor))).andExpect(status().isOk());

		long tokenId = jdbc.sql("select id from api_token where token_hash = ?")
			.param(ApiTokens.sha256(token))
			.query(Long.class)
			.single();
		// someone else cannot revoke it
		CanboUser other = newUser(Role.AUDITOR);
		mvc.perform(post("/account/tokens/{id}/revoke", tokenId).with(user(other)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

		mvc.perform(post("/account/tokens/{id}/revoke", tokenId).with(user(auditor)).with(csrf()))
			.andExpect(redirectedUrl("/account"));
		mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("Mã truy cập (token) không hợp lệ, đã hết hạn hoặc đã bị thu hồi"));
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'api_token' and entity_id = ?")
			.param(String.valueOf(tokenId))
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void tokensCarryTheirOwnersPermissionsOnly() throws Exception {
		CanboUser clerk = newUser(Role.CLERK);
		String token = (String) mvc
			.perform(post("/account/tokens").param("name", "nhập liệu").with(user(clerk)).with(csrf()))
			.andReturn()
			.getFlashMap()
			.get("newToken");
		mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer " + token)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/catalogs").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
	}

	@Test
	void unknownOrMalformedTokensAreRejected() throws Exception {
		mvc.perform(get("/api/v1/catalogs").header("Authorization", "Bearer cbt_khong-ton-tai"))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/catalogs").header("Authorization", "Bearer xyz")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/catalogs"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void emptyTokenNameIsRefusedInVietnamese() throws Exception {
		CanboUser u = newUser(Role.LEADER);
		mvc.perform(post("/account/tokens").param("name", " ").with(user(u)).with(csrf()))
			.andExpect(flash().attribute("errors",
					java.util.Map.of("name", "Tên mã truy cập là bắt buộc (tối đa 100 ký tự)")));
	}

}

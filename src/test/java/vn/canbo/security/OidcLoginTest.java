package vn.canbo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.test.web.servlet.MockMvc;
import vn.canbo.audit.AuditLog;

/**
 * OpenID Connect login is switched on by spring.security.oauth2.client.registration.* and
 * maps to canbo accounts.
 */
@SpringBootTest(properties = { "spring.security.oauth2.client.registration.keycloak.client-id=canbo",
		"spring.security.oauth2.client.registration.keycloak.client-secret=secret",
		"spring.security.oauth2.client.registration.keycloak.client-name=Keycloak",
		"spring.security.oauth2.client.registration.keycloak.scope=openid,profile,email",
		"spring.security.oauth2.client.registration.keycloak.authorization-grant-type=authorization_code",
		"spring.security.oauth2.client.registration.keycloak.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
		"spring.security.oauth2.client.provider.keycloak.authorization-uri=https://sso.example.vn/realms/canbo/protocol/openid-connect/auth",
		"spring.security.oauth2.client.provider.keycloak.token-uri=https://sso.example.vn/realms/canbo/protocol/openid-connect/token",
		"spring.security.oauth2.client.provider.keycloak.jwk-set-uri=https://sso.example.vn/realms/canbo/protocol/openid-connect/certs",
		"spring.security.oauth2.client.provider.keycloak.user-info-uri=https://sso.example.vn/realms/canbo/protocol/openid-connect/userinfo",
		"spring.security.oauth2.client.provider.keycloak.user-name-attribute=preferred_username" })
@AutoConfigureMockMvc
class OidcLoginTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts users;

	@Autowired
	AuditLog audit;

	@Test
	void loginPageOffersTheProviderAndRedirectsToIt() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(content().string(containsString("Đăng nhập bằng Keycloak")))
			.andExpect(content().string(containsString("/oauth2/authorization/keycloak")));
		mvc.perform(get("/oauth2/authorization/keycloak"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location",
					startsWith("https://sso.example.vn/realms/canbo/protocol/openid-connect/auth")));
		// password login keeps working next to it
		mvc.perform(get("/api/v1/catalogs")).andExpect(status().isUnauthorized());
	}

	static OidcUser oidc(Map<String, Object> claims) {
		OidcIdToken token = OidcIdToken.withTokenValue("t")
			.issuer("https://sso.example.vn/realms/canbo")
			.subject("sub-1")
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(60))
			.claims(c -> c.putAll(claims))
			.build();
		return new DefaultOidcUser(List.of(), token);
	}

	@Test
	void oidcUsersMapToExistingAccountsOnly() {
		String username = "o" + UUID.randomUUID().toString().substring(0, 8);
		users.create(username, "mat-khau-du-dai", "Người SSO", Role.LEADER, List.of());
		CanboUser byName = OidcLogin
			.map(oidc(Map.of("preferred_username", username)), users, "preferred_username", audit)
			.user();
		assertThat(byName.username()).isEqualTo(username);
		assertThat(byName.role()).isEqualTo(Role.LEADER);

		assertThatThrownBy(() -> OidcLogin.map(oidc(Map.of("preferred_username", "khong-co-" + username)), users,
				"preferred_username", audit))
			.isInstanceOf(OAuth2AuthenticationException.class);
	}

}

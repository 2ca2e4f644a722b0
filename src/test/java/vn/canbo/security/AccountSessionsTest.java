package vn.canbo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;

/**
 * Issue 12, point 6: disabling, downgrading (role, scope) or resetting the password of an
 * account ends its open sessions and its API tokens at once.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccountSessionsTest {

	static final String PASSWORD = "Hoa-sen-tim-2025";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	UserAdministration admin;

	@Autowired
	ApiTokens tokens;

	@Autowired
	UnitService units;

	final CanboUser root = TestUsers.user(Role.ADMIN);

	long communeA;

	long communeB;

	long unit(AdminLevel level, Long parent) {
		String uid = UUID.randomUUID().toString().substring(0, 8);
		return units
			.create(new UnitService.NewUnit("S" + uid, "Đơn vị " + uid, null,
					level == AdminLevel.PROVINCE ? "TINH_UY" : "DANG_UY_XA", level, parent, LocalDate.of(2020, 1, 1)))
			.id();
	}

	@BeforeEach
	void tree() {
		long province = unit(AdminLevel.PROVINCE, null);
		communeA = unit(AdminLevel.COMMUNE, province);
		communeB = unit(AdminLevel.COMMUNE, province);
	}

	record Signed(CanboUser user, MockHttpSession session, String token) {
	}

	/**
	 * A new officer of commune A, signed in through the login form, with an API token.
	 */
	Signed signedIn() throws Exception {
		String username = "s" + UUID.randomUUID().toString().substring(0, 8);
		long id = accounts.create(username, PASSWORD, "Người thử", Role.ORG_OFFICER, List.of(communeA));
		CanboUser user = accounts.findById(id).orElseThrow();
		MockHttpSession session = login(username, PASSWORD);
		mvc.perform(get("/account").session(session)).andExpect(status().isOk());
		String token = tokens.create(user, "thử").token();
		mvc.perform(get("/api/v1/catalogs").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		return new Signed(user, session, token);
	}

	MockHttpSession login(String username, String password) throws Exception {
		return (MockHttpSession) mvc
			.perform(post("/login").param("username", username).param("password", password).with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	void assertEnded(Signed s) throws Exception {
		mvc.perform(get("/account").session(s.session())).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/api/v1/catalogs").header("Authorization", "Bearer " + s.token()))
			.andExpect(status().isUnauthorized());
	}

	UserAdministration.UserForm form(CanboUser u, Role role, Set<Long> scope, boolean enabled) {
		return new UserAdministration.UserForm(null, u.fullName(), null, role, scope, enabled, null);
	}

	void changeEnds(Consumer<CanboUser> change) throws Exception {
		Signed s = signedIn();
		change.accept(s.user());
		assertEnded(s);
	}

	@Test
	void disablingEndsSessionsAndTokens() throws Exception {
		changeEnds(u -> admin.update(root, u.id(), form(u, Role.ORG_OFFICER, Set.of(communeA), false)));
	}

	@Test
	void roleDowngradeEndsSessionsAndTokens() throws Exception {
		changeEnds(u -> admin.update(root, u.id(), form(u, Role.CLERK, Set.of(communeA), true)));
	}

	@Test
	void scopeChangeEndsSessionsAndTokens() throws Exception {
		changeEnds(u -> admin.update(root, u.id(), form(u, Role.ORG_OFFICER, Set.of(communeB), true)));
	}

	@Test
	void passwordResetEndsSessionsAndTokensAndTheNewPasswordSignsIn() throws Exception {
		Signed s = signedIn();
		admin.resetPassword(root, s.user().id(), "Cay-bang-xanh-77");
		assertEnded(s);
		MockHttpSession fresh = login(s.user().username(), "Cay-bang-xanh-77");
		mvc.perform(get("/account").session(fresh)).andExpect(status().isOk());
	}

	@Test
	void aNameChangeEndsNothing() throws Exception {
		Signed s = signedIn();
		admin.update(root, s.user().id(),
				new UserAdministration.UserForm(null, "Tên mới", null, Role.ORG_OFFICER, Set.of(communeA), true, null));
		mvc.perform(get("/account").session(s.session())).andExpect(status().isOk());
		mvc.perform(get("/api/v1/catalogs").header("Authorization", "Bearer " + s.token())).andExpect(status().isOk());
	}

	@Test
	void changingOwnPasswordEndsOtherSessionsAndTokensButNotThisOne() throws Exception {
		Signed s = signedIn();
		MockHttpSession other = login(s.user().username(), PASSWORD);
		mvc.perform(post("/account/password").session(s.session())
			.with(csrf())
			.param("currentPassword", PASSWORD)
			.param("newPassword", "Cay-bang-xanh-78")).andExpect(redirectedUrl("/account"));
		mvc.perform(get("/account").session(s.session())).andExpect(status().isOk());
		mvc.perform(get("/account").session(other)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/api/v1/catalogs").header("Authorization", "Bearer " + s.token()))
			.andExpect(status().isUnauthorized());
		assertThat(login(s.user().username(), "Cay-bang-xanh-78")).isNotNull();
	}

}

package vn.canbo.security;

import java.util.Set;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Real canbo principals for MockMvc tests:
 * {@code mvc.perform(get(..).with(TestUsers.officer(unitId)))}.
 */
public final class TestUsers {

	private TestUsers() {
	}

	public static CanboUser user(Role role, Long... scopeUnitIds) {
		return new CanboUser(-1, role.name().toLowerCase() + "-test", "{noop}x", "Test " + role, role,
				Set.of(scopeUnitIds), true);
	}

	/** System administrator with the whole tree in scope. */
	public static RequestPostProcessor admin() {
		return SecurityMockMvcRequestPostProcessors.user(user(Role.ADMIN));
	}

	/** Organisation officer (cán bộ tổ chức) whose scope is the given subtrees. */
	public static RequestPostProcessor officer(Long... scopeUnitIds) {
		return SecurityMockMvcRequestPostProcessors.user(user(Role.ORG_OFFICER, scopeUnitIds));
	}

	public static RequestPostProcessor as(Role role, Long... scopeUnitIds) {
		return SecurityMockMvcRequestPostProcessors.user(user(role, scopeUnitIds));
	}

}

package vn.canbo.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.canbo.shared.Scope;

/**
 * The user of the current request. Outside a request (start-up, batch jobs) the scope is
 * the whole tree.
 */
@Component
public class CurrentUser {

	public Optional<CanboUser> get() {
		Authentication a = SecurityContextHolder.getContext().getAuthentication();
		return a != null && a.getPrincipal() instanceof CanboUser u ? Optional.of(u) : Optional.empty();
	}

	/**
	 * The scope every query must be filtered by. Unauthenticated calls never reach
	 * services (the filter chain stops them).
	 */
	public Scope scope() {
		return get().map(CanboUser::scope).orElseGet(Scope::all);
	}

	public boolean can(Permission p) {
		return get().map(u -> u.can(p)).orElse(true);
	}

	public String username() {
		return get().map(CanboUser::username).orElse("system");
	}

}

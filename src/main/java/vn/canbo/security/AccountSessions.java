package vn.canbo.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the sessions and API tokens of an account at once when it is disabled, its role or
 * scope changes or its password is set: each such change bumps the account's
 * {@code security_stamp} and revokes its tokens; a session remembers the stamp it was
 * signed in under ({@link #remember}) and {@link #filter()} re-reads the account (by
 * primary key) on every request of the session, ending the session when the account is
 * disabled or its stamp changed.
 */
@Component
class AccountSessions {

	/** Session attribute: the account's security stamp at sign-in. */
	static final String STAMP = AccountSessions.class.getName() + ".STAMP";

	private record State(boolean enabled, long stamp) {
	}

	private final JdbcClient jdbc;

	AccountSessions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Ends every session and API token of the account (inside the caller's transaction).
	 * @return the number of tokens revoked
	 */
	int end(long userId) {
		jdbc.sql("update app_user set security_stamp = security_stamp + 1 where id = ?").param(userId).update();
		return jdbc.sql("update api_token set revoked_at = now() where user_id = ? and revoked_at is null")
			.param(userId)
			.update();
	}

	/** Binds the request's session to the account's current stamp (at sign-in). */
	void remember(HttpServletRequest request, CanboUser user) {
		state(user.id()).ifPresent(s -> request.getSession().setAttribute(STAMP, s.stamp()));
	}

	private Optional<State> state(long userId) {
		return jdbc.sql("select enabled, security_stamp from app_user where id = ?")
			.param(userId)
			.query((rs, n) -> new State(rs.getBoolean(1), rs.getLong(2)))
			.optional();
	}

	/**
	 * The UI chain's check, before anonymous authentication: a session whose account is
	 * disabled, gone or re-stamped is invalidated and the request goes on unauthenticated
	 * (so a page redirects to the login, an htmx or API call gets 401/redirect).
	 */
	OncePerRequestFilter filter() {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				HttpSession session = request.getSession(false);
				if (session != null && session.getAttribute(STAMP) instanceof Long stamp) {
					Authentication auth = SecurityContextHolder.getContext().getAuthentication();
					if (auth != null && auth.getPrincipal() instanceof CanboUser user
							&& !state(user.id()).filter(s -> s.enabled() && s.stamp() == stamp).isPresent()) {
						SecurityContextHolder.clearContext();
						session.invalidate();
					}
				}
				chain.doFilter(request, response);
			}
		};
	}

}

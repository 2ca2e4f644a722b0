package vn.canbo.security;

import vn.canbo.shared.Messages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;

/**
 * Optional OpenID Connect login (Keycloak, …), active only when
 * {@code spring.security.oauth2.client.registration.*} is configured. The identity
 * provider authenticates; canbo authorises: the OIDC user is mapped to an existing
 * enabled canbo account by the claim {@code canbo.security.oidc.username-claim} (default
 * {@code preferred_username}), then by {@code email}. Unknown users are refused.
 */
final class OidcLogin {

	private OidcLogin() {
	}

	/** The OIDC user, carrying the canbo account it maps to. */
	static final class CanboOidcUser extends DefaultOidcUser {

		private final CanboUser user;

		CanboOidcUser(OidcUser oidc, CanboUser user) {
			super(user.getAuthorities(), oidc.getIdToken(), oidc.getUserInfo());
			this.user = user;
		}

		CanboUser user() {
			return user;
		}

		@Override
		public String getName() {
			return user.username();
		}

	}

	static OidcUserService userService(UserAccounts users, String usernameClaim, AuditLog audit) {
		return new OidcUserService() {
			@Override
			public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
				return map(super.loadUser(request), users, usernameClaim, audit);
			}
		};
	}

	/**
	 * The canbo account of an OIDC user, by the user-name claim then the e-mail; unknown
	 * or disabled users are refused.
	 */
	static CanboOidcUser map(OidcUser oidc, UserAccounts users, String usernameClaim, AuditLog audit) {
		List<String> candidates = new ArrayList<>();
		Object claim = oidc.getClaims().get(usernameClaim);
		if (claim != null) {
			candidates.add(claim.toString());
		}
		if (oidc.getEmail() != null) {
			candidates.add(oidc.getEmail());
		}
		Optional<CanboUser> user = candidates.stream()
			.map(users::findByUsernameOrEmail)
			.flatMap(Optional::stream)
			.findFirst();
		if (user.isEmpty() || !user.get().isEnabled()) {
			audit.recordAs(candidates.isEmpty() ? oidc.getSubject() : candidates.get(0), AuditAction.LOGIN_FAILED,
					"app_user", null, java.util.Map.of("reason", user.isEmpty() ? "oidc-unknown-user" : "disabled",
							"issuer", String.valueOf(oidc.getIssuer())));
			throw new OAuth2AuthenticationException(
					new OAuth2Error("canbo_unknown_user", Messages.text("security.error.oidcRefused"), null));
		}
		return new CanboOidcUser(oidc, user.get());
	}

	/**
	 * After an OIDC login the session holds the canbo account as principal, like a form
	 * login.
	 */
	static AuthenticationSuccessHandler successHandler(AuditLog audit, AccountSessions sessions) {
		HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();
		return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
			if (authentication.getPrincipal() instanceof CanboOidcUser o) {
				CanboUser u = o.user();
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context
					.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
				SecurityContextHolder.setContext(context);
				repository.saveContext(context, request, response);
				sessions.remember(request, u);
				audit.recordAs(u.username(), AuditAction.LOGIN, "app_user", String.valueOf(u.id()),
						java.util.Map.of("method", "oidc"));
			}
			response.sendRedirect(request.getContextPath() + "/");
		};
	}

	static void failure(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.sendRedirect(request.getContextPath() + "/login?error=oidc");
	}

}

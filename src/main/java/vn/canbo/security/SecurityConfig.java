package vn.canbo.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.ObjectMapper;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.audit.RequestOrigin;

/**
 * Form login (and optional OpenID Connect) for the UI; HTTP Basic or a personal access
 * token (Bearer), stateless, for {@code /api/**}. Both: login throttling, audit of
 * logins, secure headers (CSP, frame-options deny, referrer-policy, HSTS over https).
 * CSRF protects every UI form and htmx request.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

	/**
	 * Self only; inline styles are needed by htmx indicators, Bootstrap utilities and
	 * swagger-ui.
	 */
	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
			+ "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	@Bean
	PasswordEncoder passwordEncoder() {
		// delegating encoder: bcrypt today, upgradable (argon2, …) without invalidating
		// stored hashes
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	ThrottlingAuthenticationProvider throttlingAuthenticationProvider(UserAccounts users, PasswordEncoder encoder,
			LoginThrottle throttle, AuditLog audit, RequestOrigin origin, PlatformTransactionManager txm) {
		return new ThrottlingAuthenticationProvider(users, encoder, throttle, audit, origin, txm);
	}

	private static void headers(HttpSecurity http) throws Exception {
		http.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
			.frameOptions(f -> f.deny())
			.referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.httpStrictTransportSecurity(s -> s.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, ObjectMapper json) throws Exception {
		ApiAuthenticationEntryPoint entryPoint = new ApiAuthenticationEntryPoint(json);
		http.securityMatcher("/api/v1/**")
			.authorizeHttpRequests(
					a -> a.requestMatchers("/api/v1/openapi/**").permitAll().anyRequest().authenticated())
			.httpBasic(b -> b.authenticationEntryPoint(entryPoint))
			.exceptionHandling(e -> e.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(new ProblemAccessDeniedHandler(json)))
			.addFilterBefore(new BearerTokenFilter(tokens, entryPoint), BasicAuthenticationFilter.class)
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(c -> c.disable());
		headers(http);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain ui(HttpSecurity http, AuditLog audit, UserAccounts users,
			ObjectProvider<ClientRegistrationRepository> oidcClients, SecuritySettings settings,
			AccountSessions sessions, ObjectMapper json) throws Exception {
		SavedRequestAwareAuthenticationSuccessHandler toSavedPage = new SavedRequestAwareAuthenticationSuccessHandler();
		http.authorizeHttpRequests(a -> a
			.requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error", "/api/docs/**",
					"/swagger-ui/**", "/v3/api-docs/**", "/oauth2/**", "/login/oauth2/**")
			.permitAll()
			.requestMatchers("/admin/users/**")
			.hasAuthority(Permission.USER_ADMIN.name())
			.requestMatchers("/audit/**")
			.hasAuthority(Permission.AUDIT_READ.name())
			.anyRequest()
			.authenticated())
			.formLogin(f -> f.loginPage("/login").permitAll().successHandler((request, response, authentication) -> {
				if (authentication.getPrincipal() instanceof CanboUser u) {
					sessions.remember(request, u);
				}
				toSavedPage.onAuthenticationSuccess(request, response, authentication);
			})
				.failureHandler((request, response,
						e) -> response.sendRedirect(request.getContextPath()
								+ (e instanceof LoginThrottledException ? "/login?error=locked" : "/login?error"))))
			.logout(l -> l.logoutSuccessUrl("/login?logout").addLogoutHandler((request, response, authentication) -> {
				if (authentication != null) {
					audit.recordAs(authentication.getName(), AuditAction.LOGOUT, "app_user", null, null);
				}
			}));
		if (oidcClients.getIfAvailable() != null) {
			http.oauth2Login(o -> o.loginPage("/login")
				.userInfoEndpoint(
						u -> u.oidcUserService(OidcLogin.userService(users, settings.oidc().usernameClaim(), audit)))
				.successHandler(OidcLogin.successHandler(audit, sessions))
				.failureHandler((request, response, e) -> OidcLogin.failure(request, response)));
		}
		http.addFilterBefore(sessions.filter(), AnonymousAuthenticationFilter.class)
			.csrf(c -> c.csrfTokenRequestHandler(new BodyOrHeaderCsrfTokenHandler()))
			.exceptionHandling(e -> e.accessDeniedHandler(new ProblemAccessDeniedHandler(json)));
		headers(http);
		return http.build();
	}

}

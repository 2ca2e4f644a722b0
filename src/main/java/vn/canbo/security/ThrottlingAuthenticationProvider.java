package vn.canbo.security;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.audit.RequestOrigin;

/**
 * User name + password authentication (form login and HTTP Basic) with throttling and
 * auditing: LOGIN for interactive logins, LOGIN_FAILED for every failure.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider dao;

	private final LoginThrottle throttle;

	private final AuditLog audit;

	private final RequestOrigin origin;

	private final TransactionTemplate tx;

	ThrottlingAuthenticationProvider(UserAccounts users, PasswordEncoder encoder, LoginThrottle throttle,
			AuditLog audit, RequestOrigin origin, PlatformTransactionManager txm) {
		this.dao = new DaoAuthenticationProvider(users);
		this.dao.setPasswordEncoder(encoder);
		this.throttle = throttle;
		this.audit = audit;
		this.origin = origin;
		this.tx = new TransactionTemplate(txm);
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		String ip = origin.ip();
		LoginThrottle.Admission admission = throttle.admit(username, ip);
		if (!admission.admitted()) {
			Instant until = admission.refusedUntil();
			// one audit row per user name, address and throttled period; the rest are
			// counted
			tx.executeWithoutResult(s -> {
				if (throttle.refused(username, ip, until)) {
					audit.recordAs(username, AuditAction.LOGIN_FAILED, "app_user", null,
							Map.of("reason", "throttled", "lockedUntil", until.toString()));
				}
			});
			throw new LoginThrottledException(until);
		}
		Authentication result;
		try {
			result = dao.authenticate(authentication);
		}
		catch (AuthenticationException e) {
			tx.executeWithoutResult(s -> audit.recordAs(username, AuditAction.LOGIN_FAILED, "app_user", null,
					details("reason", e.getClass().getSimpleName(), throttle.unloggedRefusals(username))));
			throw e;
		}
		tx.executeWithoutResult(s -> {
			throttle.succeeded(username, ip);
			// an API call writes no LOGIN row: its count stays for the next one that is
			// written
			if (!isApiRequest()) {
				long unlogged = throttle.unloggedRefusals(username);
				String id = result.getPrincipal() instanceof CanboUser u ? String.valueOf(u.id()) : null;
				audit.recordAs(username, AuditAction.LOGIN, "app_user", id,
						unlogged == 0 ? null : details(null, null, unlogged));
			}
		});
		return result;
	}

	/**
	 * Audit details, with the count of earlier throttled attempts not logged one by one.
	 */
	private static Map<String, Object> details(String key, String value, long unloggedRefusals) {
		Map<String, Object> m = new LinkedHashMap<>();
		if (key != null) {
			m.put(key, value);
		}
		if (unloggedRefusals > 0) {
			m.put("throttledAttemptsNotLogged", unloggedRefusals);
		}
		return m;
	}

	private static boolean isApiRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
				&& a.getRequest().getRequestURI().startsWith(a.getRequest().getContextPath() + "/api/");
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}

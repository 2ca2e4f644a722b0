package vn.canbo.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code canbo.security.*}: the first administrator, login throttling and the OIDC
 * user-name claim. Defaults and environment variables live in {@code application.yml}
 * only.
 */
@ConfigurationProperties("canbo.security")
record SecuritySettings(BootstrapAdmin bootstrapAdmin, Login login, Oidc oidc) {

	/**
	 * Created on the first start with no account; a blank password is generated and
	 * logged once.
	 */
	record BootstrapAdmin(String username, String password) {
	}

	/**
	 * Failed logins per user name and per address within the window, and how long a lock
	 * lasts.
	 */
	record Login(int maxFailuresPerUser, int maxFailuresPerIp, Duration window, Duration lock) {
	}

	/** The claim that names the canbo account of an OIDC user (then {@code email}). */
	record Oidc(String usernameClaim) {
	}
}

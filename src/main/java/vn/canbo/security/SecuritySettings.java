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
	 * Login throttling: after {@code maxFailuresPerUser} failed attempts for a user name
	 * (or {@code maxFailuresPerIp} from an address) the next one is allowed only
	 * {@code delay}·2^(failures−max) later, at most {@code maxDelay}; failures are
	 * forgotten after {@code window} without an attempt.
	 */
	record Login(int maxFailuresPerUser, int maxFailuresPerIp, Duration window, Duration delay, Duration maxDelay) {
	}

	/** The claim that names the canbo account of an OIDC user (then {@code email}). */
	record Oidc(String usernameClaim) {
	}
}

package vn.canbo.security;

import java.security.SecureRandom;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * First start: when no account exists, create the administrator
 * {@code canbo.security.bootstrap-admin.username} (default {@code admin}) with
 * {@code canbo.security.bootstrap-admin.password}, or a random password written to the
 * log once. Never runs again once any account exists.
 */
@Component
@Order(100)
class BootstrapAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

	private final UserAccounts users;

	private final String username;

	private final String password;

	BootstrapAdmin(UserAccounts users, SecuritySettings settings) {
		this.users = users;
		this.username = settings.bootstrapAdmin().username();
		this.password = settings.bootstrapAdmin().password();
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (users.count() > 0 || username == null || username.isBlank()) {
			return;
		}
		String pw = password;
		boolean generated = pw == null || pw.isBlank();
		if (generated) {
			byte[] b = new byte[12];
			new SecureRandom().nextBytes(b);
			pw = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b);
		}
		users.create(username, pw, "Quản trị hệ thống", Role.ADMIN, List.of());
		if (generated) {
			log.warn("Created the first administrator '{}' with password '{}'. Change it at /account.", username, pw);
		}
		else {
			log.info("Created the first administrator '{}'", username);
		}
	}

}

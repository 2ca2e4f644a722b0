package vn.canbo.shared.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Warns at start when the application connects as a PostgreSQL superuser (an external
 * database configured with {@code CANBO_DB_USER=postgres}): a superuser can disable the
 * audit trigger and rewrite the log. The README (Security, database role) shows how to
 * create the application's own role.
 */
@Component
class DatabaseRoleCheck {

	private static final Logger log = LoggerFactory.getLogger(DatabaseRoleCheck.class);

	private final JdbcClient jdbc;

	DatabaseRoleCheck(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warnIfSuperuser() {
		if (superuser()) {
			log.warn(
					"canbo connects to PostgreSQL as the superuser '{}': it could disable the audit trigger and rewrite "
							+ "the audit log. Create a role of its own (LOGIN, NOSUPERUSER) owning the database and set "
							+ "CANBO_DB_USER / CANBO_DB_PASSWORD (README, Security: database role)",
					user());
		}
	}

	boolean superuser() {
		return jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single();
	}

	private String user() {
		return jdbc.sql("select current_user").query(String.class).single();
	}

}

package vn.canbo.shared.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * The audit table out of the application's reach (embedded mode): between migrations
 * {@code audit_event} and the functions of its triggers belong to the role
 * {@value #OWNER} (NOLOGIN), and the application role may only {@code INSERT} and
 * {@code SELECT}: it can neither change nor delete an event, even with the triggers gone,
 * nor disable, drop or replace those triggers (all need ownership). Flyway runs as the
 * application role, so the superuser hands the table back just before migrating and takes
 * it again just after (a Flyway callback).
 */
final class AuditOwnership implements Callback {

	static final String OWNER = "canbo_audit";

	private final DataSource superuser;

	private final String appRole;

	AuditOwnership(DataSource superuser, String appRole) {
		this.superuser = superuser;
		this.appRole = appRole;
	}

	/**
	 * The table and its trigger functions to {@value #OWNER}; the app may insert and
	 * read.
	 */
	static void protect(DataSource superuser, String appRole) {
		run(superuser, handOver("%owner%", """
				revoke all on public.audit_event from public, %app%;
				grant select, insert on public.audit_event to %app%;"""), appRole);
	}

	/** Back to the application role, for a migration that alters the table. */
	static void release(DataSource superuser, String appRole) {
		run(superuser, handOver("%app%", ""), appRole);
	}

	/** The table and the functions of its triggers to {@code to}, then {@code more}. */
	private static String handOver(String to, String more) {
		return """
				do $$
				declare f text;
				begin
				    if to_regclass('public.audit_event') is null then
				        return;
				    end if;
				    alter table public.audit_event owner to %to%;
				    for f in select distinct t.tgfoid::regprocedure::text from pg_trigger t
				             where t.tgrelid = 'public.audit_event'::regclass and not t.tgisinternal loop
				        execute format('alter function %s owner to %to%', f);
				    end loop;
				%more%
				end $$""".replace("%to%", to).replace("%more%", more);
	}

	private static void run(DataSource superuser, String sql, String appRole) {
		try (Connection c = superuser.getConnection(); Statement st = c.createStatement()) {
			st.execute(sql.replace("%owner%", OWNER).replace("%app%", appRole));
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot set the owner of audit_event: " + e.getMessage(), e);
		}
	}

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.BEFORE_MIGRATE || event == Event.AFTER_MIGRATE || event == Event.AFTER_MIGRATE_ERROR;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		if (event == Event.BEFORE_MIGRATE) {
			release(superuser, appRole);
		}
		else {
			protect(superuser, appRole);
		}
	}

	@Override
	public String getCallbackName() {
		return "canbo-audit-ownership";
	}

}

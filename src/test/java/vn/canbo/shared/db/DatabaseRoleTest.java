package vn.canbo.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 12 (point 10): the application never connects as a PostgreSQL superuser. In every
 * run (embedded, or the external server of CI, which connects as a role of its own) its
 * connection is not a superuser and owns its tables. On the embedded server it is the
 * role {@code canbo}, owner of the database; between migrations {@code audit_event}
 * belongs to {@code canbo_audit} and {@code canbo} may only insert and read it: it cannot
 * disable, drop or replace the append-only triggers, nor update, delete or truncate —
 * checked on scratch databases migrated by Flyway with the same callback as the
 * application (the test profile turns the protection off for the tests that tamper on
 * purpose).
 */
@PostgresJdbcTest
@Import(DatabaseRoleCheck.class)
class DatabaseRoleTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DatabaseRoleCheck check;

	@Autowired
	ObjectProvider<EmbeddedPostgresConfig.Settings> embedded;

	@Autowired
	Environment env;

	@Test
	void theApplicationsConnectionIsNotASuperuserAndOwnsItsTables() {
		assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single())
			.isFalse();
		assertThat(check.superuser()).isFalse();
		assertThat(
				jdbc.sql("select pg_get_userbyid(relowner) = current_user from pg_class where oid = 'person'::regclass")
					.query(Boolean.class)
					.single())
			.isTrue();
		assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = 'postgres'").query(Boolean.class).optional())
			.hasValueSatisfying(s -> assertThat(s).isTrue()); // the check itself can tell
	}

	@Test
	void embeddedConnectsAsCanboOwnerOfTheDatabase() {
		assumeTrue(env.getProperty("spring.datasource.url", "").isBlank(), "embedded server only");
		assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("canbo");
		assertThat(jdbc.sql("select pg_get_userbyid(datdba) from pg_database where datname = current_database()")
			.query(String.class)
			.single()).isEqualTo("canbo");
		assertThat(jdbc
			.sql("select rolcreatedb or rolcreaterole or rolreplication or rolbypassrls from pg_roles"
					+ " where rolname = current_user")
			.query(Boolean.class)
			.single()).isFalse();
	}

	@Test
	void theAppRoleCannotDisableOrReplaceTheAuditTriggersNorChangeEvents() {
		assumeTrue(env.getProperty("spring.datasource.url", "").isBlank(), "embedded server only");
		EmbeddedPostgres pg = EmbeddedPostgresConfig.Server.get(embedded.getObject());
		String db = "canbo_roletest_" + UUID.randomUUID().toString().substring(0, 8);
		try {
			EmbeddedRole.prepare(pg, db);
			EmbeddedRole.prepare(pg, db); // idempotent (every start)
			DataSource su = pg.getDatabase("postgres", db);
			DataSource app = pg.getDatabase(EmbeddedRole.NAME, db);
			Flyway flyway = Flyway.configure()
				.dataSource(app)
				.locations("classpath:db/migration")
				.outOfOrder(true)
				.callbacks(new AuditOwnership(su, EmbeddedRole.NAME))
				.load();
			flyway.migrate();
			JdbcClient a = JdbcClient.create(app);
			assertThat(a.sql("select pg_get_userbyid(relowner) from pg_class where oid = 'audit_event'::regclass")
				.query(String.class)
				.single()).isEqualTo(AuditOwnership.OWNER);
			// appends and reads as before
			insertEvent(a);
			assertThat(a.sql("select count(*) from audit_event").query(Long.class).single()).isEqualTo(1);
			// but never changes
			for (String sql : new String[] { "alter table audit_event disable trigger audit_event_append_only",
					"alter table audit_event disable trigger all",
					"drop trigger audit_event_append_only on audit_event",
					"create or replace function audit_event_forbid_change() returns trigger language plpgsql"
							+ " as $$ begin return new; end $$",
					"alter table audit_event owner to canbo", "update audit_event set username = 'mallory'",
					"delete from audit_event", "truncate audit_event", "set session_replication_role = replica" }) {
				assertThatThrownBy(() -> a.sql(sql).update()).as(sql)
					.satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e).getMessage()).as(sql)
						.containsAnyOf("must be owner", "permission denied"));
			}
			assertThat(a.sql("select username from audit_event").query(String.class).single()).isEqualTo("system");
			// a later migration may still alter the table: Flyway hands it back and takes
			// it again
			flyway.migrate();
			assertThat(a.sql("select pg_get_userbyid(relowner) from pg_class where oid = 'audit_event'::regclass")
				.query(String.class)
				.single()).isEqualTo(AuditOwnership.OWNER);
			AuditOwnership.release(su, EmbeddedRole.NAME);
			a.sql("alter table audit_event add column note text").update();
			AuditOwnership.protect(su, EmbeddedRole.NAME);
			insertEvent(a);
			assertThatThrownBy(() -> a.sql("update audit_event set note = 'x'").update())
				.hasStackTraceContaining("denied");
		}
		finally {
			JdbcClient.create(pg.getPostgresDatabase())
				.sql("drop database if exists \"" + db + "\" with (force)")
				.update();
		}
	}

	@Test
	void aDatabaseOwnedByTheSuperuserIsHandedOverOnce() {
		assumeTrue(env.getProperty("spring.datasource.url", "").isBlank(), "embedded server only");
		EmbeddedPostgres pg = EmbeddedPostgresConfig.Server.get(embedded.getObject());
		String db = "canbo_roletest_old_" + UUID.randomUUID().toString().substring(0, 8);
		JdbcClient postgres = JdbcClient.create(pg.getPostgresDatabase());
		try {
			postgres.sql("create database \"" + db + "\" encoding 'UTF8' template template0").update();
			JdbcClient old = JdbcClient.create(pg.getDatabase("postgres", db));
			old.sql("create table t (id bigint generated by default as identity primary key, v text)").update();
			old.sql("create sequence s").update();
			old.sql("create view w as select v from t").update();
			old.sql("create function f() returns int language sql as 'select 1'").update();
			EmbeddedRole.prepare(pg, db);
			JdbcClient a = JdbcClient.create(pg.getDatabase(EmbeddedRole.NAME, db));
			assertThat(a.sql("""
					select string_agg(relname || ':' || pg_get_userbyid(relowner), ',' order by relname) from pg_class
					where relnamespace = 'public'::regnamespace and relname in ('t', 's', 'w', 't_id_seq')""")
				.query(String.class)
				.single()).isEqualTo("s:canbo,t:canbo,t_id_seq:canbo,w:canbo");
			a.sql("alter table t add column x int").update();
			a.sql("create or replace function f() returns int language sql as 'select 2'").update();
			assertThat(a.sql("insert into t (v) values ('a') returning id").query(Long.class).single()).isEqualTo(1);
		}
		finally {
			postgres.sql("drop database if exists \"" + db + "\" with (force)").update();
		}
	}

	private static void insertEvent(JdbcClient a) {
		a.sql("""
				insert into audit_event (id, at, username, action, prev_hash, hash)
				values (nextval('audit_event_id_seq'), now(), 'system', 'CREATE', repeat('0', 64), repeat('1', 64))""")
			.update();
	}

}

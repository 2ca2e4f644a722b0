package vn.canbo.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's application role: the application never connects as the
 * superuser. As the superuser, on every start: the role {@value #NAME} (LOGIN, no
 * SUPERUSER, CREATEDB, CREATEROLE or REPLICATION; the embedded server trusts its loopback
 * connections, as it always did for {@code postgres}), the database owned by it, and the
 * extensions of V1 created in it; a database created by an older version (owned by the
 * superuser) is handed over once, with every object of its {@code public} schema.
 */
final class EmbeddedRole {

	static final String NAME = "canbo";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedRole.class);

	private EmbeddedRole() {
	}

	static void prepare(EmbeddedPostgres pg, String database) {
		String db = database.replace("\"", "");
		boolean adopt;
		try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
			if (!exists(st, "select 1 from pg_roles where rolname = '" + NAME + "'")) {
				st.execute(
						"create role " + NAME + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls");
			}
			if (!exists(st, "select 1 from pg_roles where rolname = '" + AuditOwnership.OWNER + "'")) {
				st.execute("create role " + AuditOwnership.OWNER + " nologin nosuperuser");
			}
			String owner = owner(st, db);
			adopt = owner != null && !owner.equals(NAME);
			if (owner == null) {
				st.execute("create database \"" + db + "\" owner " + NAME + " encoding 'UTF8' template template0");
			}
			else if (adopt) {
				st.execute("alter database \"" + db + "\" owner to " + NAME);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot prepare the role and database " + db + ": " + e.getMessage(), e);
		}
		try (Connection c = pg.getDatabase("postgres", db).getConnection(); Statement st = c.createStatement()) {
			// V1__extensions.sql then finds them (trusted extensions, but created here so
			// that they belong to the superuser)
			st.execute("create extension if not exists pg_trgm");
			st.execute("create extension if not exists btree_gist");
			if (adopt) {
				st.execute(ADOPT.replace("%role%", NAME));
				log.warn("Database {} was owned by the superuser: handed over to the role {}", db, NAME);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot prepare the database " + db + ": " + e.getMessage(), e);
		}
	}

	private static boolean exists(Statement st, String sql) throws SQLException {
		try (ResultSet rs = st.executeQuery(sql)) {
			return rs.next();
		}
	}

	private static String owner(Statement st, String db) throws SQLException {
		try (ResultSet rs = st.executeQuery(
				"select pg_get_userbyid(datdba) from pg_database where datname = '" + db.replace("'", "''") + "'")) {
			return rs.next() ? rs.getString(1) : null;
		}
	}

	/**
	 * Every table, view, sequence (not owned by a column), function and type of the
	 * {@code public} schema that is not part of an extension goes to the role.
	 */
	private static final String ADOPT = """
			do $$
			declare r record;
			begin
			    execute 'alter schema public owner to %role%';
			    for r in select c.oid::regclass::text as n, c.relkind from pg_class c
			             where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
			               and pg_get_userbyid(c.relowner) <> '%role%'
			               and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass
			                               and d.objid = c.oid and d.deptype in ('e', 'a', 'i'))
			    loop
			        execute format('alter %s %s owner to %role%', case r.relkind when 'v' then 'view'
			            when 'm' then 'materialized view' when 'S' then 'sequence' when 'f' then 'foreign table'
			            else 'table' end, r.n);
			    end loop;
			    for r in select p.oid::regprocedure::text as n, p.prokind from pg_proc p
			             where p.pronamespace = 'public'::regnamespace and pg_get_userbyid(p.proowner) <> '%role%'
			               and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass
			                               and d.objid = p.oid and d.deptype = 'e')
			    loop
			        execute format('alter %s %s owner to %role%', case r.prokind when 'p' then 'procedure'
			            when 'a' then 'aggregate' else 'function' end, r.n);
			    end loop;
			    for r in select t.oid::regtype::text as n from pg_type t
			             where t.typnamespace = 'public'::regnamespace and t.typtype in ('e', 'd', 'r')
			               and pg_get_userbyid(t.typowner) <> '%role%'
			               and not exists (select 1 from pg_depend d where d.classid = 'pg_type'::regclass
			                               and d.objid = t.oid and d.deptype = 'e')
			    loop
			        execute format('alter type %s owner to %role%', r.n);
			    end loop;
			end $$""";

}

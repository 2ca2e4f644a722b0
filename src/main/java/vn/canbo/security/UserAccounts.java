package vn.canbo.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.shared.PageResult;

/**
 * User accounts: creation (for start-up and demo data) and loading for login.
 * Administration with the "never grant more than you have" rule and auditing is
 * {@code UserAdministration} (/admin/users).
 */
@Service
public class UserAccounts implements UserDetailsService {

	private static final String COLUMNS = "id, username, password_hash, full_name, role, enabled, email";

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	UserAccounts(JdbcClient jdbc, PasswordEncoder encoder) {
		this.jdbc = jdbc;
		this.encoder = encoder;
	}

	/**
	 * Creates an account without the administration checks (start-up, demo data, tests).
	 * The password policy is NOT enforced here, so that demo accounts keep working;
	 * people go through {@code /admin/users}, which enforces it and audits the change.
	 */
	@Transactional
	public long create(String username, String rawPassword, String fullName, Role role, Collection<Long> scopeUnitIds) {
		return insert(username, rawPassword, fullName, null, role, scopeUnitIds, true);
	}

	long insert(String username, String rawPassword, String fullName, String email, Role role,
			Collection<Long> scopeUnitIds, boolean enabled) {
		long id = jdbc.sql("""
				insert into app_user (username, password_hash, full_name, email, role, enabled)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(username, encoder.encode(rawPassword), fullName, email, role.name(), enabled)
			.query(Long.class)
			.single();
		setScope(id, scopeUnitIds);
		return id;
	}

	void update(long id, String fullName, String email, Role role, Collection<Long> scopeUnitIds, boolean enabled) {
		jdbc.sql("update app_user set full_name = ?, email = ?, role = ?, enabled = ?, updated_at = now() where id = ?")
			.params(fullName, email, role.name(), enabled, id)
			.update();
		jdbc.sql("delete from app_user_scope where user_id = ?").param(id).update();
		setScope(id, scopeUnitIds);
	}

	void setPassword(long id, String rawPassword) {
		jdbc.sql("update app_user set password_hash = ?, updated_at = now() where id = ?")
			.params(encoder.encode(rawPassword), id)
			.update();
	}

	boolean passwordMatches(CanboUser user, String rawPassword) {
		return find(user.username()).map(u -> encoder.matches(rawPassword, u.passwordHash())).orElse(false);
	}

	private void setScope(long id, Collection<Long> scopeUnitIds) {
		for (Long unitId : new HashSet<>(scopeUnitIds)) {
			jdbc.sql("insert into app_user_scope (user_id, unit_id) values (?, ?)").params(id, unitId).update();
		}
	}

	public boolean exists(String username) {
		return jdbc.sql("select count(*) from app_user where lower(username) = lower(?)")
			.param(username)
			.query(Long.class)
			.single() > 0;
	}

	boolean emailTaken(String email, long exceptId) {
		return email != null && jdbc.sql("select count(*) from app_user where lower(email) = lower(?) and id <> ?")
			.params(email, exceptId)
			.query(Long.class)
			.single() > 0;
	}

	public Optional<CanboUser> find(String username) {
		return jdbc.sql("select " + COLUMNS + " from app_user where username = ?")
			.param(username)
			.query(this::row)
			.optional()
			.map(this::withScope);
	}

	public Optional<CanboUser> findById(long id) {
		return jdbc.sql("select " + COLUMNS + " from app_user where id = ?")
			.param(id)
			.query(this::row)
			.optional()
			.map(this::withScope);
	}

	/**
	 * For OpenID Connect: the account whose user name or e-mail is the given value
	 * (case-insensitive).
	 */
	Optional<CanboUser> findByUsernameOrEmail(String value) {
		return jdbc
			.sql("select " + COLUMNS + " from app_user where lower(username) = lower(:v) or lower(email) = lower(:v) "
					+ "order by case when lower(username) = lower(:v) then 0 else 1 end limit 1")
			.param("v", value)
			.query(this::row)
			.optional()
			.map(this::withScope);
	}

	Optional<String> emailOf(long id) {
		return jdbc.sql("select email from app_user where id = ?").param(id).query(String.class).optional();
	}

	long count() {
		return jdbc.sql("select count(*) from app_user").query(Long.class).single();
	}

	/** A row of the user list. */
	record Summary(long id, String username, String fullName, String email, Role role, boolean enabled,
			List<Long> scopeUnitIds) {
	}

	/**
	 * A page of the user list; with {@code allowedUnitIds} (a restricted administrator's
	 * subtree) only the accounts whose whole scope lies in it (not the unrestricted
	 * administrators), in SQL.
	 */
	PageResult<Summary> list(String q, int page, int size, Optional<Set<Long>> allowedUnitIds) {
		int p = Math.max(0, page);
		int s = Math.min(Math.max(1, size), 200);
		List<String> conditions = new ArrayList<>();
		if (q != null && !q.isBlank()) {
			conditions.add("(lower(u.username) like :q or lower(u.full_name) like :q)");
		}
		if (allowedUnitIds.isPresent()) {
			conditions
				.add("""
						not exists (select 1 from app_user_scope s where s.user_id = u.id and s.unit_id <> all(:allowed))
						and not (u.role = 'ADMIN' and not exists (select 1 from app_user_scope s where s.user_id = u.id))""");
		}
		String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		String like = q == null ? null : "%" + q.strip().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%";
		Long[] allowed = allowedUnitIds.map(a -> a.toArray(Long[]::new)).orElse(null);
		var stmt = jdbc
			.sql("""
					select u.id, u.username, u.full_name, u.email, u.role, u.enabled,
					       coalesce((select array_agg(s.unit_id order by s.unit_id) from app_user_scope s where s.user_id = u.id), '{}') as scope
					from app_user u"""
					+ where + " order by u.username limit :limit offset :offset")
			.param("limit", s)
			.param("offset", (long) p * s);
		var count = jdbc.sql("select count(*) from app_user u" + where);
		if (like != null && where.contains(":q")) {
			stmt = stmt.param("q", like);
			count = count.param("q", like);
		}
		if (allowed != null) {
			stmt = stmt.param("allowed", allowed);
			count = count.param("allowed", allowed);
		}
		List<Summary> items = stmt
			.query((rs, n) -> new Summary(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
					rs.getString("email"), Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"), longs(rs)))
			.list();
		return new PageResult<>(items, p, s, count.query(Long.class).single(), false);
	}

	private static List<Long> longs(ResultSet rs) throws SQLException {
		List<Long> out = new ArrayList<>();
		for (Object o : (Object[]) rs.getArray("scope").getArray()) {
			out.add(((Number) o).longValue());
		}
		return out;
	}

	/**
	 * The account without its scope: the scope is read after the row
	 * ({@link #withScope}), so that a login never holds one pooled connection while
	 * waiting for a second (12 parallel logins exhausted a pool of 5).
	 */
	private CanboUser row(ResultSet rs, int n) throws SQLException {
		return new CanboUser(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
				rs.getString("full_name"), Role.valueOf(rs.getString("role")), Set.of(), rs.getBoolean("enabled"));
	}

	private CanboUser withScope(CanboUser u) {
		return new CanboUser(u.id(), u.username(), u.passwordHash(), u.fullName(), u.role(), scopeOf(u.id()),
				u.enabled());
	}

	private Set<Long> scopeOf(long userId) {
		return new HashSet<>(jdbc.sql("select unit_id from app_user_scope where user_id = ?")
			.param(userId)
			.query(Long.class)
			.list());
	}

	@Override
	public CanboUser loadUserByUsername(String username) {
		return find(username).orElseThrow(() -> new UsernameNotFoundException(username));
	}

}

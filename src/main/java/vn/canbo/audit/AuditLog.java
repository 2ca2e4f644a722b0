package vn.canbo.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.Scope;

/**
 * Records events in the append-only audit trail and reads it back.
 * <p>
 * Writes join the caller's transaction: the event is committed with the change it
 * describes, or not at all. Appends are serialised by a transaction-level advisory lock
 * so that concurrent transactions keep one hash chain, keyed since issue 12
 * ({@link AuditHashes}); under that lock the id is the last id + 1, so that ids have no
 * gaps (a rolled-back transaction burns no id). Each event records the units it concerns
 * (asked from the {@link AuditSubjects} of the other modules), and reading is scoped by
 * them; the before/after a reader may not see is masked ({@link AuditRedaction}).
 */
@Service
public class AuditLog {

	/** The advisory lock key of the chain ("canbo-audit"). */
	static final long CHAIN_LOCK = 0x63616e626f417564L;
	static final String GENESIS = "0".repeat(64);
	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	static final String COLUMNS = """
			id, at, username, ip, user_agent, action, entity_type, entity_id, person_id,
			before::text as before, after::text as after""";

	private final JdbcClient jdbc;

	private final JdbcTemplate streaming;

	private final ObjectMapper json;

	private final RequestOrigin origin;

	private final AuditKey key;

	private final AuditScoping scoping;

	private final ObjectProvider<AuditRedaction> redaction;

	private Clock clock = Clock.systemUTC();

	AuditLog(JdbcClient jdbc, DataSource dataSource, ObjectMapper json, RequestOrigin origin, AuditKey key,
			ObjectProvider<AuditSubjects> subjects, ObjectProvider<AuditRedaction> redaction) {
		this.jdbc = jdbc;
		this.streaming = new JdbcTemplate(dataSource);
		this.streaming.setFetchSize(500);
		this.json = json;
		this.origin = origin;
		this.key = key;
		this.scoping = new AuditScoping(subjects);
		this.redaction = redaction;
	}

	/**
	 * Records a change. {@code before} and {@code after} are serialised to JSON (null
	 * allowed); never pass password hashes or secrets.
	 * @return the id of the recorded event
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public long record(AuditAction action, String entityType, String entityId, Long personId, Object before,
			Object after) {
		return append(currentUsername(), action, entityType, entityId, personId, toJson(before), toJson(after));
	}

	/**
	 * Records that the current user looked at something ({@code what}: e.g. "dossier",
	 * "nationalId").
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public long recordView(String entityType, String entityId, Long personId, String what) {
		AuditAction action = what == null || what.isBlank() || "dossier".equals(what) ? AuditAction.VIEW
				: AuditAction.VIEW_SENSITIVE;
		return append(currentUsername(), action, entityType, entityId, personId, null,
				what == null ? null : toJson(Map.of("viewed", what)));
	}

	/**
	 * Records an event on behalf of a named user (login attempts, where nobody is signed
	 * in yet).
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public long recordAs(String username, AuditAction action, String entityType, String entityId, Object after) {
		return append(username == null || username.isBlank() ? "anonymous" : username, action, entityType, entityId,
				null, null, toJson(after));
	}

	private long append(String username, AuditAction action, String entityType, String entityId, Long personId,
			String beforeJson, String afterJson) {
		List<Long> units = scoping.unitsOf(entityType, entityId, personId);
		jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query((rs, n) -> 1).list();
		// normalise the JSON exactly as jsonb will give it back, take the chain head
		// under
		// the lock: the new id is the last + 1 (gapless)
		Map<String, Object> head = jdbc.sql("""
				select cast(:b as jsonb)::text as b, cast(:a as jsonb)::text as a, last.id, last.hash
				from (select 1) one
				left join (select id, hash from audit_event order by id desc limit 1) last on true""")
			.param("b", beforeJson)
			.param("a", afterJson)
			.query((rs, n) -> {
				Map<String, Object> m = new LinkedHashMap<>();
				m.put("b", rs.getString("b"));
				m.put("a", rs.getString("a"));
				m.put("id", rs.getObject("id", Long.class));
				m.put("prev", rs.getString("hash"));
				return m;
			})
			.single();
		String prev = head.get("prev") == null ? GENESIS : (String) head.get("prev");
		long id = head.get("id") == null ? 1 : (Long) head.get("id") + 1;
		AuditEntry e = new AuditEntry(id, clock.instant().truncatedTo(ChronoUnit.MICROS),
				RequestOrigin.truncate(username, 100), origin.ip(), origin.userAgent(), action,
				RequestOrigin.truncate(entityType, 60), RequestOrigin.truncate(entityId, 100), personId,
				(String) head.get("b"), (String) head.get("a"));
		String hash = AuditHashes.keyed(key, prev, e, units);
		jdbc.sql("""
				insert into audit_event (id, at, username, ip, user_agent, action, entity_type, entity_id,
				                         person_id, before, after, prev_hash, hash, hash_version, unit_ids)
				values (:id, :at, :username, :ip, :ua, :action, :entityType, :entityId, :personId,
				        cast(:before as jsonb), cast(:after as jsonb), :prev, :hash, :version,
				        cast(:units as bigint[]))""")
			.param("id", e.id())
			.param("at", OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC))
			.param("username", e.username())
			.param("ip", e.ip())
			.param("ua", e.userAgent())
			.param("action", e.action().name())
			.param("entityType", e.entityType())
			.param("entityId", e.entityId())
			.param("personId", e.personId())
			.param("before", e.before())
			.param("after", e.after())
			.param("prev", prev)
			.param("hash", hash)
			.param("version", AuditHashes.KEYED)
			.param("units", units == null ? null : AuditScoping.array(units))
			.update();
		return e.id();
	}

	private String toJson(Object value) {
		return value == null ? null : json.writeValueAsString(value);
	}

	static String currentUsername() {
		Authentication a = SecurityContextHolder.getContext().getAuthentication();
		return a == null || a instanceof AnonymousAuthenticationToken || a.getName() == null ? "system" : a.getName();
	}

	// ---- reading
	// -------------------------------------------------------------------------------------------

	/**
	 * One page of the log, newest first, of the events the scope may see: those whose
	 * recorded units lie in the scope (the units as they were when the event was
	 * written); events without a unit (logins, catalogs, users, events written before
	 * issue 12) only for a scope covering the whole tree. Before/after masked for the
	 * current user.
	 */
	@Transactional(readOnly = true)
	/**
	 * Whether the reader's scope covers the whole tree (unrestricted, or every root of
	 * today's tree): such a reader sees the events without a unit and the ids of the
	 * chain's problems.
	 */
	public boolean readsWholeTree(Scope scope) {
		return scoping.wholeTree(scope);
	}

	public PageResult<AuditEntry> search(AuditFilter filter, Scope scope, int page, int size) {
		int p = Math.max(page, 0);
		int s = Math.min(Math.max(size, 1), 200);
		Where w = where(filter, scope);
		List<AuditEntry> items = jdbc
			.sql("select " + COLUMNS + " from audit_event" + w.sql + " order by id desc limit :limit offset :offset")
			.params(w.params)
			.param("limit", s)
			.param("offset", (long) p * s)
			.query(AuditLog::row)
			.list()
			.stream()
			.map(this::redact)
			.toList();
		long total = jdbc.sql("select count(*) from (select 1 from audit_event" + w.sql + " limit :cap) t")
			.params(w.params)
			.param("cap", PageResult.COUNT_CAP + 1)
			.query(Long.class)
			.single();
		return new PageResult<>(items, p, s, Math.min(total, PageResult.COUNT_CAP), total > PageResult.COUNT_CAP);
	}

	/**
	 * The whole log, unscoped (internal checks and tests); a reader's request goes
	 * through {@link #search(AuditFilter, Scope, int, int)} with the reader's scope.
	 */
	public PageResult<AuditEntry> search(AuditFilter filter, int page, int size) {
		return search(filter, Scope.all(), page, size);
	}

	/**
	 * Every event matching the filter within the scope, newest first, streamed (bounded
	 * memory), masked for the current user; for exports.
	 */
	@Transactional(readOnly = true)
	public void forEach(AuditFilter filter, Scope scope, Consumer<AuditEntry> each) {
		Where w = where(filter, scope);
		var named = new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(streaming);
		named.query("select " + COLUMNS + " from audit_event" + w.sql + " order by id desc", w.params, rs -> {
			each.accept(redact(row(rs, 0)));
		});
	}

	private AuditEntry redact(AuditEntry e) {
		AuditRedaction r = redaction.getIfAvailable();
		if (r == null || (e.before() == null && e.after() == null)) {
			return e;
		}
		return new AuditEntry(e.id(), e.at(), e.username(), e.ip(), e.userAgent(), e.action(), e.entityType(),
				e.entityId(), e.personId(), e.before() == null ? null : r.visible(e.entityType(), e.before()),
				e.after() == null ? null : r.visible(e.entityType(), e.after()));
	}

	private record Where(String sql, Map<String, Object> params) {
	}

	private Where where(AuditFilter f, Scope scope) {
		List<String> c = new ArrayList<>();
		Map<String, Object> p = new LinkedHashMap<>();
		if (!scoping.wholeTree(scope)) {
			// the scope's subtrees as they were: the recorded units include every
			// ancestor
			c.add("unit_ids && cast(:scopeUnits as bigint[])");
			p.put("scopeUnits", AuditScoping.array(scope.rootUnitIds()));
		}
		condition(c, p, "username = :username", "username", f.username());
		condition(c, p, "person_id = :personId", "personId", f.personId());
		condition(c, p, "entity_type = :entityType", "entityType", f.entityType());
		condition(c, p, "entity_id = :entityId", "entityId", f.entityId());
		condition(c, p, "action = :action", "action", f.action() == null ? null : f.action().name());
		condition(c, p, "at >= :from", "from",
				f.from() == null ? null : Timestamp.from(f.from().atStartOfDay(VIETNAM).toInstant()));
		condition(c, p, "at < :to", "to",
				f.to() == null ? null : Timestamp.from(f.to().plusDays(1).atStartOfDay(VIETNAM).toInstant()));
		return new Where(c.isEmpty() ? "" : " where " + String.join(" and ", c), p);
	}

	/** Adds {@code sql} with its parameter when the filter sets {@code value}. */
	private static void condition(List<String> c, Map<String, Object> p, String sql, String name, Object value) {
		if (value != null) {
			c.add(sql);
			p.put(name, value);
		}
	}

	static AuditEntry row(ResultSet rs, int n) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
				rs.getString("username"), rs.getString("ip"), rs.getString("user_agent"),
				AuditAction.valueOf(rs.getString("action")), rs.getString("entity_type"), rs.getString("entity_id"),
				rs.getObject("person_id", Long.class), rs.getString("before"), rs.getString("after"));
	}

	/** For tests: a fixed or moving clock. */
	void clock(Clock clock) {
		this.clock = clock;
	}

}

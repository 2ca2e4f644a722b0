package vn.canbo.security;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chống dò mật khẩu. Every attempt is counted before its password is checked, atomically
 * (one upsert per user name and per client address, the row locked): after
 * {@code max-failures-per-user} (5) failed attempts for a user name, its next attempt is
 * allowed only {@code delay}·2^(failures−5) later (1, 2, 4… minutes, at most
 * {@code max-delay}); the same for an address after {@code max-failures-per-ip} (20).
 * Failures are forgotten after {@code window} without an attempt, and a user name's on a
 * successful login. Kept in the database, so it holds across restarts and nodes.
 */
@Component
class LoginThrottle {

	/** An attempt let through ({@code refusedUntil} null) or refused until then. */
	record Admission(Instant refusedUntil) {
		boolean admitted() {
			return refusedUntil == null;
		}
	}

	private static final String ADMIT = """
			insert into login_throttle as t (kind, key, failures, last_attempt, next_allowed)
			values (:kind, :key, 1, :now, case when 1 >= :max then :now + make_interval(secs => :base) end)
			on conflict (kind, key) do update set
			    failures = case when t.last_attempt < :since then 1 else t.failures + 1 end,
			    last_attempt = :now,
			    next_allowed = case when (case when t.last_attempt < :since then 1 else t.failures + 1 end) >= :max
			        then :now + make_interval(secs => least(:cap, :base * power(2, least(30,
			            (case when t.last_attempt < :since then 1 else t.failures + 1 end) - :max))))
			        end
			where t.next_allowed is null or t.next_allowed <= :now
			returning failures""";

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	private final SecuritySettings.Login settings;

	private volatile Clock clock = Clock.systemUTC();

	LoginThrottle(JdbcClient jdbc, PlatformTransactionManager txm, SecuritySettings settings) {
		this.jdbc = jdbc;
		this.tx = new TransactionTemplate(txm);
		this.settings = settings.login();
	}

	static String userKey(String username) {
		String key = username == null ? "" : username.strip().toLowerCase();
		return key.length() > 100 ? key.substring(0, 100) : key;
	}

	/**
	 * Counts an attempt for the address then the user name, in one transaction; when
	 * either is throttled nothing is counted and the attempt is refused.
	 */
	Admission admit(String username, String ip) {
		OffsetDateTime now = now();
		return tx.execute(s -> {
			prune(now);
			for (String[] k : ip == null ? new String[][] { { "user", userKey(username) } }
					: new String[][] { { "ip", ip }, { "user", userKey(username) } }) {
				int max = k[0].equals("ip") ? settings.maxFailuresPerIp() : settings.maxFailuresPerUser();
				boolean counted = jdbc.sql(ADMIT)
					.param("kind", k[0])
					.param("key", k[1])
					.param("now", now)
					.param("since", now.minus(settings.window()))
					.param("max", max)
					.param("base", (double) settings.delay().toSeconds())
					.param("cap", (double) settings.maxDelay().toSeconds())
					.query(Integer.class)
					.optional()
					.isPresent();
				if (!counted) {
					s.setRollbackOnly();
					return new Admission(nextAllowed(k[0], k[1]).orElse(now.plus(settings.delay())).toInstant());
				}
			}
			return new Admission(null);
		});
	}

	/**
	 * A successful login: forgets the user name's failures and un-counts the attempt for
	 * the address.
	 */
	void succeeded(String username, String ip) {
		jdbc.sql("delete from login_throttle where kind = 'user' and key = ?").param(userKey(username)).update();
		if (ip != null) {
			jdbc.sql("""
					update login_throttle set failures = greatest(failures - 1, 0),
					    next_allowed = case when failures - 1 >= :max then next_allowed end
					where kind = 'ip' and key = :ip""")
				.param("max", settings.maxFailuresPerIp())
				.param("ip", ip)
				.update();
		}
	}

	/**
	 * Counts a refused attempt; true for the first of its user name, address and period
	 * (the one to write to the audit log).
	 */
	boolean refused(String username, String ip, Instant until) {
		return jdbc.sql("""
				insert into login_throttled as t (username, ip, until, attempts) values (?, ?, ?, 1)
				on conflict (username, ip, until) do update set attempts = t.attempts + 1
				returning attempts""")
			.params(userKey(username), ip == null ? "" : ip, OffsetDateTime.ofInstant(until, ZoneOffset.UTC))
			.query(Integer.class)
			.single() == 1;
	}

	/**
	 * The refused attempts of the user name's periods now over that were not written to
	 * the audit log one by one (all but the first of each period); forgets them.
	 */
	long unloggedRefusals(String username) {
		return jdbc.sql("""
				with gone as (delete from login_throttled where username = ? and until <= ? returning attempts)
				select coalesce(sum(attempts - 1), 0) from gone""")
			.params(userKey(username), now())
			.query(Long.class)
			.single();
	}

	private Optional<OffsetDateTime> nextAllowed(String kind, String key) {
		return jdbc.sql("select next_allowed from login_throttle where kind = ? and key = ?")
			.params(kind, key)
			.query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
			.optional();
	}

	/** Now and then, forgets what is more than a day old. */
	private void prune(OffsetDateTime now) {
		if (Math.floorMod(now.toEpochSecond(), 100) == 0) {
			OffsetDateTime dayAgo = now.minusDays(1);
			jdbc.sql("delete from login_throttle where last_attempt < ? and (next_allowed is null or next_allowed < ?)")
				.params(dayAgo, dayAgo)
				.update();
			jdbc.sql("delete from login_throttled where until < ?").param(dayAgo).update();
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

	/** For tests: move time. */
	void clock(Clock clock) {
		this.clock = clock;
	}

}

package vn.canbo.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Chống dò mật khẩu: after {@code max-failures-per-user} (5) failed logins for a user
 * name, or {@code max-failures-per-ip} (20) from one address, within {@code window} (15
 * min), further attempts are refused for {@code lock} (15 min), whatever the password.
 * Kept in the database, so it holds across restarts and nodes.
 */
@Component
class LoginThrottle {

	private final JdbcClient jdbc;

	private final int maxPerUser;

	private final int maxPerIp;

	private final Duration window;

	private final Duration lock;

	private volatile Clock clock = Clock.systemUTC();

	LoginThrottle(JdbcClient jdbc, SecuritySettings settings) {
		this.jdbc = jdbc;
		this.maxPerUser = settings.login().maxFailuresPerUser();
		this.maxPerIp = settings.login().maxFailuresPerIp();
		this.window = settings.login().window();
		this.lock = settings.login().lock();
	}

	static String userKey(String username) {
		return username == null ? "" : username.strip().toLowerCase();
	}

	/**
	 * Until when attempts for this user name or from this address are refused, if they
	 * are.
	 */
	Optional<Instant> lockedUntil(String username, String ip) {
		return jdbc.sql("""
				select max(locked_until) from login_lock
				where ((kind = 'user' and key = :user) or (kind = 'ip' and key = :ip)) and locked_until > :now""")
			.param("user", userKey(username))
			.param("ip", ip == null ? "" : ip)
			.param("now", now())
			.query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
			.optional()
			.map(OffsetDateTime::toInstant);
	}

	/**
	 * Records a failed attempt and locks the user name or the address when a limit is
	 * reached.
	 */
	void failed(String username, String ip) {
		OffsetDateTime now = now();
		String user = userKey(username);
		jdbc.sql("insert into login_failure (username, ip, at) values (?, ?, ?)").params(user, ip, now).update();
		OffsetDateTime since = now.minus(window);
		lockIfReached("user", "username", user, maxPerUser, since, now);
		if (ip != null) {
			lockIfReached("ip", "ip", ip, maxPerIp, since, now);
		}
		if (Math.floorMod(now.toEpochSecond(), 100) == 0) {
			jdbc.sql("delete from login_failure where at < ?").param(now.minusDays(1)).update();
		}
	}

	/** A successful login forgets the user name's failures. */
	void succeeded(String username) {
		String user = userKey(username);
		jdbc.sql("delete from login_failure where username = ?").param(user).update();
		jdbc.sql("delete from login_lock where kind = 'user' and key = ?").param(user).update();
	}

	/**
	 * Locks {@code key} (of the kind "user" or "ip", counted in the column of
	 * login_failure) when its failures since {@code since} reach {@code max}.
	 */
	private void lockIfReached(String kind, String column, String key, int max, OffsetDateTime since,
			OffsetDateTime now) {
		long failures = jdbc.sql("select count(*) from login_failure where " + column + " = ? and at > ?")
			.params(key, since)
			.query(Long.class)
			.single();
		if (failures >= max) {
			lock(kind, key, now.plus(lock));
		}
	}

	private void lock(String kind, String key, OffsetDateTime until) {
		jdbc.sql("""
				insert into login_lock (kind, key, locked_until) values (?, ?, ?)
				on conflict (kind, key) do update set locked_until = excluded.locked_until""")
			.params(kind, key, until)
			.update();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

	/** For tests: move time. */
	void clock(Clock clock) {
		this.clock = clock;
	}

	Duration lockDuration() {
		return lock;
	}

}

package vn.canbo.security;

import vn.canbo.shared.Messages;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.VietnameseText;

/**
 * Personal access tokens for the REST API ({@code Authorization: Bearer cbt_…}). Only the
 * SHA-256 of a token is stored; the token itself is shown once, on creation.
 */
@Service
class ApiTokens {

	static final String PREFIX = "cbt_";

	private static final SecureRandom RANDOM = new SecureRandom();

	record TokenInfo(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
		public boolean active() {
			return revokedAt == null;
		}
	}

	record NewToken(long id, String token) {
	}

	private final JdbcClient jdbc;

	private final UserAccounts users;

	private final AuditLog audit;

	ApiTokens(JdbcClient jdbc, UserAccounts users, AuditLog audit) {
		this.jdbc = jdbc;
		this.users = users;
		this.audit = audit;
	}

	@Transactional
	NewToken create(CanboUser owner, String name) {
		String clean = VietnameseText.clean(name);
		if (clean == null || clean.isBlank() || clean.length() > 100) {
			throw new ValidationException("name", Messages.text("security.error.tokenName"));
		}
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		long id = jdbc.sql("insert into api_token (user_id, name, token_hash, prefix) values (?, ?, ?, ?) returning id")
			.params(owner.id(), clean, sha256(token), token.substring(0, 10))
			.query(Long.class)
			.single();
		audit.record(AuditAction.CREATE, "api_token", String.valueOf(id), null, null,
				Map.of("owner", owner.username(), "name", clean));
		return new NewToken(id, token);
	}

	List<TokenInfo> list(CanboUser owner) {
		return jdbc.sql("""
				select id, name, prefix, created_at, last_used_at, revoked_at from api_token
				where user_id = ? order by id desc limit 200""")
			.param(owner.id())
			.query((rs, n) -> new TokenInfo(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"),
					instant(rs.getObject("created_at", OffsetDateTime.class)),
					instant(rs.getObject("last_used_at", OffsetDateTime.class)),
					instant(rs.getObject("revoked_at", OffsetDateTime.class))))
			.list();
	}

	/** Revokes one of the owner's tokens (a token of someone else is "not found"). */
	@Transactional
	void revoke(CanboUser owner, long tokenId) {
		int n = jdbc.sql("update api_token set revoked_at = now() where id = ? and user_id = ? and revoked_at is null")
			.params(tokenId, owner.id())
			.update();
		if (n == 0) {
			throw new NotFoundException(Messages.text("security.error.tokenNotFound", String.valueOf(tokenId)));
		}
		audit.record(AuditAction.DELETE, "api_token", String.valueOf(tokenId), null, Map.of("owner", owner.username()),
				Map.of("revoked", true));
	}

	/** The enabled user a valid, unrevoked token belongs to. */
	@Transactional
	Optional<CanboUser> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX)) {
			return Optional.empty();
		}
		Optional<Map.Entry<Long, Long>> row = jdbc.sql("""
				select id, user_id from api_token
				where token_hash = ? and revoked_at is null and (expires_at is null or expires_at > now())""")
			.param(sha256(token))
			.query((rs, n) -> Map.entry(rs.getLong("id"), rs.getLong("user_id")))
			.optional();
		if (row.isEmpty()) {
			return Optional.empty();
		}
		jdbc.sql("""
				update api_token set last_used_at = now()
				where id = ? and (last_used_at is null or last_used_at < now() - interval '5 minutes')""")
			.param(row.get().getKey())
			.update();
		return users.findById(row.get().getValue()).filter(CanboUser::isEnabled);
	}

	static String sha256(String s) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Instant instant(OffsetDateTime t) {
		return t == null ? null : t.toInstant();
	}

}

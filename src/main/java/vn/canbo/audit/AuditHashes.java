package vn.canbo.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The two hash schemes of the chain. Version 1 (rows written before issue 12):
 * {@code SHA-256(prev + "\n" + content)}, which anyone with the database can recompute.
 * Version 2: {@code HMAC-SHA256(key, prev + "\n" + content + unit ids)} with the key held
 * outside the database ({@link AuditKey}).
 */
final class AuditHashes {

	static final int UNKEYED = 1;

	static final int KEYED = 2;

	private AuditHashes() {
	}

	/**
	 * The canonical content of an event, as hashed. Nulls are written as NUL so that null
	 * differs from "".
	 */
	static String canonical(AuditEntry e) {
		StringBuilder sb = new StringBuilder();
		for (Object v : new Object[] { e.id(), ChronoUnit.MICROS.between(Instant.EPOCH, e.at()), e.username(), e.ip(),
				e.userAgent(), e.action().name(), e.entityType(), e.entityId(), e.personId(), e.before(), e.after() }) {
			sb.append(v == null ? "\u0000" : v.toString()).append('\n');
		}
		return sb.toString();
	}

	/** Version 1, unkeyed. */
	static String unkeyed(String prev, AuditEntry e) {
		try {
			MessageDigest md = MessageDigest.getInstance("SHA-256");
			md.update(prev.getBytes(StandardCharsets.UTF_8));
			md.update((byte) '\n');
			md.update(canonical(e).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(md.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Version 2, keyed; {@code unitIds} in their stored order (null = none). */
	static String keyed(AuditKey key, String prev, AuditEntry e, List<Long> unitIds) {
		String units = unitIds == null ? "\u0000"
				: unitIds.stream().map(String::valueOf).collect(Collectors.joining(","));
		return key.hmac(prev + "\n" + canonical(e) + units + "\n");
	}

}

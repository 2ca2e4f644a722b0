package vn.canbo.audit;

import java.time.Instant;

/** One recorded event; {@code before} and {@code after} are JSON text (or null). */
public record AuditEntry(long id, Instant at, String username, String ip, String userAgent, AuditAction action,
		String entityType, String entityId, Long personId, String before, String after) {
}

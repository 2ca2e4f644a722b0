package vn.canbo.audit;

import java.time.LocalDate;

/**
 * Filter of the audit log; every field optional. {@code from} and {@code to} are
 * inclusive days (Vietnam time). Bound from the query parameters of the same names by the
 * page and the API ({@code ?username=…&from=yyyy-MM-dd}).
 */
public record AuditFilter(String username, Long personId, String entityType, String entityId, AuditAction action,
		LocalDate from, LocalDate to) {

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null, null, null);
	}

	public AuditFilter {
		username = blankToNull(username);
		entityType = blankToNull(entityType);
		entityId = blankToNull(entityId);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}

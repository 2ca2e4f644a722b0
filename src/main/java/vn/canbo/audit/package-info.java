/**
 * Nhật ký kiểm tra (audit trail): who did what, when, from where, to which record, with
 * the values before and after. Append-only (a database trigger refuses updates and
 * deletes) and chained by SHA-256 hashes, verified on start-up. API:
 * {@link vn.canbo.audit.AuditLog}, {@link vn.canbo.audit.AuditAction},
 * {@link vn.canbo.audit.AuditVerifier}, {@link vn.canbo.audit.RequestOrigin}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = { "shared" })
package vn.canbo.audit;

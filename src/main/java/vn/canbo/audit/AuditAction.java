package vn.canbo.audit;

/** What happened. */
public enum AuditAction {

	CREATE, UPDATE,
	/** Deletion is a recorded state, never a hard delete. */
	DELETE,
	/** A full dossier (or another record) was opened. */
	VIEW,
	/** A sensitive field was shown unmasked. */
	VIEW_SENSITIVE, EXPORT, IMPORT,
	/** A decision (quyết định): appointment, transfer, discipline… */
	DECISION,
	/** Sắp xếp tổ chức: merge, split, dissolution of units. */
	RESTRUCTURE, LOGIN, LOGIN_FAILED, LOGOUT,
	/** A role, scope or permission was given or taken away. */
	GRANT

}

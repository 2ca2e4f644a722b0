package vn.canbo.security;

/**
 * Named permissions; roles are sets of them, so new modules add permissions, not role
 * checks.
 */
public enum Permission {

	PERSON_READ, PERSON_WRITE, SENSITIVE_READ, UNIT_READ, UNIT_WRITE, CATALOG_WRITE, EXPORT, REPORT_READ, AUDIT_READ,
	USER_ADMIN,
	/**
	 * Approve and issue (or revoke) official decisions; drafting needs only PERSON_WRITE.
	 */
	DECISION_ISSUE

}

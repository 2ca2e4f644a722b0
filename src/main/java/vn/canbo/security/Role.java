package vn.canbo.security;

import static vn.canbo.security.Permission.*;

import java.util.EnumSet;
import java.util.Set;

/** Roles as combinations of permissions. */
public enum Role {

	/** Quản trị hệ thống. */
	ADMIN(EnumSet.allOf(Permission.class)),
	/**
	 * Cán bộ tổ chức: reads and writes dossiers, units and reports in scope; approves and
	 * issues decisions.
	 */
	ORG_OFFICER(EnumSet.of(PERSON_READ, PERSON_WRITE, SENSITIVE_READ, UNIT_READ, UNIT_WRITE, EXPORT, REPORT_READ,
			DECISION_ISSUE)),
	/** Lãnh đạo: read only. */
	LEADER(EnumSet.of(PERSON_READ, SENSITIVE_READ, UNIT_READ, EXPORT, REPORT_READ)),
	/** Kiểm tra, giám sát: the audit log only. */
	AUDITOR(EnumSet.of(AUDIT_READ)),
	/**
	 * Nhập liệu: writes dossiers and drafts decisions, no reports, no sensitive fields.
	 */
	CLERK(EnumSet.of(PERSON_READ, PERSON_WRITE, UNIT_READ));

	private final Set<Permission> permissions;

	Role(Set<Permission> permissions) {
		this.permissions = Set.copyOf(permissions);
	}

	public Set<Permission> permissions() {
		return permissions;
	}

}

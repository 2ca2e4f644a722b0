package vn.canbo.web.suite;

import vn.canbo.security.Role;

/** The suite's users: one per role, named after the role's folder of screenshots. */
enum SuiteRole {

	OFFICER(Role.ORG_OFFICER, "Cán bộ tổ chức Bộ Thử"), LEADER(Role.LEADER, "Lãnh đạo Bộ Thử"),
	AUDITOR(Role.AUDITOR, "Kiểm tra Bộ Thử"), CLERK(Role.CLERK, "Nhập liệu Bộ Thử"),
	ADMIN(Role.ADMIN, "Quản trị Bộ Thử");

	final Role role;

	final String fullName;

	SuiteRole(Role role, String fullName) {
		this.role = role;
		this.fullName = fullName;
	}

	String folder() {
		return name().toLowerCase();
	}

}

package vn.canbo.web.suite;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The suite, as the administrator (create a user, change their role and scope) and as the
 * auditor (the audit log, filtered, and its export).
 */
class AdminSuiteTest extends SuiteSupport {

	@Test
	void createAUserThenChangeTheirRoleAndScope() {
		as(SuiteRole.ADMIN);
		visit("/admin/users", "users");
		link("Thêm người dùng").click();
		page.waitForURL(Pattern.compile(".*/admin/users/new$"));
		settle();
		String username = "bt-moi-" + UUID.randomUUID().toString().substring(0, 8);
		page.fill("#username", username);
		page.fill("#password", "mat-khau-moi-" + loc.key);
		page.fill("#fullName", "Người Dùng Mới");
		page.selectOption("#role", "CLERK");
		// the scope is chosen by unit name (issue 20 point 6)
		chooseScope("hoa an", loc.communeA);
		step("user-new");
		button("Lưu").click();
		page.waitForURL(Pattern.compile(".*/admin/users/\\d+.*"));
		settle();
		assertThat(page.locator("h1")).containsText(username);
		assertThat(page.locator("main")).containsText(loc.communeAName);
		step("user-created");
		page.selectOption("#role", "LEADER");
		page.locator("[data-picker-chip] [data-picker-remove]").first().click();
		chooseScope("bo thu", loc.province);
		button("Lưu").click();
		settle();
		assertThat(page.locator(".alert-success")).hasText("Đã lưu.");
		assertThat(page.locator("#role")).hasValue("LEADER");
		assertThat(page.locator("main")).containsText(loc.provinceName);
		step("user-role-and-scope-changed");
		visit("/admin/users?q=" + username, "users-search");
		assertThat(page.locator("main table")).containsText(username);
	}

	@Test
	void theAuditLogAndItsExport() {
		as(SuiteRole.AUDITOR);
		visit("/audit", "audit");
		assertThat(page.locator("main table tbody tr").first()).isVisible();
		page.fill("#username", loc.username(SuiteRole.OFFICER));
		button("Tìm kiếm").click();
		page.waitForURL(Pattern.compile(".*/audit\\?.*username=.*"));
		settle();
		step("audit-filtered");
		download(link("Xuất Excel"), Kind.ZIP, "audit-export");
	}

	private void chooseScope(String typed, long unit) {
		page.locator("#picker-scope").pressSequentially(typed);
		page.locator("#picker-scope-menu [data-picker-id='" + unit + "']").click();
	}

}

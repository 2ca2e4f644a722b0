package vn.canbo.web.suite;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The suite, as the roles that see less: the clerk sees sensitive fields masked and gets
 * the Vietnamese 403 page where it may not go and the 404 page outside its scope; the
 * leader reads but never writes; the auditor sees only the audit log. Then the pages in
 * English with ?lang=en.
 */
class RolesSuiteTest extends SuiteSupport {

	@Test
	void theClerkSeesMaskedFieldsAndVietnameseErrorPages() {
		as(SuiteRole.CLERK);
		visit("/persons/" + loc.binh, "dossier-masked");
		assertThat(page.locator("article.form-2c .masked").first()).hasText("******");
		assertThat(page.locator("a[href*='/edit']").first()).isVisible();
		for (String path : new String[] { "/reports", "/persons/export.xlsx", "/admin/users", "/audit" }) {
			visitError(path, 403, "forbidden-" + path.substring(1).replace('/', '-'));
			assertThat(page.locator("#error-page h1")).hasText("Không có quyền truy cập");
			assertThat(page.locator("#error-home")).isVisible();
			assertThat(page.content()).doesNotContain("Whitelabel");
		}
		// the dossier of a person outside the scope, like one that does not exist
		visitError("/persons/" + loc.outsider, 404, "outside-scope");
		assertThat(page.locator("#error-page h1, main h1").first()).containsText("Không tìm thấy");
		visitError("/persons/987654321", 404, "absent");
		assertThat(page.locator("#error-page h1, main h1").first()).containsText("Không tìm thấy");
		// and the list offers no export
		visit("/persons", "list-without-export");
		assertThat(link("Xuất Excel")).hasCount(0);
	}

	@Test
	void theLeaderReadsButNeverWrites() {
		as(SuiteRole.LEADER);
		visit("/persons/" + loc.binh, "dossier-read-only");
		assertThat(page.locator("article.form-2c .masked")).hasCount(0);
		assertThat(link("Sửa hồ sơ")).hasCount(0);
		visitError("/persons/" + loc.binh + "/edit", 403, "edit-forbidden");
		assertThat(page.locator("#error-page h1")).hasText("Không có quyền truy cập");
		visitError("/imports", 403, "imports-forbidden");
	}

	@Test
	void theAuditorSeesOnlyTheAuditLog() {
		as(SuiteRole.AUDITOR);
		visit("/audit", "audit-home");
		visitError("/persons/" + loc.binh, 403, "dossier-forbidden");
		assertThat(page.locator("#error-page h1")).hasText("Không có quyền truy cập");
		visitError("/reports", 403, "reports-forbidden");
	}

	@Test
	void errorPagesInEnglish() {
		as(SuiteRole.CLERK);
		language = "en";
		visitError("/admin/users?lang=en", 403, "forbidden-en");
		assertThat(page.locator("#error-page h1")).hasText("Access denied");
		visitError("/persons/987654321?lang=en", 404, "absent-en");
		assertThat(page.locator("#error-page h1, main h1").first()).containsText("not found");
		language = "vi";
		visit("/?lang=vi", "back-to-vietnamese");
	}

	/**
	 * Issue 20 point 12: every page declares its language, and the dashboard in English
	 * shows no Vietnamese label.
	 */
	@Test
	void pagesDeclareTheirLanguageAndEnglishIsWhole() {
		as(SuiteRole.LEADER);
		visit("/?lang=vi", "dashboard-vi");
		assertThat(page.locator("html")).hasAttribute("lang", "vi");
		language = "en";
		visit("/?lang=en", "dashboard-en");
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		String text = page.locator("main").innerText();
		assertThat(text).doesNotContain("Tổng số").doesNotContain("Cảnh báo").doesNotContain("Không có dữ liệu");
		language = "vi";
		visit("/?lang=vi", "dashboard-vi-again");
	}

}

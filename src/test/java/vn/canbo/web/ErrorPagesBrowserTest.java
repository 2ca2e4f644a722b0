package vn.canbo.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.security.Role;

/**
 * Issue 20 points 1 and 4 in Chromium, signed in as a clerk through the login page: "Tải
 * mẫu .xlsx" downloads the template with the page's session, and pages the clerk may not
 * see (or that do not exist) answer a Vietnamese error page in the layout with a way
 * home, English with ?lang=en, never the Whitelabel page.
 */
class ErrorPagesBrowserTest extends BrowserTestSupport {

	String username;

	@BeforeAll
	void user() {
		String code = "EB-" + UUID.randomUUID().toString().substring(0, 8);
		long unit = units
			.create(new UnitService.NewUnit(code, "Xã Lỗi Trang", null, "DIA_BAN", AdminLevel.COMMUNE, null,
					LocalDate.of(2020, 1, 1)))
			.id();
		username = "clerk-" + code.toLowerCase();
		accounts.create(username, "mat-khau-dung", "Trần Thị Văn Thư", Role.CLERK, List.of(unit));
	}

	private void expectErrorPage(String path, int status, String title) {
		Response response = page.navigate(url(path));
		assertThat(response.status()).as(path).isEqualTo(status);
		assertThat(page.content()).as(path).doesNotContain("Whitelabel");
		assertThat(page.locator("nav.navbar")).isVisible();
		assertThat(page.locator("#error-page h1")).hasText(title);
		assertThat(page.locator("#error-home")).isVisible();
	}

	@Test
	void wrongRoleAndMissingPagesShowVietnameseErrorPagesWithAWayHome() {
		login(username, "mat-khau-dung");
		expectErrorPage("/admin/users", 403, "Không có quyền truy cập");
		expectErrorPage("/audit", 403, "Không có quyền truy cập");
		expectErrorPage("/persons/export.xlsx", 403, "Không có quyền truy cập");
		expectErrorPage("/imports/987654321", 404, "Không tìm thấy trang");
		expectErrorPage("/khong-co-trang-nay", 404, "Không tìm thấy trang");
		page.click("#error-home");
		assertThat(page.locator("h1")).hasText("Hệ thống quản lý cán bộ");
		expectErrorPage("/admin/users?lang=en", 403, "Access denied");
		expectErrorPage("/imports/987654321?lang=en", 404, "Page not found");
	}

	@Test
	void theTemplateDownloadsWithThePagesSession() throws IOException {
		login(username, "mat-khau-dung");
		page.navigate(url("/imports?lang=vi"));
		Download download = page.waitForDownload(
				() -> page.locator("a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Tải mẫu .xlsx"))
					.first()
					.click());
		assertThat(download.failure()).isNull();
		assertThat(download.suggestedFilename()).startsWith("mau-nhap-").endsWith(".xlsx");
		byte[] bytes = Files.readAllBytes(download.path());
		assertThat(new String(bytes, 0, 2)).isEqualTo("PK");
	}

}

package vn.canbo.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.security.Role;

/**
 * Logging in through the real login page in Chromium: the UI speaks Vietnamese and
 * switches to English.
 */
class LoginBrowserTest extends BrowserTestSupport {

	String username;

	@BeforeAll
	void user() {
		String code = "LB-" + UUID.randomUUID().toString().substring(0, 8);
		long unit = units
			.create(new UnitService.NewUnit(code, "Xã Thử Nghiệm", null, "DIA_BAN", AdminLevel.COMMUNE, null,
					LocalDate.of(2020, 1, 1)))
			.id();
		username = "browser-" + code.toLowerCase();
		accounts.create(username, "mat-khau-dung", "Nguyễn Văn Thử", Role.ORG_OFFICER, List.of(unit));
	}

	@Test
	void wrongPasswordIsRefusedInVietnamese() {
		login(username, "sai-mat-khau");
		assertThat(page.locator(".alert-danger")).containsText("Tên đăng nhập hoặc mật khẩu không đúng");
	}

	@Test
	void signedInUserSeesTheVietnameseHomeAndCanSwitchToEnglish() {
		login(username, "mat-khau-dung");
		assertThat(page.locator("h1")).hasText("Hệ thống quản lý cán bộ");
		assertThat(page.locator("nav")).containsText("Cán bộ");
		page.navigate(url("/?lang=en"));
		assertThat(page.locator("h1")).hasText("Cadre management system");
	}

	@Test
	void pagesNeedALogin() {
		page.navigate(url("/persons"));
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
	}

}

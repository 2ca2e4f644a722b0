package vn.canbo.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.canbo.org.AdminLevel;

/**
 * Issue 20 (pickers, remainder point 3), in Chromium: on the as-of view the unit picker
 * searches as of the date typed in the page's date field, so a unit dissolved since is
 * found there, and not as of today; its words match in any order (point 2). No console
 * error, CSP violation or failed request; screenshots under
 * {@code target/browser/pickers}.
 */
@BrowserShots("pickers")
class PickerDateBrowserTest extends BrowserTestSupport {

	static final String PASSWORD = "mat-khau-ngay";

	@Autowired
	JdbcClient jdbc;

	String k;

	long dissolved;

	@BeforeAll
	void data() {
		StringBuilder b = new StringBuilder();
		for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
			b.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
		}
		k = b.toString();
		long province = unit("PKD-T-" + k, "Tỉnh Ngày Cũ " + k, "DIA_BAN", AdminLevel.PROVINCE, null);
		dissolved = unit("PKD-X-" + k, "Xã Giải Thể " + k, "DIA_BAN", AdminLevel.COMMUNE, province);
		jdbc.sql("update org_unit_version set valid_to = date '2020-01-01' where unit_id = ?")
			.param(dissolved)
			.update();
		officer("pickdate-officer-" + k, PASSWORD, province);
	}

	@BeforeEach
	void listen() {
		collectProblems(problems);
	}

	@Test
	void theAsOfPickerSearchesAsOfTheTypedDate() {
		login("pickdate-officer-" + k, PASSWORD);
		page.navigate(url("/career/asof"));
		Locator box = page.locator("#picker-unitId");
		Locator menu = page.locator("#picker-unitId-menu");
		// today: the dissolved unit is not found
		box.pressSequentially("the giai " + k);
		assertThat(menu).isVisible();
		assertThat(menu.locator("[data-picker-id='" + dissolved + "']")).hasCount(0);
		shot("asof-today");
		// on 15/01/2015, typed in the page's date field: found, words in any order
		box.fill("");
		Locator date = page.locator("input[name=date]");
		date.fill("");
		date.pressSequentially("15012015"); // date.js adds the slashes
		assertThat(date).hasValue("15/01/2015");
		box.pressSequentially("the giai " + k);
		assertThat(menu.locator("[data-picker-id='" + dissolved + "']")).isVisible();
		shot("asof-2015");
		box.press("Enter");
		assertThat(page.locator("input[type=hidden][name=unitId]")).hasValue(String.valueOf(dissolved));
		page.locator("form[action$='/career/asof'] button").click();
		page.waitForURL("**/career/asof?**");
		// the page comes back as of that date, the unit named as it was then
		assertThat(page.locator("#picker-unitId")).hasValue("Xã Giải Thể " + k + " — Tỉnh Ngày Cũ " + k);
		assertThat(page.locator("[data-picker]").first()).hasAttribute("data-picker-date", "2015-01-15");
		shot("asof-2015-shown");
		assertThat(problems).isEmpty();
	}

}

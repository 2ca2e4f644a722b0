package vn.canbo.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.security.Role;

/**
 * Issue 20, point 10, in an ENGLISH browser (en-US, where a native date picker reads
 * mm/dd/yyyy): the as-of view, the decision filter and the programme form take dd/mm/yyyy
 * — typed as digits, the slashes come by themselves — and the server reads 7 December,
 * not 12 July: the page prints back the date it understood (07/12/2026, not 12/07/2026),
 * and the programme saved in the database starts on 2026-12-07. An impossible date in the
 * address is shown as a field error under its input. Screenshots under
 * {@code target/browser/date}.
 */
@BrowserShots("date")
class DateInputBrowserTest extends BrowserTestSupport {

	static final String PASSWORD = "mat-khau-ngay";

	@Autowired
	JdbcClient jdbc;

	String k;

	long province;

	@Override
	protected String browserLocale() {
		return "en-US";
	}

	@BeforeAll
	void data() {
		k = UUID.randomUUID().toString().substring(0, 8);
		province = units
			.create(new UnitService.NewUnit("NGAY-T-" + k, "Tỉnh Ngày " + k, null, "DIA_BAN", AdminLevel.PROVINCE, null,
					LocalDate.of(2000, 1, 1)))
			.id();
		accounts.create("date-officer-" + k, PASSWORD, "Cán bộ ngày", Role.ORG_OFFICER, List.of(province));
	}

	@BeforeEach
	void listen() {
		collectConsoleErrors(problems);
		collectUncaughtErrors(problems);
		login("date-officer-" + k, PASSWORD);
	}

	@Test
	void theAsOfViewReadsDayMonthYearInAnEnglishBrowser() {
		page.navigate(url("/career/asof"));
		Locator date = page.locator("input[name=date]");
		assertThat(date).hasAttribute("type", "text");
		assertThat(date).hasAttribute("placeholder", "dd/mm/yyyy");
		date.fill("");
		date.pressSequentially("07122026");
		assertThat(date).hasValue("07/12/2026");
		page.locator("form[action$='/career/asof'] button").click();
		page.waitForURL(Pattern.compile(".*date=07%2F12%2F2026.*"));
		assertThat(page.locator("input[name=date]")).hasValue("07/12/2026");
		assertThat(page.locator(".is-invalid")).hasCount(0);
		shot("asof");
		assertThat(problems).isEmpty();
	}

	@Test
	void theDecisionFilterReadsDayMonthYearInAnEnglishBrowser() {
		page.navigate(url("/career/decisions"));
		page.fill("input[name=from]", "1/12/2026");
		page.locator("input[name=from]").blur();
		// completed on leaving the field
		assertThat(page.locator("input[name=from]")).hasValue("01/12/2026");
		page.locator("input[name=to]").pressSequentially("07122026");
		page.locator("input[name=to]").press("Enter");
		page.waitForURL(Pattern.compile(".*to=07%2F12%2F2026.*"));
		assertThat(page.locator("input[name=from]")).hasValue("01/12/2026");
		assertThat(page.locator("input[name=to]")).hasValue("07/12/2026");
		assertThat(page.locator(".is-invalid")).hasCount(0);
		shot("decisions");
		assertThat(problems).isEmpty();
	}

	@Test
	void aFormSavesTheDayTypedDayMonthYear() {
		page.navigate(url("/targets/new"));
		String code = "NGAY-" + k;
		page.fill("input[name=code]", code);
		page.fill("input[name=title]", "Chương trình ngày " + k);
		page.locator("#picker-unitId").pressSequentially("Tỉnh Ngày " + k);
		page.locator("#picker-unitId-menu [data-picker-id='" + province + "']").click();
		page.fill("input[name=periodFrom]", "");
		page.locator("input[name=periodFrom]").pressSequentially("07122026");
		page.fill("input[name=periodTo]", "");
		page.locator("input[name=periodTo]").pressSequentially("31122030");
		assertThat(page.locator("input[name=periodFrom]")).hasValue("07/12/2026");
		shot("programme-form");
		page.locator("form[action$='/targets'] button").click();
		page.waitForURL(Pattern.compile(".*/targets/\\d+$"));
		LocalDate from = jdbc.sql("select period_from from target_programme where code = :c")
			.param("c", code)
			.query(LocalDate.class)
			.single();
		assertThat(from).isEqualTo(LocalDate.of(2026, 12, 7));
		assertThat(problems).isEmpty();
	}

	@Test
	void anImpossibleDateIsMarkedUnderItsInput() {
		// the script refuses it before sending
		page.navigate(url("/career/asof"));
		page.fill("input[name=date]", "31/02/2026");
		page.locator("input[name=date]").blur();
		assertThat((Boolean) page.evaluate("() => document.querySelector('input[name=date]').checkValidity()"))
			.isFalse();
		// and the server answers a field error when it gets one all the same
		page.navigate(url("/career/asof?date=31/02/2026"));
		Locator date = page.locator("input[name=date]");
		assertThat(date).hasClass(Pattern.compile(".*is-invalid.*"));
		assertThat(date).hasValue("31/02/2026");
		assertThat(page.locator("[data-date-feedback=date]")).containsText("Ngày không hợp lệ: 31/02/2026");
		shot("asof-invalid");
		assertThat(problems).isEmpty();
	}

}

package vn.canbo.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.canbo.org.AdminLevel;
import vn.canbo.people.PeopleTestData;
import vn.canbo.security.Role;
import vn.canbo.shared.Scope;

/**
 * Issue 20, point 2: every main page runs under the Content-Security-Policy
 * ({@code script-src 'self'}) without a console error or a CSP violation, and the four
 * behaviours that inline scripts used to give work from the static scripts: the unit
 * tree's expander loads the children once, "In" prints, "Hủy" closes a history form, and
 * the import preview shows its table as soon as the job has read the file. A screenshot
 * of every page is kept under {@code target/browser/csp}.
 */
@BrowserShots("csp")
class CspBrowserTest extends BrowserTestSupport {

	static final String PASSWORD = "mat-khau-csp";

	@Autowired
	JdbcClient jdbc;

	String k;

	long province;

	long commune;

	String communeCode;

	long person;

	@BeforeAll
	void data() {
		k = UUID.randomUUID().toString().substring(0, 8);
		province = unit("CSP-T-" + k, "Tỉnh Kịch Bản " + k, "DIA_BAN", AdminLevel.PROVINCE, null);
		communeCode = "CSP-X-" + k;
		commune = unit(communeCode, "UBND xã Chínhsách " + k, "UBND", AdminLevel.COMMUNE, province);
		person = people
			.create(PeopleTestData.newPerson("Phạm Văn Kịchbản", PeopleTestData.nationalId(), commune), Scope.all())
			.id();
		officer("csp-officer-" + k, PASSWORD, province);
		accounts.create("csp-auditor-" + k, PASSWORD, "Kiểm tra", Role.AUDITOR, List.of(province));
		accounts.create("csp-admin-" + k, PASSWORD, "Quản trị", Role.ADMIN, List.of(province));
	}

	@BeforeEach
	void listen() {
		// a CSP violation is also reported as an event: make it a console error
		reportCspViolations();
		collectConsoleErrors(problems);
		collectUncaughtErrors(problems);
	}

	@Test
	void everyMainPageRunsWithoutAConsoleErrorOrCspViolation() {
		login("csp-officer-" + k, PASSWORD);
		long job = uploadWithAnError();
		for (String path : List.of("/", "/units", "/units/" + commune, "/persons", "/persons/" + person,
				"/persons/" + person + "/edit", "/imports", "/imports/" + job, "/career/decisions", "/career/alerts",
				"/career/movements", "/career/asof", "/reports", "/reports/pivot", "/rules", "/catalogs",
				"/documents/templates", "/account", "/career/early-raises?year=2025&unitId=" + commune,
				"/units/" + commune + "/collective-awards")) {
			visit(path);
		}
		// the dossier with a history add-form open
		visit("/persons/" + person);
		page.locator("button[hx-get*='/h/'][hx-get*='/new']:visible").first().click();
		assertThat(page.locator("form[hx-post*='/h/']")).hasCount(1);
		shot("dossier-add-form");
		relogin("csp-auditor-" + k);
		visit("/audit");
		relogin("csp-admin-" + k);
		visit("/admin/users");
		assertThat(problems).isEmpty();
	}

	@Test
	void theUnitTreeExpanderLoadsTheChildrenOnce() {
		login("csp-officer-" + k, PASSWORD);
		visit("/units");
		var expander = page.locator("#unit-" + province + " button[hx-get]");
		assertThat(expander).hasCount(1);
		expander.click();
		assertThat(page.locator("#unit-" + commune)).hasCount(1);
		// gone once the children are in: a second click cannot add them again
		assertThat(expander).hasCount(0);
		page.waitForTimeout(300);
		assertThat(page.locator("#unit-" + commune)).hasCount(1);
		shot("units-expanded");
		assertThat(problems).isEmpty();
	}

	@Test
	void printCallsWindowPrintOnTheListAndTheDossier() {
		login("csp-officer-" + k, PASSWORD);
		for (String path : List.of("/persons", "/persons/" + person)) {
			visit(path);
			page.evaluate("() => { window.__printed = 0; window.print = function () { window.__printed++; }; }");
			page.locator("[data-print]").first().click();
			assertThat(((Number) page.evaluate("() => window.__printed")).intValue()).as(path).isEqualTo(1);
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void cancelClosesAHistoryForm() {
		login("csp-officer-" + k, PASSWORD);
		visit("/persons/" + person);
		var add = page.locator("button[hx-get*='/h/'][hx-get*='/new']:visible");
		assertThat(add.first()).isVisible();
		add.first().click();
		var form = page.locator("form[hx-post*='/h/']");
		assertThat(form).hasCount(1);
		form.locator("button[type=button]")
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Hủy"))
			.click();
		assertThat(form).hasCount(0);
		// and again: a second form opens and closes too
		add.first().click();
		assertThat(form).hasCount(1);
		form.locator("[data-remove-form]").click();
		assertThat(form).hasCount(0);
		assertThat(problems).isEmpty();
	}

	@Test
	void theImportPreviewShowsItsTableOnceTheJobHasReadTheFile() {
		login("csp-officer-" + k, PASSWORD);
		long job = uploadWithAnError();
		// as if the file were still being read when the page opened
		jdbc.sql("update import_job set status = 'READING' where id = :id").param("id", job).update();
		try {
			visit("/imports/" + job);
			assertThat(page.locator("#status [data-finished]")).hasCount(0);
			assertThat(page.locator("table.table-striped")).hasCount(0);
		}
		finally {
			jdbc.sql("update import_job set status = 'READY' where id = :id").param("id", job).update();
		}
		// the next poll finds it finished: the page reloads itself and shows the errors
		// and
		// the commit form
		assertThat(page.locator("table.table-striped")).isVisible();
		assertThat(page.locator("form[action$='/commit']")).isVisible();
		assertThat(page.locator("form[action$='/commit'] h2")).hasText("Xác nhận nhập");
		shot("import-preview");
		assertThat(problems).isEmpty();
	}

	@Test
	void deletingADossierStillAsksFirstAndDismissingKeepsIt() {
		login("csp-officer-" + k, PASSWORD);
		visit("/persons/" + person);
		page.locator("[data-bs-target='#delete-box']").click();
		page.fill("#reason", "Thử hủy xóa");
		List<String> asked = new ArrayList<>();
		page.onceDialog(d -> {
			asked.add(d.message());
			d.dismiss();
		});
		page.locator("#delete-box button[type=submit]").click();
		// the question comes as an event: wait for it (up to 30 s), not a fixed half
		// second
		page.waitForCondition(() -> !asked.isEmpty());
		page.waitForTimeout(300); // a second question would come at once
		assertThat(asked).hasSize(1);
		assertThat(asked.get(0)).isNotBlank();
		assertThat(page).hasURL(Pattern.compile(".*/persons/" + person + "$"));
		visit("/persons/" + person);
		assertThat(problems).isEmpty();
	}

	/** Uploads a file of two rows, one with an impossible birth date; waits for READY. */
	private long uploadWithAnError() {
		String csv = "Mã đơn vị công tác;Họ và tên khai sinh;Giới tính;Sinh ngày;Đối tượng;Chức vụ (ghi cụ thể);"
				+ "Giữ chức vụ từ ngày;Số CCCD\r\n" + communeCode + ";Lê Thị Hợplệ;Nữ;5/7/1990;Viên chức;Giáo viên;"
				+ "01/09/2015;" + PeopleTestData.nationalId() + "\r\n" + communeCode
				+ ";Lê Văn Sai;Nam;31/02/1990;Viên chức;Giáo viên;01/09/2015;" + PeopleTestData.nationalId() + "\r\n";
		page.navigate(url("/imports"));
		page.selectOption("#template", "PERSONS");
		page.setInputFiles("#file", new FilePayload("csp.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		page.locator("form[action$='/imports'] button[type=submit]").click();
		page.waitForURL(Pattern.compile(".*/imports/\\d+$"));
		Matcher m = Pattern.compile("/imports/(\\d+)$").matcher(page.url());
		assertThat(m.find()).isTrue();
		long id = Long.parseLong(m.group(1));
		assertThat(page.locator("#status [data-finished]")).hasCount(1,
				new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(30_000));
		return id;
	}

	private void visit(String path) {
		Response r = page.navigate(url(path));
		assertThat(r.status()).as(path).isLessThan(400);
		page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
		shot(path.equals("/") ? "home" : path.substring(1).replace('/', '_'));
	}

	private void relogin(String username) {
		page.navigate(url("/"));
		page.locator("form[action$='/logout'] button").click();
		login(username, PASSWORD);
	}

}

package vn.canbo.web.suite;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The suite, as the organisation officer: login (a wrong password, then the right one)
 * and the dashboard; search without diacritics; the dossier, an edit refused with its
 * errors in Vietnamese and the form kept, then a correct save; every download the list
 * and the dossier offer.
 */
class DossierSuiteTest extends SuiteSupport {

	@Test
	void loginThenDashboard() {
		role = SuiteRole.OFFICER;
		page.navigate(url("/login"));
		step("login");
		page.fill("#username", loc.username(SuiteRole.OFFICER));
		page.fill("#password", "sai-mat-khau");
		page.click("button[type=submit]");
		assertThat(page.locator(".alert-danger")).hasText("Tên đăng nhập hoặc mật khẩu không đúng");
		step("login-wrong-password");
		page.fill("#username", loc.username(SuiteRole.OFFICER));
		page.fill("#password", Locality.PASSWORD);
		page.click("button[type=submit]");
		page.waitForURL(url("/"));
		settle();
		assertThat(page.locator("h1")).hasText("Hệ thống quản lý cán bộ");
		assertThat(page.locator("#key-figures")).isVisible();
		// the dashboard of the officer's province: its four dossiers in post (and the
		// merge's two)
		assertThat(page.locator("#key-figures")).containsText("Tổng số");
		assertThat(page.locator("canvas").first()).isVisible();
		step("dashboard");
		docs("dashboard");
	}

	@Test
	void searchWithoutDiacritics() {
		as(SuiteRole.OFFICER);
		visit("/persons", "persons");
		page.fill("#q", "nguyen van");
		assertThat(page.locator("#results")).containsText("Nguyễn Văn Bình");
		assertThat(page.locator("#results")).containsText("Nguyễn Văn Cường");
		// never someone outside the scope
		assertThat(page.locator("#results")).not().containsText("Nguyễn Văn Ngoài");
		settle();
		step("search-nguyen-van");
		page.fill("#q", "dong");
		assertThat(page.locator("#results")).containsText("Trần Thị Đông");
		assertThat(page.locator("#results")).not().containsText("Nguyễn Văn Bình");
		settle();
		step("search-dong");
		page.locator("#results").getByText("Trần Thị Đông").click();
		page.waitForURL(Pattern.compile(".*/persons/" + loc.dong + "(\\?.*)?$"));
		settle();
		assertThat(page.locator("article.form-2c")).containsText("TRẦN THỊ ĐÔNG");
		step("search-opens-dossier");
	}

	@Test
	void dossierAndAnEditWithErrorsThenACorrectSave() {
		as(SuiteRole.OFFICER);
		visit("/persons/" + loc.binh, "dossier");
		assertThat(page.locator("article.form-2c")).containsText("NGUYỄN VĂN BÌNH");
		docs("dossier");
		link("Sửa hồ sơ").first().click();
		page.waitForURL(Pattern.compile(".*/persons/" + loc.binh + "/edit$"));
		settle();
		step("edit");
		page.fill("[name=birthDate]", "31/02/1980");
		page.fill("[name=currentAddress]", "Thôn Tây, xã Hòa An");
		submit(page.locator("main form.form-2c button[type=submit]"));
		assertThat(page.locator(".alert-danger")).containsText("Chưa lưu được");
		assertThat(page.locator("[name=birthDate]")).hasClass(Pattern.compile("is-invalid"));
		// the form is kept as typed
		assertThat(page.locator("[name=birthDate]")).hasValue("31/02/1980");
		assertThat(page.locator("[name=currentAddress]")).hasValue("Thôn Tây, xã Hòa An");
		step("edit-errors");
		page.fill("[name=birthDate]", "17/05/1980");
		submit(page.locator("main form.form-2c button[type=submit]"));
		page.waitForURL(Pattern.compile(".*/persons/" + loc.binh + "(\\?.*)?$"));
		settle();
		assertThat(page.locator("article.form-2c")).containsText("Thôn Tây, xã Hòa An");
		step("edit-saved");
	}

	/**
	 * Issue 20 point 8: a bad date and an 11-digit CCCD are both reported by the first
	 * save.
	 */
	@Test
	void everyErrorOfTheFormAtOnce() {
		as(SuiteRole.OFFICER);
		visit("/persons/" + loc.dong + "/edit", "edit-two-errors");
		page.fill("[name=birthDate]", "31/02/1980");
		page.fill("[name=nationalId]", "00108012345");
		submit(page.locator("main form.form-2c button[type=submit]"));
		step("edit-two-errors-shown");
		assertThat(page.locator("[name=birthDate]")).hasClass(Pattern.compile("is-invalid"));
		assertThat(page.locator("[name=nationalId]")).hasClass(Pattern.compile("is-invalid"));
	}

	@Test
	void everyDownloadOfTheListAndTheDossier() {
		as(SuiteRole.OFFICER);
		visit("/persons", "list-for-export");
		download(link("Xuất Excel").first(), Kind.ZIP, "list-excel");
		visit("/persons/" + loc.binh, "dossier-for-downloads");
		byte[] docx = download(page.locator("a[href*='/cv.docx']").first(), Kind.ZIP, "cv-docx");
		byte[] pdf = download(page.locator("a[href*='/cv.pdf']").first(), Kind.PDF, "cv-pdf");
		assertThat(docx.length).isGreaterThan(1000);
		assertThat(pdf.length).isGreaterThan(1000);
		visit("/career/decisions", "decisions-for-export");
		download(link("Xuất Excel").first(), Kind.ZIP, "decisions-excel");
		visit("/career/alerts", "alerts-for-export");
		download(link("Xuất Excel").first(), Kind.ZIP, "alerts-excel");
	}

}

package vn.canbo.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.people.PeopleTestData;
import vn.canbo.security.Role;
import vn.canbo.shared.Scope;

/**
 * Issue 20, point 12: after switching to English ({@code ?lang=en}) every main page (the
 * list of {@link CspBrowserTest}) says {@code <html lang="en">} and its own words are
 * English.
 * <p>
 * The rule, chosen so that data never counts and the page's words always do: the test's
 * own units and person have names without diacritics, and the text checked is that of the
 * elements a page writes itself — the title, headings, labels, buttons, table headers,
 * navigation, badges, alerts, help texts, and the placeholder and title attributes — not
 * table cells, links to records or list options, which hold the names of persons, units
 * and catalog items of the shared test database, nor words «quoted» from a Vietnamese
 * document (the decision form's help names the clauses it prints). A Vietnamese letter
 * (ă, â, đ, ê, ô, ơ, ư or a tone mark) left in that text is a word that did not come from
 * the English bundle. Before this change the dashboard's cards, the statuses and several
 * labels stayed Vietnamese, and {@code <html>} of the pages had no {@code lang}.
 * Screenshots under {@code target/browser/english}.
 */
@BrowserShots("english")
class EnglishPagesBrowserTest extends BrowserTestSupport {

	static final String PASSWORD = "mat-khau-en";

	/**
	 * Vietnamese letters: with a breve, circumflex, horn or stroke, or a tone mark, in
	 * either case (CHỦ TỊCH).
	 */
	static final String VIETNAMESE = "[ăâđêôơưĂÂĐÊÔƠƯ\\u0300-\\u0323àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
			+ "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]";

	/** The text a page writes itself (see the class comment), one string per element. */
	static final String OWN_TEXT = "(re) => { const out = [];"
			+ " const sel = 'h1,h2,h3,h4,h5,h6,label,button,th,legend,.nav-link,.dropdown-item,.navbar-text,.badge,"
			+ ".alert,.form-text,.card-title,.card-header,.breadcrumb-item,caption,summary';"
			+ " const skip = (e) => e.closest('td, option, [data-i18n-data]');"
			+ " const quoted = (t) => t.replace(/«[^»]*»/g, '');"
			+ " document.querySelectorAll(sel).forEach(e => { if (skip(e) || !e.offsetParent && e.tagName !== 'OPTION') return;"
			+ "  const own = Array.from(e.childNodes).filter(n => n.nodeType === 3 || !n.matches('a[href]')).map(n => n.textContent).join(' ');"
			+ "  if (new RegExp(re).test(quoted(own))) out.push(e.tagName.toLowerCase() + ': ' + own.trim().replace(/\\s+/g, ' ')); });"
			+ " document.querySelectorAll('[placeholder],[title]').forEach(e => { if (skip(e)) return;"
			+ "  ['placeholder','title'].forEach(a => { const v = e.getAttribute(a); if (v && new RegExp(re).test(quoted(v))) out.push('@' + a + ': ' + v); }); });"
			+ " if (new RegExp(re).test(document.title.replace(/^.* — /, ''))) out.push('title: ' + document.title);"
			+ " return out; }";

	String k;

	long province;

	long commune;

	String communeCode;

	long person;

	@BeforeAll
	void data() {
		k = UUID.randomUUID().toString().substring(0, 8);
		LocalDate founded = LocalDate.of(2000, 1, 1);
		province = unit("EN-T-" + k, "Province English " + k, "DIA_BAN", AdminLevel.PROVINCE, null);
		commune = units
			.create(new UnitService.NewUnit(communeCode = "EN-X-" + k, "Commune English " + k, null, "UBND",
					AdminLevel.COMMUNE, province, founded))
			.id();
		person = people
			.create(PeopleTestData.newPerson("Pham Van Englishtest", PeopleTestData.nationalId(), commune), Scope.all())
			.id();
		accounts.create("en-officer-" + k, PASSWORD, "Officer", Role.ORG_OFFICER, List.of(province));
		accounts.create("en-auditor-" + k, PASSWORD, "Auditor", Role.AUDITOR, List.of(province));
		accounts.create("en-admin-" + k, PASSWORD, "Admin", Role.ADMIN, List.of(province));
	}

	@Test
	void everyMainPageSpeaksEnglish() {
		List<String> found = new ArrayList<>();
		login("en-officer-" + k, PASSWORD);
		page.navigate(url("/?lang=en"));
		for (String path : List.of("/", "/units", "/units/" + commune, "/persons", "/persons/" + person,
				"/persons/" + person + "/edit", "/imports", "/career/decisions", "/career/alerts", "/career/movements",
				"/career/asof", "/reports", "/reports/standard/NOI_VU_SLCL", "/reports/standard/DANG_THONG_KE",
				"/reports/pivot", "/rules", "/rules/alerts.window_days", "/catalogs", "/documents/templates",
				"/account")) {
			check(path, found);
		}
		// an import started on an English page: its row messages are English, and its
		// heading names the template in English
		long job = uploadWithAnError();
		page.navigate(url("/imports/" + job));
		String heading = page.locator("main h1").innerText();
		if (!heading.contains("List of cadres (2C curriculum vitae)")) {
			found.add("/imports/" + job + " → heading: " + heading);
		}
		@SuppressWarnings("unchecked")
		List<String> messages = (List<String>) page
			.evaluate("() => Array.from(document.querySelectorAll('table.table-striped tbody td:nth-child(5)'))"
					+ ".map(td => td.innerText)");
		assertThat(messages).isNotEmpty();
		messages.stream()
			// «Sinh ngày» quotes the file's own column header, Vietnamese by design
			.filter(t -> java.util.regex.Pattern.compile(VIETNAMESE).matcher(t.replaceAll("«[^»]*»", "")).find())
			.forEach(t -> found.add("/imports/" + job + " → message: " + t));
		relogin("en-auditor-" + k);
		check("/audit", found);
		relogin("en-admin-" + k);
		check("/admin/users", found);
		assertThat(found).isEmpty();
	}

	private void check(String path, List<String> found) {
		Response r = page.navigate(url(path));
		assertThat(r.status()).as(path).isLessThan(400);
		page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
		assertThat(page.getAttribute("html", "lang")).as(path).isEqualTo("en");
		// numbers in the English format: 17.07%, never 17,07%
		String body = (String) page.evaluate("() => document.body.innerText");
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d,\\d{1,2}%").matcher(body);
		while (m.find()) {
			found.add(path + " → number: " + m.group());
		}
		@SuppressWarnings("unchecked")
		List<String> own = (List<String>) page.evaluate(OWN_TEXT, VIETNAMESE);
		own.forEach(t -> found.add(path + " → " + t));
		page.screenshot(new Page.ScreenshotOptions()
			.setPath(shots().resolve((path.equals("/") ? "home" : path.substring(1).replace('/', '_')) + ".png"))
			.setFullPage(true));
	}

	/** Uploads two rows, one with an impossible birth date; waits for READY. */
	private long uploadWithAnError() {
		String csv = "Mã đơn vị công tác;Họ và tên khai sinh;Giới tính;Sinh ngày;Đối tượng;Chức vụ (ghi cụ thể);"
				+ "Giữ chức vụ từ ngày;Số CCCD\r\n" + communeCode + ";Le Thi Hople;Nữ;5/7/1990;Viên chức;Giáo viên;"
				+ "01/09/2015;" + PeopleTestData.nationalId() + "\r\n" + communeCode
				+ ";Le Van Sai;Nam;31/02/1990;Viên chức;Giáo viên;01/09/2015;" + PeopleTestData.nationalId() + "\r\n";
		page.navigate(url("/imports"));
		page.selectOption("#template", "PERSONS");
		page.setInputFiles("#file", new com.microsoft.playwright.options.FilePayload("en.csv", "text/csv",
				csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		page.locator("form[action$='/imports'] button[type=submit]").click();
		page.waitForURL(java.util.regex.Pattern.compile(".*/imports/\\d+$"));
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("/imports/(\\d+)$").matcher(page.url());
		assertThat(m.find()).isTrue();
		com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#status [data-finished]"))
			.hasCount(1,
					new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(30_000));
		return Long.parseLong(m.group(1));
	}

	private void relogin(String username) {
		page.navigate(url("/"));
		page.locator("form[action$='/logout'] button").click();
		login(username, PASSWORD);
		page.navigate(url("/?lang=en"));
	}

}

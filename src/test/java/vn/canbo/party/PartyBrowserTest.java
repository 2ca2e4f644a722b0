package vn.canbo.party;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.canbo.security.Role;
import vn.canbo.security.UserAccounts;
import vn.canbo.shared.Scope;
import vn.canbo.web.BrowserTestSupport;

/**
 * The party pages in Chromium, signed in through the login page as commune A's officer:
 * the organisation tree, the member search without diacritics, a member's record, the
 * pipeline board and a candidate's rule outcomes, in Vietnamese then English; no console
 * error, CSP violation or failed request; a full-page screenshot of each under
 * {@code target/browser/party/}.
 */
class PartyBrowserTest extends BrowserTestSupport {

	static final Path SHOTS = Path.of("target/browser/party");

	@Autowired
	PartyFixture fx;

	@Autowired
	Admissions admissions;

	@Autowired
	UserAccounts accounts;

	@Test
	void thePartyPagesShowWithoutAProblem() {
		PartyFixture.Tree t = fx.tree();
		PartyMember m = fx.member("Nguyễn Văn Đảng", t.cellA().id(), LocalDate.of(2008, 3, 3),
				LocalDate.of(2008, 3, 26), LocalDate.of(2009, 3, 26));
		Candidate c = fx.candidate("Lê Thị Ưu Tú", LocalDate.of(2001, 7, 7), t.cellA().id(), LocalDate.of(2025, 3, 1),
				LocalDate.of(2026, 8, 3));
		admissions.admit(c.id(), new Candidate.Decision("90-QĐ/ĐU", LocalDate.of(2026, 8, 5), "Đảng ủy xã", null, null),
				Scope.all());
		fx.candidate("Trần Văn Chờ", LocalDate.of(2000, 1, 1), t.cellA().id(), LocalDate.of(2025, 3, 1),
				LocalDate.of(2026, 8, 3));
		String user = "dang-" + t.a().id();
		accounts.create(user, "mat-khau-dang", "Cán bộ Tổ chức Đảng", Role.ORG_OFFICER, List.of(t.a().id()));
		List<String> problems = new ArrayList<>();
		collectProblems(problems);
		login(user, "mat-khau-dang");
		for (String lang : List.of("", "lang=en")) {
			String q = lang.isEmpty() ? "" : "?" + lang;
			String amp = lang.isEmpty() ? "" : "&" + lang;
			shot("/party" + q, "tree" + lang);
			assertThat(page.locator("tr[data-org]").count()).isEqualTo(2);
			shot("/party/members?q=nguyen+van+dang" + amp, "members" + lang);
			assertThat(page.locator("tr[data-member]").count()).isEqualTo(1);
			page.click("tr[data-member] a");
			page.waitForLoadState();
			assertThat(page.url()).endsWith("/party/members/" + m.id());
			shot("/party/members/" + m.id() + q, "member" + lang);
			shot("/party/board?date=10/08/2026" + amp, "board" + lang);
			assertThat(page.locator("tr[data-kind=CEREMONY_DUE]").count()).isEqualTo(1);
			shot("/party/candidates/" + c.id() + q, "candidate" + lang);
			// party3: the names of an organisation, the plans with their edit forms, the
			// arrivals
			shot("/party/orgs/" + t.cellA().id() + "/names" + q, "names" + lang);
			assertThat(page.locator("tr[data-name-version]").count()).isEqualTo(1);
			shot("/party/plans" + q, "plans" + lang);
			shot("/party/arrivals" + q, "arrivals" + lang);
			assertThat(page.locator("[data-arrival-form]").count()).isEqualTo(1);
		}
		assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
		assertThat(problems).isEmpty();
	}

	/**
	 * Issue 18 (party1): the forms in Chromium — a candidate registered with an
	 * unreadable date and missing fields shows every error at once, then is saved; a
	 * member's record loads its life section (htmx) whose transfer form shows its errors;
	 * no console error, CSP violation or failed request.
	 */
	@Test
	void theFormsShowEveryErrorThenSave() {
		PartyFixture.Tree t = fx.tree();
		PartyMember m = fx.member("Phùng Văn Trình", t.cellA().id(), LocalDate.of(2008, 3, 3),
				LocalDate.of(2008, 3, 26), LocalDate.of(2009, 3, 26));
		String user = "dangf-" + t.a().id();
		accounts.create(user, "mat-khau-dang", "Cán bộ Tổ chức Đảng", Role.ORG_OFFICER, List.of(t.a().id()));
		collectProblems(problems);
		login(user, "mat-khau-dang");
		page.navigate(url("/party/candidates/new"));
		page.fill("#f-birthDate", "31/02/2001");
		page.fill("#f-registeredOn", "01/03/2025");
		page.click("[data-submit]");
		page.waitForLoadState();
		assertThat(page.locator("[data-error-for=birthDate]").textContent()).contains("31/02/2001");
		assertThat(page.locator("[data-error-for=orgId]").count()).isEqualTo(1);
		assertThat(page.locator("[data-error-for=fullName]").count()).isEqualTo(1);
		page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("form-errors.png")).setFullPage(true));
		page.selectOption("#f-orgId", String.valueOf(t.cellA().id()));
		page.fill("#f-fullName", "Đinh Thị Trình Duyệt");
		page.selectOption("#f-gender", "FEMALE");
		page.fill("#f-birthDate", "05/06/2001");
		page.selectOption("#f-source", "RESIDENTIAL");
		page.click("[data-submit]");
		page.waitForURL(java.util.regex.Pattern.compile(".*/party/candidates/\\d+$"));
		assertThat(page.locator("[data-action=class]").count()).isEqualTo(1);
		page.navigate(url("/party/members/" + m.id()));
		page.locator("[data-life] [data-action=transfer]").waitFor();
		page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("member-life.png")).setFullPage(true));
		page.click("[data-action=transfer]");
		page.waitForLoadState();
		page.click("[data-submit]");
		page.waitForLoadState();
		assertThat(page.locator("[data-error-for=kind]").count()).isEqualTo(1);
		page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("transfer-errors.png")).setFullPage(true));
		assertThat(problems).isEmpty();
	}

	private void shot(String path, String name) {
		page.navigate(url(path));
		page.waitForLoadState();
		assertThat(page.content()).doesNotContain("??");
		page.screenshot(
				new Page.ScreenshotOptions().setPath(SHOTS.resolve(name.replace("=", "-") + ".png")).setFullPage(true));
	}

}

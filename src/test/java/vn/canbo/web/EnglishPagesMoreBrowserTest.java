package vn.canbo.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.canbo.career.DecisionDraft;
import vn.canbo.career.DecisionService;
import vn.canbo.career.DecisionSubject;
import vn.canbo.career.DecisionType;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.people.PeopleTestData;
import vn.canbo.security.Role;
import vn.canbo.shared.Scope;

/**
 * Issue 20 point 12, the pages added on the day of {@link EnglishPagesBrowserTest}: in
 * English ({@code ?lang=en}) the restructuring preview (posted from a unit page's merge
 * form), the decision form with its signing block, an issued decision with its effects,
 * the dossier with the photo form, the CCCD warning box of the person form, the pickers'
 * menus, the user form with its scope picker, the holidays of 2026 (and the computed
 * defaults of a year not recorded), the ranks' pay coefficients, the import page's
 * template names and the pivot chart's numbers say nothing in Vietnamese and write
 * numbers the English way. The same rule as {@link EnglishPagesBrowserTest} (the page's
 * own words, not the data). Screenshots under {@code target/browser/english-more}.
 */
@BrowserShots("english-more")
class EnglishPagesMoreBrowserTest extends BrowserTestSupport {

	static final String PASSWORD = "mat-khau-en2";

	@Autowired
	DecisionService decisions;

	String k;

	long province;

	long commune;

	long other;

	long person;

	long decision;

	@BeforeAll
	void data() {
		k = UUID.randomUUID().toString().substring(0, 8);
		LocalDate founded = LocalDate.of(2000, 1, 1);
		province = units
			.create(new UnitService.NewUnit("EM-T-" + k, "Province Moreenglish " + k, null, "DIA_BAN",
					AdminLevel.PROVINCE, null, founded))
			.id();
		commune = units
			.create(new UnitService.NewUnit("EM-X-" + k, "Commune Moreenglish " + k, null, "DIA_BAN",
					AdminLevel.COMMUNE, province, founded))
			.id();
		other = units
			.create(new UnitService.NewUnit("EM-Y-" + k, "Commune Otherenglish " + k, null, "DIA_BAN",
					AdminLevel.COMMUNE, province, founded))
			.id();
		long body = units
			.create(new UnitService.NewUnit("EM-U-" + k, "People Committee Moreenglish " + k, null, "UBND",
					AdminLevel.COMMUNE, commune, founded))
			.id();
		person = people
			.create(PeopleTestData.newPerson("Pham Van Moreenglish", PeopleTestData.nationalId(), body), Scope.all())
			.id();
		decision = decisions.create(
				DecisionDraft.of(DecisionType.ASSIGNMENT, k + "/QD-UBND", LocalDate.of(2026, 1, 5), "People Committee",
						LocalDate.of(2026, 2, 1), List.of(DecisionSubject.post(person, body, "CAN_SU", null))),
				Scope.all())
			.id();
		decisions.issue(decision, "English test", Scope.all());
		accounts.create("em-officer-" + k, PASSWORD, "Officer", Role.ORG_OFFICER, List.of(province));
		accounts.create("em-admin-" + k, PASSWORD, "Admin", Role.ADMIN, List.of(province));
	}

	@Test
	void theDaysNewPagesSpeakEnglish() {
		List<String> found = new ArrayList<>();
		login("em-officer-" + k, PASSWORD);
		page.navigate(url("/?lang=en"));

		// the restructuring preview, posted from the unit page's merge form
		page.navigate(url("/units/" + commune));
		page.click("button[data-bs-target='#f-merge']");
		var form = page.locator("#f-merge form");
		form.locator("#other-" + other).check();
		form.locator("input[name=newCode]").fill("EM-M-" + k);
		form.locator("input[name=newName]").fill("Commune Mergedenglish " + k);
		form.locator("input[name=effectiveDate]").fill("01/07/2026");
		form.locator("button[type=submit]").click();
		page.waitForURL("**/merge/preview");
		check("restructuring preview", found);
		// the unit types by their English catalog names
		String type = page.locator("#plan-changes tr[data-unit='" + commune + "'] td").nth(1).innerText().strip();
		if (!type.equals("Administrative area")) {
			found.add("restructuring preview → unit type: " + type);
		}
		String asked = page.getAttribute("#plan-execute", "data-confirm");
		if (asked != null && Pattern.compile(EnglishPagesBrowserTest.VIETNAMESE).matcher(asked).find()) {
			found.add("restructuring preview → confirm: " + asked);
		}

		// the decision form with its signing block, and its person picker's menu
		open("/career/decisions/new?personId=" + person, found);
		// the chosen person's post by the catalog's English name
		Object chosen = page.evaluate("() => Array.from(document.querySelectorAll('[data-picker-input]'))"
				+ ".map(e => e.value).find(v => v.includes('Moreenglish'))");
		if (chosen == null || !chosen.toString().contains("Clerk, People Committee Moreenglish " + k)) {
			found.add("decision form → person picker: " + chosen);
		}
		menu("form [data-picker]:has([data-picker-input][placeholder]) [data-picker-input]", "zzqx" + k, found);
		// an issued decision with its effects
		open("/career/decisions/" + decision, found);
		// its effects name the post by the catalog's English name (Cán sự: Clerk)
		String effects = page.locator("h2:has-text('Dossier changes') + table").innerText();
		if (!effects.contains("Created: Clerk — People Committee Moreenglish " + k)) {
			found.add("decision → effects: " + effects);
		}
		// the dossier with its photo form
		open("/persons/" + person, found);
		assertThat(page.locator("form.photo-upload")).as("photo form").isNotNull();

		// the CCCD warning box of the person form (a man born in 1990 with a woman's
		// digit)
		page.navigate(url("/persons/new"));
		page.fill("#f-fullName", "Do Van Warningtest");
		page.selectOption("#f-gender", "MALE");
		page.fill("#f-birthDate", "17/05/1990");
		page.fill("#f-nationalId", "083390" + String.format("%06d", Math.abs(k.hashCode()) % 1_000_000));
		page.selectOption("#f-mainPosition-unitId", String.valueOf(commune));
		page.selectOption("#f-mainPosition-titleCode", "CHUYEN_VIEN");
		page.click("main form.form-2c button[type=submit]");
		page.waitForLoadState();
		com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#form-warnings")).isVisible();
		String warnings = page.locator("#form-warnings").innerText();
		if (Pattern.compile(EnglishPagesBrowserTest.VIETNAMESE).matcher(warnings).find()) {
			found.add("CCCD warning → " + warnings);
		}
		check("person form with warnings", found);

		// the import page names its templates in English
		open("/imports", found);
		@SuppressWarnings("unchecked")
		List<String> templates = (List<String>) page
			.evaluate("() => Array.from(document.querySelectorAll('#template option, .list-group-item span'))"
					+ ".map(e => e.textContent)");
		templates.stream()
			.filter(t -> Pattern.compile(EnglishPagesBrowserTest.VIETNAMESE).matcher(t).find())
			.forEach(t -> found.add("/imports → template: " + t));

		// the pivot chart formats its numbers in the page's language, not the browser's
		// (vi-VN)
		open("/reports/pivot?chart=bar", found);
		page.waitForFunction(
				"() => window.Chart && Chart.getChart(document.querySelector('canvas[data-chart]')) !== undefined");
		Object tick = page.evaluate("() => { const c = Chart.getChart(document.querySelector('canvas[data-chart]'));"
				+ " const s = Object.values(c.scales).find(x => x.type === 'linear');"
				+ " return Chart.Ticks.formatters.numeric.call(s, 1234.5, 0, [{ value: 1234.5 }, { value: 1300 }]); }");
		if (!"1,234.5".equals(tick)) {
			found.add("pivot chart → tick: " + tick);
		}

		// the ranks' pay coefficients written the English way: 2.34, never 2,34
		open("/catalogs/RANK", found);
		@SuppressWarnings("unchecked")
		List<String> coefficients = (List<String>) page
			.evaluate("() => Array.from(document.querySelectorAll('main table table tr:nth-child(2) td'))"
					+ ".map(td => td.innerText.trim())");
		assertThat(coefficients).as("rank coefficients").isNotEmpty();
		coefficients.stream()
			.filter(c -> !c.matches("\\d+\\.\\d{2}"))
			.limit(3)
			.forEach(c -> found.add("/catalogs/RANK → coefficient: " + c));

		// the user form with its scope picker, and the holidays, as the administrator
		page.navigate(url("/"));
		page.locator("form[action$='/logout'] button").click();
		login("em-admin-" + k, PASSWORD);
		page.navigate(url("/?lang=en"));
		open("/admin/users/new", found);
		menu("[data-picker-multi] [data-picker-input]", "zzqx" + k, found);
		open("/rules/holidays/2026", found);
		// a year nobody recorded shows the computed defaults, named in the page's
		// language
		open("/rules/holidays/2031", found);
		String newYear = page.locator("main table tbody tr:has(td:text-is('01/01/2031')) td").nth(1).innerText();
		if (!newYear.equals("New Year's Day")) {
			found.add("/rules/holidays/2031 → holiday: " + newYear);
		}
		assertThat(found).isEmpty();
	}

	private void open(String path, List<String> found) {
		com.microsoft.playwright.Response r = page.navigate(url(path));
		assertThat(r.status()).as(path).isLessThan(400);
		check(path, found);
	}

	/** Types a query matching nothing into a picker and checks its menu's words. */
	private void menu(String input, String query, List<String> found) {
		var box = page.locator(input).first();
		box.fill(query);
		var menu = page.locator("[data-picker-menu]:visible").first();
		com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(menu).isVisible();
		String text = menu.innerText();
		assertThat(text).as("picker menu").isNotBlank();
		if (Pattern.compile(EnglishPagesBrowserTest.VIETNAMESE).matcher(text).find()) {
			found.add(page.url() + " → picker menu: " + text);
		}
		shot(page.url().replaceAll(".*/", "") + "-picker");
		box.fill("");
	}

	private void check(String name, List<String> found) {
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.getAttribute("html", "lang")).as(name).isEqualTo("en");
		String body = (String) page.evaluate("() => document.body.innerText");
		java.util.regex.Matcher m = Pattern.compile("\\d,\\d{1,2}%").matcher(body);
		while (m.find()) {
			found.add(name + " → number: " + m.group());
		}
		@SuppressWarnings("unchecked")
		List<String> own = (List<String>) page.evaluate(EnglishPagesBrowserTest.OWN_TEXT,
				EnglishPagesBrowserTest.VIETNAMESE);
		own.forEach(t -> found.add(name + " → " + t));
		shot(name);
	}

	@Override
	protected void shot(String name) {
		page.screenshot(new Page.ScreenshotOptions()
			.setPath(shots().resolve(name.replaceAll("^/", "").replaceAll("[^A-Za-z0-9-]+", "_") + ".png"))
			.setFullPage(true));
	}

}

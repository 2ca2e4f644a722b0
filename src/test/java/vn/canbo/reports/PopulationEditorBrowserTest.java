package vn.canbo.reports;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.ObjectMapper;
import vn.canbo.web.BrowserShots;
import vn.canbo.web.BrowserTestSupport;

/**
 * Issue 14, point 1, in Chromium: an organisation officer builds a population with clicks
 * — a root chosen by name, a condition tree of two levels (a leaf, an OR group and a NOT
 * group, each with its own leaf) — sees the live count answer each change (the problem of
 * a condition without values, then the count, then a new count for another date), saves
 * it and opens it again. The tree is tautological for commune B (every gender, every
 * party status, nobody under contract), so the counts (5 on 30/06/2026, 6 on 01/07/2026)
 * hold whatever the engine does with it. No console error, CSP violation or failed
 * request; screenshots under {@code target/browser/population-editor}.
 */
@BrowserShots("population-editor")
class PopulationEditorBrowserTest extends BrowserTestSupport {

	static final String PASSWORD = "mat-khau-editor";

	@Autowired
	ObjectMapper json;

	KnownDataset data;

	String user;

	@BeforeAll
	void data() {
		data = new KnownDataset(units, people);
		user = "editor-officer-" + data.province.id();
		officer(user, PASSWORD, data.province.id());
	}

	@Test
	void aTreeBuiltWithClicksIsCountedLiveAndSaved() {
		List<String> problems = new ArrayList<>();
		collectProblems(problems);
		login(user, PASSWORD);
		page.navigate(url("/reports/populations/new"));
		page.fill("#name", "Xã Bình, cây hai tầng " + data.province.id());
		page.fill("#asOf", "30/06/2026");
		page.locator("#asOf").press("Tab");
		String commune = data.communeB.name();
		page.locator("#picker-rootUnitIds").pressSequentially(commune.substring(3)); // "Bình
																						// <k>"
		page.locator("#picker-rootUnitIds-menu [data-picker-id='" + data.communeB.id() + "']").click();
		Locator preview = page.locator("#population-preview");
		assertThat(preview.locator("[data-preview-count]")).hasText("Số người: 5 (ngày 30/06/2026)");
		assertThat(preview).containsText("Bình Một");

		Locator root = page.locator("[data-crit-editor] > [data-crit-group]");
		// a leaf without values: its problem is shown at once
		root.locator(":scope > .crit-head > [data-crit-add-leaf]").click();
		Locator gender = root.locator(":scope > [data-crit-children] > [data-crit-leaf]").nth(0);
		gender.locator("[data-crit-dim]").selectOption("GENDER");
		assertThat(preview.locator("[data-preview-errors]"))
			.containsText("Điều kiện 1 (Giới tính): chọn ít nhất một giá trị.");
		gender.locator("input[value=MALE]").check();
		gender.locator("input[value=FEMALE]").check();
		// second level: an OR group and a NOT group, a leaf in each
		root.locator(":scope > .crit-head > [data-crit-add-group]").click();
		Locator or = root.locator(":scope > [data-crit-children] > [data-crit-group]").nth(0);
		or.locator(":scope > .crit-head > [data-crit-op]").selectOption("OR");
		or.locator(":scope > .crit-head > [data-crit-add-leaf]").click();
		Locator party = or.locator("[data-crit-leaf]");
		party.locator("[data-crit-dim]").selectOption("PARTY");
		party.locator("input[value=YES]").check();
		party.locator("input[value=NO]").check();
		root.locator(":scope > .crit-head > [data-crit-add-group]").click();
		Locator not = root.locator(":scope > [data-crit-children] > [data-crit-group]").nth(1);
		not.locator(":scope > .crit-head > [data-crit-op]").selectOption("NOT");
		not.locator(":scope > .crit-head > [data-crit-add-leaf]").click();
		Locator category = not.locator("[data-crit-leaf]");
		category.locator("[data-crit-dim]").selectOption("CATEGORY");
		category.locator("input[value=CONTRACT]").check();
		// inside a "holds one position" group only position dimensions are offered
		or.locator(":scope > .crit-head > [data-crit-op]").selectOption("POSITION");
		assertThat(party.locator("[data-crit-dim] option[value=GENDER]")).isDisabled();
		assertThat(party.locator("[data-crit-dim] option[value=ADMIN_LEVEL]")).isEnabled();
		assertThat(preview.locator("[data-preview-errors]")).containsText("Điều kiện 2.1: trong nhóm");
		or.locator(":scope > .crit-head > [data-crit-op]").selectOption("OR");
		assertThat(preview.locator("[data-preview-count]")).hasText("Số người: 5 (ngày 30/06/2026)");
		Criterion expected = Criterion.and(Criterion.in("GENDER", List.of("MALE", "FEMALE")),
				Criterion.or(Criterion.in("PARTY", List.of("YES", "NO"))),
				Criterion.not(Criterion.in("CATEGORY", List.of("CONTRACT"))));
		assertThat(json.readValue(page.locator("[data-crit-json]").inputValue(), Criterion.class)).isEqualTo(expected);
		// another date: the count follows
		page.fill("#asOf", "01/07/2026");
		page.locator("#asOf").press("Tab");
		assertThat(preview.locator("[data-preview-count]")).hasText("Số người: 6 (ngày 01/07/2026)");
		assertThat(preview).containsText("Sắp Đến");
		shot("tree-and-count");

		page.locator("button[type=submit].btn-primary").click();
		page.waitForURL(Pattern.compile(".*/reports/pivot\\?pop=\\d+.*"));
		String id = page.url().replaceAll(".*pop=(\\d+).*", "$1");
		page.navigate(url("/reports/populations/" + id));
		assertThat(page.locator("#name")).hasValue("Xã Bình, cây hai tầng " + data.province.id());
		assertThat(page.locator("[data-picker-chip]")).containsText(commune);
		assertThat(preview.locator("[data-preview-count]")).hasText("Số người: 6 (ngày 01/07/2026)");
		assertThat(preview.locator("[data-preview-full]")).isVisible();
		shot("saved-and-reopened");
		assertThat(problems).isEmpty();
	}

}

package vn.canbo.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.canbo.org.AdminLevel;
import vn.canbo.people.PeopleTestData;
import vn.canbo.security.Role;
import vn.canbo.shared.Scope;

/**
 * Issue 20, point 6, in Chromium: the decision form's person and unit are chosen by name
 * (typed without diacritics, chosen with the keyboard or the mouse) and the hidden ids
 * carry the choice to the saved draft and its check; the reports' root unit is chosen the
 * same way and shown by name when the page comes back; the pivot's filter is a dimension
 * and a value from two selects. No console error, CSP violation or failed request;
 * screenshots under {@code target/browser/pickers}.
 */
@BrowserShots("pickers")
class PickerBrowserTest extends BrowserTestSupport {

	static final String PASSWORD = "mat-khau-picker";

	String k;

	long province;

	long commune;

	long person;

	long hoaBinh;

	@BeforeAll
	void data() {
		StringBuilder b = new StringBuilder();
		for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
			b.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
		}
		k = b.toString();
		province = unit("PKB-T-" + k, "Tỉnh Bộ Chọn " + k, "DIA_BAN", AdminLevel.PROVINCE, null);
		commune = unit("PKB-X-" + k, "Xã Đông Thạnh " + k, "DIA_BAN", AdminLevel.COMMUNE, province);
		long other = unit("PKB-X2-" + k, "Xã Hòa Bình " + k, "DIA_BAN", AdminLevel.COMMUNE, province);
		person = people
			.create(PeopleTestData.newPerson("Lê Văn Chọn " + k, PeopleTestData.nationalId(), other), Scope.all())
			.id();
		officer("picker-officer-" + k, PASSWORD, province);
		accounts.create("picker-admin-" + k, PASSWORD, "Quản trị", Role.ADMIN, List.of(province));
		hoaBinh = other;
	}

	@BeforeEach
	void listen() {
		collectProblems(problems);
	}

	@Test
	void theDecisionFormChoosesThePersonAndTheUnitByName() {
		login("picker-officer-" + k, PASSWORD);
		page.navigate(url("/career/decisions/new?type=TRANSFER"));
		Locator personBox = page.locator("#picker-subjects-0--personId");
		Locator personId = page.locator("input[type=hidden][name='subjects[0].personId']");
		// by keyboard: no diacritics, lower case, arrows and Enter
		personBox.pressSequentially("le van chon " + k);
		Locator personMenu = page.locator("#picker-subjects-0--personId-menu");
		assertThat(personMenu.locator("[data-picker-id='" + person + "']")).isVisible();
		shot("decision-person-matches");
		personBox.press("ArrowDown");
		personBox.press("ArrowUp");
		personBox.press("Enter");
		assertThat(personId).hasValue(String.valueOf(person));
		assertThat(personBox).hasValue(
				Pattern.compile("^Lê Văn Chọn " + k + " \\(1980\\) — Chuyên viên Văn phòng, Xã Hòa Bình " + k + "$"));
		assertThat(personMenu).isHidden();
		// Escape closes the list without choosing
		Locator unitBox = page.locator("#picker-subjects-0--unitId");
		unitBox.pressSequentially("hoa binh");
		assertThat(page.locator("#picker-subjects-0--unitId-menu [data-picker-id]").first()).isVisible();
		unitBox.press("Escape");
		assertThat(page.locator("#picker-subjects-0--unitId-menu")).isHidden();
		// by mouse: "dong thanh" lists the commune of the scope with its parent
		unitBox.fill("");
		unitBox.pressSequentially("dong thanh");
		Locator option = page.locator("#picker-subjects-0--unitId-menu [data-picker-id='" + commune + "']");
		assertThat(option).containsText("Xã Đông Thạnh " + k + " — Tỉnh Bộ Chọn " + k);
		shot("decision-unit-matches");
		option.click();
		assertThat(page.locator("input[type=hidden][name='subjects[0].unitId']")).hasValue(String.valueOf(commune));
		assertThat(unitBox).hasValue("Xã Đông Thạnh " + k + " — Tỉnh Bộ Chọn " + k);
		page.fill("#number", "7/QĐ-" + k);
		page.fill("#issuer", "UBND tỉnh Bộ Chọn");
		page.selectOption("select[name='subjects[0].titleCode']", "CAN_SU");
		shot("decision-form-filled");
		page.locator("button[name=action][value=save]").click();
		page.waitForURL(Pattern.compile(".*/career/decisions/\\d+$"));
		assertThat(page.locator("main")).containsText("Xã Đông Thạnh " + k);
		assertThat(page.locator("main")).containsText("Lê Văn Chọn " + k);
		page.locator("button[hx-post$='/check']").click();
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#checks")).isVisible();
		shot("decision-checked");
		// edited again: the boxes show the names, never the ids
		page.navigate(page.url() + "/edit");
		assertThat(page.locator("#picker-subjects-0--personId")).hasValue(Pattern.compile("^Lê Văn Chọn " + k + " .*"));
		assertThat(page.locator("#picker-subjects-0--unitId")).hasValue("Xã Đông Thạnh " + k + " — Tỉnh Bộ Chọn " + k);
		shot("decision-edit");
		assertThat(problems).isEmpty();
	}

	@Test
	void choosingThePersonListsTheirPostsWhenTheTypeNeedsOne() {
		login("picker-officer-" + k, PASSWORD);
		page.navigate(url("/career/decisions/new?type=REAPPOINTMENT"));
		Locator posts = page.locator("select[name='subjects[0].positionId'] option");
		assertThat(posts).hasCount(1); // the blank choice only
		Locator box = page.locator("#picker-subjects-0--personId");
		box.pressSequentially("chon " + k);
		page.locator("#picker-subjects-0--personId-menu [data-picker-id='" + person + "']").click();
		// the form comes back with the person's posts, the person still chosen
		assertThat(posts).hasCount(2);
		assertThat(posts.nth(1)).hasText("Chuyên viên Văn phòng — Xã Hòa Bình " + k);
		assertThat(page.locator("input[type=hidden][name='subjects[0].personId']")).hasValue(String.valueOf(person));
		assertThat(page.locator("#picker-subjects-0--personId")).hasValue(Pattern.compile("^Lê Văn Chọn " + k + " .*"));
		shot("decision-posts");
		assertThat(problems).isEmpty();
	}

	@Test
	void theReportsRootUnitIsChosenByName() {
		login("picker-officer-" + k, PASSWORD);
		page.navigate(url("/reports/pivot"));
		Locator box = page.locator("#picker-root");
		box.pressSequentially("dong thanh");
		page.locator("#picker-root-menu [data-picker-id='" + commune + "']").click();
		assertThat(page.locator("input[type=hidden][name=root]")).hasValue(String.valueOf(commune));
		page.locator("main form button[type=submit]").first().click();
		page.waitForURL(Pattern.compile(".*root=" + commune + ".*"));
		assertThat(page.locator("#picker-root")).hasValue("Xã Đông Thạnh " + k + " — Tỉnh Bộ Chọn " + k);
		shot("pivot-root");
		assertThat(problems).isEmpty();
	}

	@Test
	void thePivotFilterIsADimensionAndAValue() {
		login("picker-officer-" + k, PASSWORD);
		page.navigate(url("/reports/pivot"));
		Locator value = page.locator("#f");
		// no dimension: no filter sent
		assertThat(value).isDisabled();
		page.selectOption("#fdim", "GENDER");
		assertThat(value).isEnabled();
		// only the values of that dimension are offered, with their labels
		assertThat(value.locator("optgroup[data-dim=GENDER]").evaluate("g => g.hidden")).isEqualTo(false);
		assertThat(value.locator("optgroup[data-dim=PARTY]").evaluate("g => g.hidden")).isEqualTo(true);
		assertThat(value.locator("optgroup[data-dim=GENDER] option").allTextContents()).containsExactly("Nam", "Nữ");
		value.selectOption(new SelectOption().setLabel("Nữ"));
		shot("pivot-filter-chosen");
		page.locator("main form button[type=submit]").first().click();
		page.waitForURL(Pattern.compile(".*f=GENDER%3AFEMALE.*"));
		assertThat(page.locator("#fdim")).hasValue("GENDER");
		assertThat(value).hasValue("GENDER:FEMALE");
		shot("pivot-filter-shown");
		assertThat(problems).isEmpty();
	}

	@Test
	void aUsersScopeIsChosenAsUnitsByName() {
		login("picker-admin-" + k, PASSWORD);
		page.navigate(url("/admin/users/new"));
		String username = "picker-new-" + k;
		page.fill("#username", username);
		page.fill("#password", "Mat-khau-moi-2026!");
		page.fill("#fullName", "Người Mới");
		page.selectOption("#role", "ORG_OFFICER");
		Locator box = page.locator("#picker-scope");
		box.pressSequentially("hoa binh");
		page.locator("#picker-scope-menu [data-picker-id='" + hoaBinh + "']").click();
		box.pressSequentially("dong thanh");
		page.locator("#picker-scope-menu [data-picker-id='" + commune + "']").click();
		Locator chips = page.locator("[data-picker-chip]");
		assertThat(chips).hasCount(2);
		shot("user-scope-two");
		// one removed again
		chips.filter(new Locator.FilterOptions().setHasText("Hòa Bình")).locator("[data-picker-remove]").click();
		assertThat(chips).hasCount(1);
		page.locator("main form button[type=submit]").first().click();
		page.waitForURL(Pattern.compile(".*/admin/users/\\d+$"));
		assertThat(accounts.find(username).orElseThrow().scopeUnitIds()).containsExactly(commune);
		// shown again by name
		assertThat(page.locator("[data-picker-chip]")).hasText("Xã Đông Thạnh " + k + " — Tỉnh Bộ Chọn " + k);
		shot("user-scope-saved");
		assertThat(problems).isEmpty();
	}

}

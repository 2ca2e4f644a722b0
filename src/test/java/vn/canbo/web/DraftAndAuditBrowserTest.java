package vn.canbo.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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
 * Issue 20 (pickers, remainder points 4 and 5), in Chromium: a draft without a number
 * reads "Dự thảo quyết định …" on the list and its page, no "#" + id anywhere a user
 * reads; the auditor filters the log by clicking a person number of the table. No console
 * error, CSP violation or failed request; screenshots under
 * {@code target/browser/pickers}.
 */
@BrowserShots("pickers")
class DraftAndAuditBrowserTest extends BrowserTestSupport {

	static final String PASSWORD = "mat-khau-du-thao";

	@Autowired
	DecisionService decisions;

	String k;

	long draft;

	long person;

	@BeforeAll
	void data() {
		k = UUID.randomUUID().toString().substring(0, 8);
		long province = units
			.create(new UnitService.NewUnit("DAB-T-" + k, "Tỉnh Dự Thảo " + k, null, "DIA_BAN", AdminLevel.PROVINCE,
					null, LocalDate.of(2000, 1, 1)))
			.id();
		person = people
			.create(PeopleTestData.newPerson("Đỗ Văn Dựthảo", PeopleTestData.nationalId(), province), Scope.all())
			.id();
		draft = decisions
			.create(DecisionDraft.of(DecisionType.TRANSFER, null, LocalDate.of(2025, 2, 20), null,
					LocalDate.of(2025, 3, 1), List.of(DecisionSubject.post(person, province, "CAN_SU", null))),
					Scope.all())
			.id();
		officer("draft-officer-" + k, PASSWORD, province);
		accounts.create("draft-auditor-" + k, PASSWORD, "Kiểm tra", Role.AUDITOR, List.of(province));
	}

	@BeforeEach
	void listen() {
		collectProblems(problems);
	}

	@Test
	void aDraftIsNamedInWordsAndTheAuditorFiltersByClicking() {
		login("draft-officer-" + k, PASSWORD);
		page.navigate(url("/career/decisions"));
		String name = "Dự thảo quyết định điều động ngày 20/02/2025";
		assertThat(page.locator("a[href$='/career/decisions/" + draft + "']")).hasText(name);
		assertThat(page.locator("main").innerText()).doesNotContainPattern("#\\d+");
		shot("draft-list");
		page.locator("a[href$='/career/decisions/" + draft + "']").click();
		page.waitForURL("**/career/decisions/" + draft);
		assertThat(page.locator("main").innerText()).contains(name).doesNotContainPattern("#\\d+");
		assertThat(page).hasTitle(java.util.regex.Pattern.compile(name));
		shot("draft-page");
		page.context().clearCookies();
		login("draft-auditor-" + k, PASSWORD);
		page.navigate(url("/audit?entityType=person&entityId=" + person));
		assertThat(page.locator("#personId")).hasAttribute("aria-describedby", "audit-ids-help");
		shot("audit-numbers");
		page.locator("a[href$='/audit?personId=" + person + "']").first().click();
		page.waitForURL("**/audit?personId=" + person);
		assertThat(page.locator("#personId")).hasValue(String.valueOf(person));
		shot("audit-filtered");
		assertThat(problems).isEmpty();
	}

}

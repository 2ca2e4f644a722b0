package vn.canbo.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.StaffingService;
import vn.canbo.org.UnitService;
import vn.canbo.people.NewPerson;
import vn.canbo.people.PeopleTestData;
import vn.canbo.people.Position;
import vn.canbo.people.Salary;
import vn.canbo.shared.Scope;
import vn.canbo.shared.web.Formats;

/**
 * Issue 20, points 7 and 11, in Chromium at 1366 × 800: pages show catalog and bundle
 * labels, Vietnamese numbers and local dd/MM/yyyy HH:mm times instead of codes, dot
 * decimals and ISO instants (the as-of view, the template list); the dossier offers the
 * 38-item CV next to the 2C downloads; headcount over the quota carries a red "+n" badge
 * in the tree and on the unit page; the standard report's wide table scrolls inside its
 * container, the page itself never wider than the window. Screenshots under
 * {@code target/browser/labels}.
 */
@BrowserShots("labels")
class LabelsBrowserTest extends BrowserTestSupport {

	static final String PASSWORD = "mat-khau-nhan";

	@Autowired
	StaffingService staffing;

	@Autowired
	JdbcClient jdbc;

	String k;

	long province;

	long committee;

	long person;

	long specialist;

	@BeforeAll
	void data() {
		k = UUID.randomUUID().toString().substring(0, 8);
		LocalDate founded = LocalDate.of(2000, 1, 1);
		province = units
			.create(new UnitService.NewUnit("LB-T-" + k, "Tỉnh Nhãn " + k, null, "DIA_BAN", AdminLevel.PROVINCE, null,
					founded))
			.id();
		committee = unit("LB-UB-" + k, "UBND tỉnh Nhãn " + k, "UBND", AdminLevel.PROVINCE, province);
		// a deputy director, rank Chuyên viên step 4 (3,33), no title text: the catalog
		// names it
		person = people.create(
				new NewPerson(PeopleTestData.newPerson("Lê Văn Nhãn", PeopleTestData.nationalId(), committee).data(),
						Position.main(committee, "PHO_GIAM_DOC", null, LocalDate.of(2020, 1, 1)),
						Salary.of("01.003", 4, new BigDecimal("3.33"), LocalDate.of(2024, 1, 1)), List.of()),
				Scope.all())
			.id();
		people.create(PeopleTestData.newPerson("Trần Thị Nhãn", PeopleTestData.nationalId(), committee), Scope.all());
		// a specialist at step 3: coefficient 3,00 (not "3")
		specialist = people.create(
				new NewPerson(PeopleTestData.newPerson("Võ Thị Nhãn", PeopleTestData.nationalId(), committee).data(),
						Position.main(committee, "CHUYEN_VIEN", null, LocalDate.of(2021, 1, 1)),
						Salary.of("01.003", 3, new BigDecimal("3.00"), LocalDate.of(2024, 1, 1)), List.of()),
				Scope.all())
			.id();
		// 3 persons for a quota of 2: one over
		staffing.setQuota(committee, LocalDate.now().getYear(), 2, "01/QĐ-" + k, null, Scope.all());
		officer("lb-officer-" + k, PASSWORD, province);
	}

	@BeforeEach
	void listen() {
		collectConsoleErrors(problems);
		collectUncaughtErrors(problems);
		login("lb-officer-" + k, PASSWORD);
	}

	@Test
	void theAsOfViewShowsCatalogNamesAndVietnameseCoefficients() {
		visit("/career/asof?date=2026-06-30&unitId=" + committee, "asof");
		String table = page.locator("main table").innerText();
		assertThat(table).contains("Lê Văn Nhãn", "Phó Giám đốc", "Chuyên viên", "3,33", "(3,00)")
			.doesNotContain("PHO_GIAM_DOC", "CHUYEN_VIEN", "01.003", "3.33");
		assertThat(problems).isEmpty();
	}

	@Test
	void theDossierAndTheReportDrillDownShowCoefficientsAndTitleNames() {
		visit("/persons/" + specialist, "dossier-coefficient");
		assertThat(page.locator("main").innerText()).contains("3,00");
		visit("/reports/persons?root=" + province + "&date=2026-06-30", "report-persons");
		assertThat(page.locator("#persons").innerText()).contains("Phó Giám đốc", "Chuyên viên")
			.doesNotContain("PHO_GIAM_DOC", "CHUYEN_VIEN");
		assertThat(problems).isEmpty();
	}

	@Test
	void theTemplateListShowsTypeLabelsAndLocalTimes() {
		visit("/documents/templates", "templates");
		String table = page.locator("main table").first().innerText();
		assertThat(table).contains("Bổ nhiệm, bổ nhiệm lại", "Nâng bậc lương", "Nghỉ hưu")
			.doesNotContain("APPOINTMENT", "SALARY_RAISE", "RETIREMENT")
			.doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T");
		Instant updated = jdbc.sql("select updated_at from document_template where code = 'QD_BO_NHIEM'")
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant();
		assertThat(page.locator("main table tr", new Page.LocatorOptions().setHasText("QD_BO_NHIEM")).innerText())
			.contains(Formats.dateTime(updated));
		assertThat(problems).isEmpty();
	}

	@Test
	void theDossierOffersThe38ItemCvAsPdfAndDocx() {
		visit("/persons/" + person, "dossier");
		for (String format : List.of("pdf", "docx")) {
			Locator link = page.locator("a[data-cv38=" + format + "]");
			assertThat(link.isVisible()).isTrue();
			String href = link.getAttribute("href");
			assertThat(href).contains("/documents/persons/" + person + "/cv." + format, "layout=TT06_2023");
			APIResponse r = page.request().get(url(href));
			assertThat(r.status()).as(href).isEqualTo(200);
			assertThat(r.headers().get("content-type")).contains(format.equals("pdf") ? "pdf" : "wordprocessingml");
			assertThat(r.body().length).isGreaterThan(1000);
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void headcountOverTheQuotaIsMarkedInTheTreeAndOnTheUnitPage() {
		visit("/units", "tree");
		page.locator("#unit-" + province + " button[hx-get]").click();
		Locator row = page.locator("#unit-" + committee);
		row.waitFor();
		assertThat(row.locator("[data-over-quota]").innerText()).isEqualTo("+1");
		assertThat(row.locator("[data-over-quota]").getAttribute("class")).contains("text-bg-danger");
		shot("tree-expanded");
		visit("/units/" + province, "unit-province");
		assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("UBND tỉnh Nhãn " + k))
			.locator("[data-over-quota]")
			.innerText()).isEqualTo("+1");
		visit("/units/" + committee, "unit-committee");
		assertThat(page.locator("[data-over-quota]").first().innerText()).isEqualTo("+1");
		assertThat(problems).isEmpty();
	}

	@Test
	void theStandardReportFitsA1366PixelScreen() {
		visit("/reports/standard/NOI_VU_SLCL?root=" + province + "&date=2026-06-30", "standard-report");
		Object pageFits = page.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth");
		assertThat(pageFits).as("the page is not wider than the window").isEqualTo(true);
		Object scrollsInside = page
			.evaluate("(() => { const w = document.querySelector('#stat-table').closest('.table-responsive');"
					+ " return w.scrollWidth > w.clientWidth && w.getBoundingClientRect().right <= window.innerWidth; })()");
		assertThat(scrollsInside).as("the wide table scrolls inside its container").isEqualTo(true);
		Object sticky = page.evaluate("getComputedStyle(document.querySelector('#stat-table tbody td')).position");
		assertThat(sticky).as("the first column stays in view").isEqualTo("sticky");
		assertThat(problems).isEmpty();
	}

	private void visit(String path, String shot) {
		Response r = page.navigate(url(path));
		assertThat(r.status()).as(path).isLessThan(400);
		page.waitForLoadState(LoadState.NETWORKIDLE);
		shot(shot);
	}

}

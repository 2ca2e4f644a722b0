package vn.canbo.web.suite;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.SelectOption;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The suite, as the leader (reads reports, never writes): a standard report layout with
 * its Excel and PDF exports, the pivot table with its chart drawn and its exports.
 */
class ReportsSuiteTest extends SuiteSupport {

	@Test
	void standardReportAndItsExports() {
		as(SuiteRole.LEADER);
		visit("/reports", "reports");
		var first = page.locator("main ul.list-group a").first();
		String name = first.innerText();
		first.click();
		page.waitForURL(Pattern.compile(".*/reports/standard/.+"));
		settle();
		assertThat(page.locator("main table").first()).isVisible();
		step("standard-report");
		docs("report");
		download(link("Excel"), Kind.ZIP, "standard-excel");
		download(link("PDF"), Kind.PDF, "standard-pdf");
		assertThat(name).isNotBlank();
	}

	@Test
	void pivotWithItsChartAndExports() {
		as(SuiteRole.LEADER);
		visit("/reports/pivot", "pivot");
		page.selectOption("#rows", "GENDER");
		page.selectOption("#cols", new SelectOption().setIndex(1));
		page.selectOption("#chart", "bar");
		button("Xem").click();
		page.waitForURL(Pattern.compile(".*/reports/pivot\\?.*rows=GENDER.*"));
		settle();
		assertThat(page.locator("main table").first()).containsText("Nam");
		assertThat(page.locator("canvas#pivot-chart")).isVisible();
		// Chart.js drew on the canvas (its script ran under the CSP)
		page.waitForFunction(
				"() => window.Chart && Chart.getChart(document.querySelector('canvas[data-chart]')) !== undefined");
		step("pivot-chart");
		download(link("Excel"), Kind.ZIP, "pivot-excel");
		download(link("PDF"), Kind.PDF, "pivot-pdf");
	}

	/**
	 * Issue 20 point 6: the report forms choose the root unit with a picker, not by
	 * typing its numeric id, and filter without typing "GENDER:FEMALE".
	 */
	@Test
	void reportFormsAskNoIdsOrCodes() {
		as(SuiteRole.LEADER);
		visit("/reports/pivot", "pivot-form");
		assertThat(page.locator("main form").innerText()).doesNotContain("mã số");
		assertThat(page.locator("main form input[placeholder='GENDER:FEMALE']")).hasCount(0);
	}

}

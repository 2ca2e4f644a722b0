package vn.canbo.web.suite;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The suite, as the organisation officer: the import page's downloads (a template, the
 * history), a file with an error row whose preview lists the error by row and column, the
 * rejected rows downloaded, then the valid rows committed.
 */
class ImportSuiteTest extends SuiteSupport {

	@Test
	void uploadWithAnErrorRowThenCommitTheValidRows() {
		as(SuiteRole.OFFICER);
		visit("/imports", "imports");
		download(link("Tải mẫu .xlsx").first(), Kind.ZIP, "import-template");
		String unitCode = "BT-A-" + loc.key;
		String csv = "Mã đơn vị công tác;Họ và tên khai sinh;Giới tính;Sinh ngày;Đối tượng;Chức vụ (ghi cụ thể);"
				+ "Giữ chức vụ từ ngày;Số CCCD\r\n" + unitCode + ";Lê Thị Hợplệ;Nữ;5/7/1990;Viên chức;Giáo viên;"
				+ "01/09/2015;" + String.format("001190%06d", (int) (Math.random() * 1_000_000)) + "\r\n" + unitCode
				+ ";Lê Văn Sai;Nam;31/02/1990;Viên chức;Giáo viên;01/09/2015;"
				+ String.format("001090%06d", (int) (Math.random() * 1_000_000)) + "\r\n";
		page.selectOption("#template", "PERSONS");
		page.setInputFiles("#file", new FilePayload("bo-thu.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		step("import-file-chosen");
		button("Tải lên và kiểm tra").click();
		page.waitForURL(Pattern.compile(".*/imports/\\d+$"));
		assertThat(page.locator("#status [data-finished]")).hasCount(1,
				new LocatorAssertions.HasCountOptions().setTimeout(30_000));
		// the page reloads itself once the file is read: the preview and the commit form
		assertThat(page.locator("table.table-striped")).isVisible();
		Locator row = page.locator("table.table-striped tbody tr").first();
		assertThat(row.locator("td").nth(0)).hasText("3");
		assertThat(row.locator("td").nth(1)).hasText("Sinh ngày");
		assertThat(row.locator("td").nth(2)).hasText("31/02/1990");
		settle();
		step("import-preview");
		download(page.locator("a[href$='/rejected.xlsx']").first(), Kind.ZIP, "import-rejected-rows");
		Locator commit = page.locator("form[action$='/commit']");
		Locator skip = commit.locator("#skipInvalid");
		if (skip.count() > 0) {
			skip.check();
		}
		commit.locator("button[type=submit]").click();
		assertThat(page.locator("#status .alert-success"))
			.isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
		settle();
		assertThat(page.locator("#status")).containsText("Thêm");
		step("import-committed");
		visit("/persons?q=hople", "imported-person-found");
		assertThat(page.locator("#results")).containsText("Lê Thị Hợplệ");
		visit("/imports", "imports-history");
		download(link("Xuất Excel").first(), Kind.ZIP, "imports-history-excel");
	}

}

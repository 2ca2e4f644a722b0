package vn.canbo.web.suite;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.canbo.career.DecisionDraft;
import vn.canbo.career.DecisionService;
import vn.canbo.career.DecisionSubject;
import vn.canbo.career.DecisionType;
import vn.canbo.shared.Scope;

/**
 * The suite, as the organisation officer: a decision from its draft to its revocation
 * (check with the rule results, issue after the confirmation, its document in DOCX and
 * PDF, revocation after the confirmation), and the document templates (list, download,
 * sample rendered as PDF).
 */
class DecisionSuiteTest extends SuiteSupport {

	@Autowired
	DecisionService decisions;

	/**
	 * A draft appointment of Lê Văn Quyết as vice-chair of commune A's committee, a
	 * higher post (so the age gate and the discipline wait are checked). The draft form's
	 * person and unit fields are being replaced by pickers (issue 20 point 6): the draft
	 * is made here, the form only opened.
	 */
	private long draft() {
		String number = java.util.concurrent.ThreadLocalRandom.current().nextInt(100, 100_000) + "/QĐ-UBND";
		DecisionSubject s = new DecisionSubject(null, loc.quyet, null, null, loc.communeA, "PHO_CHU_TICH_UBND",
				"Phó Chủ tịch UBND xã", false, false, null, true, null, null, null, null, null, 0, null, null, null);
		return decisions
			.create(DecisionDraft.of(DecisionType.APPOINTMENT, number, LocalDate.now(), "UBND tỉnh Bộ Thử",
					LocalDate.now().plusDays(7), List.of(s)), Scope.all())
			.id();
	}

	@Test
	void draftCheckIssueDocumentRevoke() {
		long id = draft();
		as(SuiteRole.OFFICER);
		visit("/career/decisions/" + id + "/edit", "decision-draft-form");
		visit("/career/decisions/" + id, "decision-draft");
		assertThat(page.locator("h1 .badge")).hasText("Dự thảo");
		button("Kiểm tra quy tắc").click();
		assertThat(page.locator("#checks li.list-group-item").first()).isVisible();
		settle();
		step("decision-checked");

		List<String> asked = new ArrayList<>();
		page.onDialog(d -> {
			asked.add(d.message());
			d.accept();
		});
		page.fill("#justification", "Bố trí theo vị trí việc làm");
		button("Ban hành").click();
		assertThat(page.locator(".alert-success")).hasText("Đã ban hành quyết định.");
		assertThat(page.locator("h1 .badge")).hasText("Đã ban hành");
		assertThat(asked).hasSize(1);
		settle();
		step("decision-issued");
		docs("decision");

		Locator row = page.locator("table tr", new Page.LocatorOptions().setHasText("Lê Văn Quyết"));
		download(row.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
				new Locator.GetByRoleOptions().setName("DOCX")), Kind.ZIP, "decision-docx");
		download(row.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
				new Locator.GetByRoleOptions().setName("PDF")), Kind.PDF, "decision-pdf");

		page.fill("form[action$='/revoke'] input[name=number]",
				UUID.randomUUID().toString().substring(0, 6) + "/QĐ-UBND");
		page.locator("form[action$='/revoke'] button[type=submit]").click();
		page.waitForURL(Pattern.compile(".*/career/decisions/(?!" + id + "$)\\d+$"));
		settle();
		assertThat(asked).hasSize(2);
		step("revocation");
		visit("/career/decisions/" + id, "decision-revoked");
		assertThat(page.locator("h1 .badge")).hasText("Đã thu hồi");
	}

	/**
	 * Issue 20 point 3: the issued decision's document names the place, the proposer, a
	 * whole effective-date clause and each recipient once.
	 */
	@Test
	void theDecisionDocumentIsFitToSign() throws IOException {
		long id = draft();
		decisions.issue(id, "Bố trí theo vị trí việc làm", Scope.all());
		as(SuiteRole.OFFICER);
		visit("/career/decisions/" + id, "decision-for-document");
		byte[] docx = download(page.locator("a[href$='/persons/" + loc.quyet + "/document.docx']"), Kind.ZIP,
				"decision-document");
		String text = documentText(docx);
		assertThat(text).doesNotContain("{{").doesNotContain("Xét đề nghị của .").doesNotContain("ký. và");
		assertThat(text).doesNotStartWith(",").doesNotContain(" , ngày");
		assertThat(text.split("Như Điều 3", -1)).as("recipients listed once").hasSizeLessThanOrEqualTo(2);
	}

	@Test
	void documentTemplatesListedDownloadedAndRendered() {
		as(SuiteRole.OFFICER);
		visit("/documents/templates", "templates");
		assertThat(page.locator("tbody tr")).not().hasCount(0);
		download(link("Tải mẫu (.docx)").first(), Kind.ZIP, "template-docx");
		download(link("Xem thử (PDF)").first(), Kind.PDF, "template-sample-pdf");
	}

	/**
	 * Issue 20 point 7: the template list shows the decision types by their labels and
	 * dates as dd/MM/yyyy HH:mm, not APPOINTMENT and an ISO instant.
	 */
	@Test
	void theTemplateListShowsLabelsAndVietnameseDates() {
		as(SuiteRole.OFFICER);
		visit("/documents/templates", "templates-labels");
		String text = page.locator("main table").first().innerText();
		assertThat(text).doesNotContain("APPOINTMENT").doesNotContain("SALARY_RAISE");
		assertThat(text).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}");
	}

	/** The text of a .docx: its word/document.xml without the tags. */
	static String documentText(byte[] docx) throws IOException {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
			for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
				if (e.getName().equals("word/document.xml")) {
					String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
					return xml.replaceAll("</w:p>", "\n").replaceAll("<[^>]+>", "").strip();
				}
			}
		}
		throw new AssertionError("no word/document.xml");
	}

}

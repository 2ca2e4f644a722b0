package vn.canbo.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.ObjectMapper;
import vn.canbo.security.Role;
import vn.canbo.security.TestUsers;

/**
 * Issue 20: the import job page's commit button says what commit will do. With rows in
 * error, commit refuses unless the invalid rows are skipped: the button then counts the
 * valid rows and the skip box is required (the browser will not send the form without
 * it); without errors the button is unchanged; when the rows in error cannot be told from
 * valid ones (more errors than {@code max-issues} stores, here 3), commit refuses even
 * skipping them, and the button is disabled with the reason.
 */
@SpringBootTest(properties = "canbo.imports.max-issues=3")
@AutoConfigureMockMvc
class ImportCommitButtonTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ImportFixture fx;

	@Autowired
	ObjectMapper json;

	ImportFixture.Tree tree;

	@BeforeEach
	void setUp() {
		ImportFixture.signIn(Role.ADMIN);
		tree = fx.tree();
		ImportFixture.signOut();
	}

	/**
	 * A row of the fixture's person with a birth date of its own, so that no dossier
	 * stored by another test makes it a duplicate (name + birth date + home town).
	 */
	private static Map<String, Object> person(String unitCode, String name) {
		Map<String, Object> row = ImportFixture.person(unitCode, name, ImportFixture.nationalId());
		java.util.Random r = new java.util.Random();
		row.put("birthDate", String.format("%02d/%02d/%d", 1 + r.nextInt(28), 1 + r.nextInt(12), 1960 + r.nextInt(25)));
		return row;
	}

	/** The commit form of the job page after the preview of these rows. */
	private String commitForm(List<Map<String, Object>> rows, RequestPostProcessor user) throws Exception {
		byte[] file = Sheets.simple(fx.personColumns(), "Cán bộ", rows);
		String body = mvc
			.perform(multipart("/api/v1/imports")
				.file(new MockMultipartFile("file", "danh-sach.xlsx", "application/octet-stream", file))
				.param("template", "PERSONS")
				.with(user))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = json.readTree(body).get("id").asLong();
		for (int i = 0; i < 600; i++) {
			String s = json
				.readTree(mvc.perform(get("/api/v1/imports/{id}", id).with(user))
					.andReturn()
					.getResponse()
					.getContentAsString())
				.get("status")
				.asString();
			if (!s.equals("READING")) {
				break;
			}
			Thread.sleep(50);
		}
		String html = mvc.perform(get("/imports/{id}", id).with(user))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int start = html.indexOf("action=\"/imports/" + id + "/commit\"");
		assertThat(start).as("the commit form").isPositive();
		return html.substring(start, html.indexOf("</form>", start));
	}

	@Test
	void withRowsInErrorTheButtonCountsTheValidRowsAndSkippingIsRequired() throws Exception {
		RequestPostProcessor officer = TestUsers.officer(tree.a().id());
		String form = commitForm(
				List.of(person(tree.a().code(), "Mai Văn Tiến"), person(tree.b().code(), "Mai Văn Lùi")), officer);
		assertThat(form).contains(">Nhập 1 dòng hợp lệ</button>").doesNotContain(">Nhập 1 dòng</button>");
		assertThat(form).containsPattern("name=\"skipInvalid\"[^>]*required");
		assertThat(form).contains("Có 1 dòng lỗi: chỉ nhập được khi chọn bỏ qua các dòng lỗi ở trên.");
	}

	@Test
	void withoutErrorsTheButtonIsUnchangedAndNothingIsRequired() throws Exception {
		RequestPostProcessor officer = TestUsers.officer(tree.a().id());
		String form = commitForm(
				List.of(person(tree.a().code(), "Mai Văn Tiến"), person(tree.a().code(), "Mai Văn Lùi")), officer);
		assertThat(form).contains(">Nhập 2 dòng</button>");
		assertThat(form).doesNotContain("skipInvalid").doesNotContain("required");
	}

	@Test
	void whenTheRowsInErrorWereNotAllRecordedTheButtonIsDisabledWithTheReason() throws Exception {
		RequestPostProcessor officer = TestUsers.officer(tree.a().id());
		List<Map<String, Object>> rows = new java.util.ArrayList<>();
		rows.add(person(tree.a().code(), "Mai Văn Tiến"));
		for (int i = 0; i < 5; i++) {
			rows.add(person(tree.b().code(), "Mai Văn Lùi"));
		}
		String form = commitForm(rows, officer);
		assertThat(form).containsPattern("<button[^>]*disabled[^>]*>Không nhập được</button>");
		assertThat(form).doesNotContain("type=\"submit\"").doesNotContain("skipInvalid");
		assertThat(form).contains("Có 5 dòng lỗi nhưng không phải dòng nào cũng được ghi lại lỗi");
	}

}

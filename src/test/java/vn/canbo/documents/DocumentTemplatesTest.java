package vn.canbo.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditFilter;
import vn.canbo.audit.AuditLog;
import vn.canbo.security.Role;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.ValidationException;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class DocumentTemplatesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DocumentTemplates templates;

	@Autowired
	AuditLog audit;

	/**
	 * What the career module will pass for an appointment decision (a stand-in until it
	 * is wired).
	 */
	static Map<String, Object> appointment() {
		Map<String, Object> m = new LinkedHashMap<>(DocumentPageController.sampleData());
		m.put("decisionNumber", "245/QĐ-UBND");
		m.put("issuingBodyParent", "TỈNH BÌNH GIANG");
		m.put("issuingBody", "ỦY BAN NHÂN DÂN");
		m.put("signerAuthority", "ỦY BAN NHÂN DÂN TỈNH BÌNH GIANG");
		m.put("personName", "Nguyễn Thị Thu Hằng");
		m.put("newTitle", "Phó Giám đốc Sở Nội vụ");
		m.put("newUnit", "tỉnh Bình Giang");
		m.put("bases",
				List.of("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
						"Căn cứ Quy định số 377-QĐ/TW về phân cấp quản lý cán bộ;",
						"Căn cứ Nghị định số 138/2020/NĐ-CP về tuyển dụng, sử dụng và quản lý công chức;"));
		m.put("recipients", List.of("Thường trực Tỉnh ủy", "Sở Nội vụ", "Đắk Lắk – Quảng Ngãi (phối hợp)"));
		m.put("signerTitle", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH");
		m.put("personId", 42);
		m.put("article1", "Bổ nhiệm bà Nguyễn Thị Thu Hằng, sinh ngày 17/05/1980, Chuyên viên, Phòng Tổ chức cán bộ, "
				+ "giữ chức vụ Phó Giám đốc Sở Nội vụ, tỉnh Bình Giang.");
		m.put("details", List.of("Thời hạn giữ chức vụ là 5 năm, kể từ ngày 01/09/2026."));
		return m;
	}

	@Test
	void defaultTemplatesAreSeededForEveryDecisionType() {
		assertThat(templates.list()).extracting(DocumentTemplate::code)
			.contains("QD_BO_NHIEM", "QD_DIEU_DONG", "QD_LUAN_CHUYEN", "QD_NANG_LUONG", "QD_NGHI_HUU", "QD_CHUNG");
		for (String type : List.of(DecisionPlaceholders.APPOINTMENT, DecisionPlaceholders.TRANSFER,
				DecisionPlaceholders.ROTATION, DecisionPlaceholders.SALARY_RAISE, DecisionPlaceholders.RETIREMENT,
				DecisionPlaceholders.GENERAL)) {
			DocumentTemplate t = templates.forDecisionType(type).orElseThrow();
			assertThat(t.decisionTypes()).contains(type);
			// every default uses only known tags, and the NĐ 30/2020 parts
			assertThat(DecisionPlaceholders.names()).containsAll(DocumentTemplates.tags(templates.content(t.code())));
		}
		assertThat(templates.forDecisionType("UNKNOWN")).isEmpty();
	}

	@Test
	void aTemplateFilledFromAMapReadsBackWithEveryValue() throws Exception {
		byte[] docx = templates.fill("QD_BO_NHIEM", appointment());
		String text = Read.docx(docx);
		assertThat(text).contains("TỈNH BÌNH GIANG", "ỦY BAN NHÂN DÂN", "Số: 245/QĐ-UBND",
				"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
				"Bình Giang, ngày 15 tháng 8 năm 2026", "QUYẾT ĐỊNH", "Về việc bổ nhiệm cán bộ",
				"Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
				"Căn cứ Quy định số 377-QĐ/TW về phân cấp quản lý cán bộ;", "Căn cứ Nghị định số 138/2020/NĐ-CP",
				"QUYẾT ĐỊNH:",
				"Điều 1. Bổ nhiệm bà Nguyễn Thị Thu Hằng, sinh ngày 17/05/1980, Chuyên viên, Phòng Tổ chức cán bộ, "
						+ "giữ chức vụ Phó Giám đốc Sở Nội vụ, tỉnh Bình Giang.",
				"Thời hạn giữ chức vụ là 5 năm, kể từ ngày 01/09/2026.", "Điều 2.", "Điều 3.", "Nơi nhận:",
				"- Thường trực Tỉnh ủy;", "- Sở Nội vụ;", "- Đắk Lắk – Quảng Ngãi (phối hợp);", "- Lưu: VT, TCCB.",
				"TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Minh");
		assertThat(text).doesNotContain("{{", "}}");
		// the order of an administrative document
		assertThat(text.indexOf("CỘNG HÒA")).isLessThan(text.indexOf("QUYẾT ĐỊNH"));
		assertThat(text.indexOf("Căn cứ Luật")).isLessThan(text.indexOf("Căn cứ Quy định"))
			.isLessThan(text.indexOf("QUYẾT ĐỊNH:"));
		assertThat(text.indexOf("Điều 1.")).isLessThan(text.indexOf("Điều 2."))
			.isLessThan(text.indexOf("Điều 3."))
			.isLessThan(text.indexOf("Nơi nhận:"));
		// missing values print empty, never the tag
		String partial = Read.docx(templates.fill("QD_NGHI_HUU", Map.of("personName", "Lê Văn Tám", "ongBa", "ông")));
		assertThat(partial).contains("và ông Lê Văn Tám chịu trách nhiệm").doesNotContain("{{");
	}

	@Test
	void aFilledDecisionAsPdfWithEmbeddedFonts() throws Exception {
		byte[] pdf = templates.decision(DecisionPlaceholders.APPOINTMENT, appointment(), DocumentFormat.PDF, 42L);
		CvDocumentsTest.dump("qd-bo-nhiem.pdf", pdf);
		CvDocumentsTest.dump("qd-bo-nhiem.docx", templates.fill("QD_BO_NHIEM", appointment()));
		String text = Read.squash(Read.pdf(pdf));
		assertThat(text).contains(Read.squash("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), Read.squash("Số: 245/QĐ-UBND"),
				Read.squash("Bổ nhiệm bà Nguyễn Thị Thu Hằng"), Read.squash("Đắk Lắk – Quảng Ngãi"));
		assertThat(Read.fonts(pdf)).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).isTrue());
		assertThat(Read.drawn(pdf)).allSatisfy(d -> assertThat(d.gid()).as(d.unicode()).isGreaterThan(0));
		var events = audit
			.search(new AuditFilter(null, 42L, "decision-document", "245/QĐ-UBND", AuditAction.EXPORT, null, null), 0,
					5)
			.items();
		assertThat(events).isNotEmpty();
		assertThat(events.get(0).after()).contains("QD_BO_NHIEM");
		assertThatThrownBy(() -> templates.decision("NO_SUCH_TYPE", appointment(), DocumentFormat.DOCX, null))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void uploadRejectsWhatIsNotADocxWithKnownTags() throws Exception {
		assertThatThrownBy(
				() -> templates.replace("QD_BO_NHIEM", "Đây không phải tệp Word".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("không phải là tài liệu Word");
		byte[] ole2 = new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
				(byte) 0xE1, 0, 0 };
		assertThatThrownBy(() -> templates.replace("QD_BO_NHIEM", ole2)).isInstanceOf(ValidationException.class)
			.hasMessageContaining(".doc");
		byte[] notWordZip = zipWith("hello.txt", "xin chào");
		assertThatThrownBy(() -> templates.replace("QD_BO_NHIEM", notWordZip)).isInstanceOf(ValidationException.class)
			.hasMessageContaining("hợp lệ hoặc bị hỏng");
		assertThatThrownBy(() -> templates.replace("QD_BO_NHIEM",
				withParagraph(templates.content("QD_BO_NHIEM"), "Ghi chú {{salaryOfTheMinister}}")))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("{{salaryOfTheMinister}}");
		assertThatThrownBy(() -> templates.replace("QD_BO_NHIEM", new byte[DocumentTemplates.MAX_BYTES + 1]))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("quá lớn");

		// through the API: problem details naming the field; through the page: a flash
		// error, nothing changed
		mvc.perform(multipart("/api/v1/documents/templates/QD_BO_NHIEM")
			.file(new MockMultipartFile("file", "mau.docx", "application/octet-stream",
					"<html>not word</html>".getBytes()))
			.with(TestUsers.admin())
			.with(csrf())).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
		mvc.perform(multipart("/documents/templates/QD_BO_NHIEM")
			.file(new MockMultipartFile("file", "virus.exe", "application/octet-stream", new byte[] { 'M', 'Z', 0, 0 }))
			.with(TestUsers.admin())
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/documents/templates"))
			.andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("không phải là tài liệu Word")));
		assertThat(templates.get("QD_BO_NHIEM").version()).isEqualTo(1);
	}

	@Test
	void anEditedTemplateReplacesTheOldOneAsANewVersionAndCanBeReset() throws Exception {
		byte[] edited = withParagraph(templates.content("QD_DIEU_DONG"), "Ghi chú: gửi kèm hồ sơ của {{personName}}.");
		mvc.perform(multipart("/documents/templates/QD_DIEU_DONG")
			.file(new MockMultipartFile("file", "QD_DIEU_DONG.docx", DocumentFormat.DOCX.mediaType(), edited))
			.with(TestUsers.admin())
			.with(csrf())).andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("message"));
		DocumentTemplate t = templates.get("QD_DIEU_DONG");
		assertThat(t.version()).isEqualTo(2);
		assertThat(t.builtIn()).isFalse();
		assertThat(Read.docx(templates.fill("QD_DIEU_DONG", Map.of("personName", "Phạm Minh Đức", "ongBa", "ông"))))
			.contains("Ghi chú: gửi kèm hồ sơ của Phạm Minh Đức.", "và ông Phạm Minh Đức chịu trách nhiệm");
		// a clerk may download but not replace
		mvc.perform(get("/documents/templates/QD_DIEU_DONG.docx").with(TestUsers.as(Role.CLERK)))
			.andExpect(status().isOk());
		mvc.perform(multipart("/documents/templates/QD_DIEU_DONG")
			.file(new MockMultipartFile("file", "x.docx", DocumentFormat.DOCX.mediaType(), edited))
			.with(TestUsers.as(Role.CLERK))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/documents/templates/QD_DIEU_DONG/reset").with(TestUsers.admin()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(templates.get("QD_DIEU_DONG").version()).isEqualTo(3);
		assertThat(templates.get("QD_DIEU_DONG").builtIn()).isTrue();
		assertThat(Read.docx(templates.content("QD_DIEU_DONG"))).doesNotContain("Ghi chú");
	}

	@Test
	void adminPageListsTemplatesAndTheirFields() throws Exception {
		mvc.perform(get("/documents/templates").with(TestUsers.admin()))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("Quyết định bổ nhiệm"),
						org.hamcrest.Matchers.containsString("{{personName}}"),
						org.hamcrest.Matchers.containsString("Tải lên thay thế"))));
		byte[] sample = mvc.perform(get("/documents/templates/QD_NANG_LUONG/sample.pdf").with(TestUsers.admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(Read.squash(Read.pdf(sample)))
			.contains(Read.squash("Nâng bậc lương thường xuyên đối với bà Nguyễn Thị Thu Hằng"));
		mvc.perform(post("/api/v1/documents/templates/QD_NGHI_HUU/fill").param("format", "docx")
			.with(TestUsers.admin())
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"personName\":\"Hà Thị Ánh\",\"retirementDate\":\"01/01/2027\"}")).andExpect(status().isOk());
		mvc.perform(get("/documents/templates/NOPE.docx").with(TestUsers.admin())).andExpect(status().isNotFound());
	}

	static byte[] withParagraph(byte[] docx, String text) throws Exception {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.createParagraph().createRun().setText(text);
			doc.write(out);
			return out.toByteArray();
		}
	}

	static byte[] zipWith(String name, String content) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (var z = new java.util.zip.ZipOutputStream(out)) {
			z.putNextEntry(new java.util.zip.ZipEntry(name));
			z.write(content.getBytes(StandardCharsets.UTF_8));
			z.closeEntry();
		}
		return out.toByteArray();
	}

}

package vn.canbo.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import vn.canbo.documents.DocumentFormat;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;

/**
 * The Phiếu đảng viên from the PHIEU_DANG_VIEN template: the header from the chain of
 * organisations, items 01–20 with catalog names and dd/MM/yyyy dates, in DOCX and PDF
 * (the PDF kept in target/ to look at); scope (404) and the export audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PartyDocumentsTest {

	@Autowired
	PartyFixture fx;

	@Autowired
	PartyDocuments documents;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void thePhieuDangVienInDocxAndPdf() throws Exception {
		PartyFixture.Tree t = fx.tree();
		PartyMember m = fx.members.create(
				new PartyMember.Input("001090012345", null, "Nguyễn Thị Phiếu", "Hoa", "FEMALE",
						LocalDate.of(1990, 4, 5), "xã Hòa An", "xã Bình Yên", "thôn Đông", "02", "01", null,
						"Giáo viên", "THPT", null, "TRUNG_CAP", t.cellA().id(), LocalDate.of(2015, 3, 2),
						LocalDate.of(2015, 3, 20), LocalDate.of(2016, 3, 20), "123456789012", LocalDate.of(2016, 5, 1)),
				Scope.all());
		byte[] docx = documents.memberForm(m.id(), DocumentFormat.DOCX, Scope.of(t.a().id()));
		try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor x = new XWPFWordExtractor(d)) {
			String text = x.getText();
			assertThat(text)
				.contains("PHIẾU ĐẢNG VIÊN", "Đảng bộ tỉnh (tđ): " + t.provinceOrg().name(),
						"Đảng bộ xã (tđ): " + t.communeA().name(), "Chi bộ: " + t.cellA().name(),
						"Số thẻ đảng viên: 123456789012", "01) Họ và tên đang dùng: Nguyễn Thị Phiếu",
						"02) Giới tính: Nữ", "04) Sinh ngày: 05/04/1990", "08) Dân tộc: Tày", "09) Tôn giáo: Phật giáo",
						"12) Ngày vào Đảng: 20/03/2015, tại chi bộ: " + t.cellA().name(),
						"ngày ra quyết định kết nạp: 02/03/2015", "ngày chính thức: 20/03/2016",
						"lý luận chính trị Trung cấp", "19) Số căn cước: 001090012345")
				.doesNotContain("{{");
		}
		MockHttpServletResponse pdf = mvc
			.perform(get("/party/members/" + m.id() + "/phieu.pdf").with(TestUsers.officer(t.a().id())))
			.andReturn()
			.getResponse();
		assertThat(pdf.getStatus()).isEqualTo(200);
		Files.write(Path.of("target/phieu-dang-vien.pdf"), pdf.getContentAsByteArray());
		try (PDDocument doc = Loader.loadPDF(pdf.getContentAsByteArray())) {
			assertThat(new PDFTextStripper().getText(doc)).contains("PHIẾU ĐẢNG VIÊN", "Nguyễn Thị Phiếu");
		}
		assertThat(jdbc
			.sql("select count(*) from audit_event where entity_type = 'party_member' and entity_id = ? "
					+ "and action = 'EXPORT'")
			.param(String.valueOf(m.id()))
			.query(Long.class)
			.single()).isEqualTo(2);
		// commune B's officer: A's member does not exist
		assertThatThrownBy(() -> documents.memberForm(m.id(), DocumentFormat.DOCX, Scope.of(t.b().id())))
			.isInstanceOf(NotFoundException.class);
		assertThat(mvc.perform(get("/party/members/" + m.id() + "/phieu.docx").with(TestUsers.officer(t.b().id())))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

}

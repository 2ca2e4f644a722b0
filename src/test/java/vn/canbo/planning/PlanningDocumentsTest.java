package vn.canbo.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import vn.canbo.documents.CvDocuments;
import vn.canbo.documents.CvLayout;
import vn.canbo.documents.DocumentFormat;
import vn.canbo.people.Gender;
import vn.canbo.people.HistoryKind;
import vn.canbo.people.Qualification;
import vn.canbo.people.QualificationKind;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.Scope;

/**
 * The planning documents (issue 17): the planning list of a plan on 01/03/2026 as DOCX
 * and PDF — unit, term, kind, decision, the title with its candidate (birth date, current
 * post, levels, date added, the conference vote 25/30), the title without one, the
 * totals, no tag left — and the 38-item CV's item 24 naming the title planned; a plan of
 * commune B is 404 for A's officer. The PDF's first page is rendered to
 * target/planning-documents/ to be looked at.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanningDocumentsTest {

	static final LocalDate ON = LocalDate.of(2026, 3, 1);

	@Autowired
	PlanningFixture fx;

	@Autowired
	Plans plans;

	@Autowired
	PlanningDocuments documents;

	@Autowired
	CvDocuments cvs;

	@Autowired
	MockMvc mvc;

	@Test
	void planningListDocxPdfAndCvItem24() throws Exception {
		PlanningFixture.Tree t = fx.tree();
		long a = t.a().id();
		Plan plan = fx.plan(a, "CHU_TICH_UBND", "PHO_CHU_TICH_UBND");
		Plan other = fx.plan(t.b().id(), "CHU_TICH_UBND");
		long p = fx.person("Nguyễn Thị Quy Hoạch", a, "CHUYEN_VIEN", Gender.FEMALE, LocalDate.of(1984, 7, 9));
		fx.people.add(p, HistoryKind.QUALIFICATION,
				Qualification.of(QualificationKind.PROFESSIONAL, "DAI_HOC", LocalDate.of(2006, 6, 1)), Scope.all());
		Candidate c = plans.add(plan.id(), PlanningFixture.in("CHU_TICH_UBND", p), Scope.all());
		plans.vote(c.id(), new Vote("CONFERENCE_VOTE", LocalDate.of(2026, 1, 10), 30, 25, 5, null), Scope.all());

		String docx = text(documents.list(plan.id(), ON, DocumentFormat.DOCX, Scope.all()));
		assertThat(docx).contains("DANH SÁCH QUY HOẠCH CÁN BỘ", t.a().name(), "nhiệm kỳ 2025–2030", "nhiệm kỳ hiện tại",
				"Ban Thường vụ Tỉnh ủy", "01/11/2025", "Chủ tịch UBND", "Nguyễn Thị Quy Hoạch", "09/07/1984",
				"15/01/2026", "Đại học", "10/01/2026: Hội nghị cán bộ chủ chốt bỏ phiếu 25/30 phiếu",
				"Phó Chủ tịch UBND", "(chưa có cán bộ trong quy hoạch)",
				"Tổng số: 2 chức danh, 1 lượt cán bộ trong quy hoạch.");
		assertThat(docx).doesNotContain("{{").doesNotContain("[personName]");
		// before the candidate was added: no one yet
		assertThat(text(documents.list(plan.id(), LocalDate.of(2026, 1, 14), DocumentFormat.DOCX, Scope.all())))
			.doesNotContain("Nguyễn Thị Quy Hoạch")
			.contains("Tổng số: 2 chức danh, 0 lượt");

		byte[] pdf = documents.list(plan.id(), ON, DocumentFormat.PDF, Scope.all());
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument d = Loader.loadPDF(pdf)) {
			// the table's narrow columns wrap words: compared without white space
			String s = new PDFTextStripper().getText(d).replaceAll("\\s+", "");
			assertThat(s).contains("DANHSÁCHQUYHOẠCHCÁNBỘ", "NguyễnThịQuyHoạch", "09/07/1984",
					"(chưacócánbộtrongquyhoạch)", "10/01/2026:Hộinghịcánbộchủchốtbỏphiếu25/30phiếu");
			Path dir = Path.of("target/planning-documents");
			Files.createDirectories(dir);
			Files.write(dir.resolve("danh-sach-quy-hoach.pdf"), pdf);
			ImageIO.write(new PDFRenderer(d).renderImageWithDPI(0, 110), "png",
					dir.resolve("danh-sach-quy-hoach.png").toFile());
			// the dates are not wrapped: each on one line of the text (issue 17)
			String lines = new PDFTextStripper().getText(d);
			assertThat(lines).contains("09/07/1984", "15/01/2026", "10/01/2026");
		}

		// the list's table inside the text width (A4, margins 30 and 15 mm: 9,355 twips),
		// also in the PDF, whose cells add 1 mm of padding on each side and a 1 px border
		try (XWPFDocument doc = new XWPFDocument(
				new ByteArrayInputStream(documents.list(plan.id(), ON, DocumentFormat.DOCX, Scope.all())))) {
			XWPFTable list = doc.getTables().get(1);
			java.util.List<java.math.BigInteger> grid = list.getCTTbl()
				.getTblGrid()
				.getGridColList()
				.stream()
				.map(g -> (java.math.BigInteger) g.getW())
				.toList();
			assertThat(grid).hasSize(8);
			long sum = grid.stream().mapToLong(java.math.BigInteger::longValue).sum();
			assertThat(sum + 8 * 113 + 9 * 15).isLessThanOrEqualTo(9355);
			// the date columns (birth, added) wide enough for dd/MM/yyyy at 10 pt
			assertThat(grid.get(3).longValue()).isGreaterThanOrEqualTo(1150);
			assertThat(grid.get(6).longValue()).isGreaterThanOrEqualTo(1150);
		}

		// the 38-item CV, item 24
		String cv = text(cvs.cv2cDocx(p, ON, CvLayout.TT06_2023, Scope.all()));
		assertThat(cv).contains("Chủ tịch UBND — " + t.a().name() + ", nhiệm kỳ 2025–2030");
		assertThat(text(cvs.cv2cDocx(p, LocalDate.of(2026, 1, 14), CvLayout.TT06_2023, Scope.all())))
			.doesNotContain("Chủ tịch UBND — ");

		// scope: A's officer gets A's list (DOCX and PDF), B's is 404
		MockHttpServletResponse own = mvc
			.perform(get("/planning/" + plan.id() + "/list").param("on", "01/03/2026")
				.with(csrf())
				.with(TestUsers.officer(a)))
			.andReturn()
			.getResponse();
		assertThat(own.getStatus()).isEqualTo(200);
		assertThat(text(own.getContentAsByteArray())).contains("Nguyễn Thị Quy Hoạch");
		assertThat(
				mvc.perform(get("/planning/" + plan.id() + "/list").param("format", "pdf").with(TestUsers.officer(a)))
					.andReturn()
					.getResponse()
					.getContentType())
			.isEqualTo("application/pdf");
		assertThat(mvc.perform(get("/planning/" + other.id() + "/list").with(TestUsers.officer(a)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	/** The text of a .docx: paragraphs and table cells, in order. */
	static String text(byte[] docx) throws IOException {
		try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
			StringBuilder b = new StringBuilder();
			for (IBodyElement e : d.getBodyElements()) {
				if (e instanceof XWPFParagraph p) {
					b.append(p.getText()).append('\n');
				}
				else if (e instanceof XWPFTable t) {
					t.getRows().forEach(r -> {
						r.getTableCells().forEach(c -> b.append(c.getText()).append(" | "));
						b.append('\n');
					});
				}
			}
			return b.toString();
		}
	}

}

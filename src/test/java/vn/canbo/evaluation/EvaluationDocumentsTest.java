package vn.canbo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.canbo.documents.DecisionPlaceholders;
import vn.canbo.documents.DocumentFormat;
import vn.canbo.documents.DocumentTemplates;
import vn.canbo.rules.RuleMode;
import vn.canbo.rules.RuleParameters;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;

/**
 * Issue 15: the phiếu đánh giá và xếp loại chất lượng and the biên bản of a campaign,
 * DOCX and PDF, from the seeded editable templates: every placeholder filled (no
 * {@code {{}), the values of the records (scores 30 + 70, steps with dates and actors,
 * rating, decision; counts and shares per level, quota check, list), Vietnamese
 * diacritics in the PDF text; scoped. Writes the files to target/evaluation-documents for
 * a look.
 */
@SpringBootTest
class EvaluationDocumentsTest {

	@Autowired
	EvaluationFixture fx;

	@Autowired
	Campaigns campaigns;

	@Autowired
	EvaluationDocuments documents;

	@Autowired
	DocumentTemplates templates;

	@Autowired
	RuleParameters params;

	static String docx(byte[] b) throws Exception {
		try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(b));
				XWPFWordExtractor x = new XWPFWordExtractor(d)) {
			return x.getText();
		}
	}

	static String pdf(byte[] b) throws Exception {
		try (PDDocument d = Loader.loadPDF(b)) {
			return new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
		}
	}

	static void keep(String name, byte[] b) throws Exception {
		Path dir = Path.of("target/evaluation-documents");
		Files.createDirectories(dir);
		Files.write(dir.resolve(name), b);
	}

	@Test
	void theFormAndTheMinutes() throws Exception {
		LocalDate from = LocalDate.of(2041, 1, 1);
		if (params.get("eval.quota.excellent_pct", from.plusMonths(6)).mode() != RuleMode.WARN) {
			params.change("eval.quota.excellent_pct", new RuleParameters.Change("20", RuleMode.WARN,
					"Nghị định 335/2025/NĐ-CP (kiểm thử chế độ WARN)", from, null));
		}
		EvaluationFixture.Tree t = fx.tree();
		long an = fx.person("Phạm Thị Ánh", t.a().id());
		long binh = fx.person("Đặng Văn Bình", t.a().id());
		long cuong = fx.person("Vũ Đức Cường", t.a().id());
		Campaign c = campaigns.open(EvaluationFixture.year("Đánh giá năm", t.a().id(), 2041), Scope.all());
		Map<Long, Subject> s = new java.util.HashMap<>();
		campaigns.subjects(c.id(), Scope.all()).forEach(x -> s.put(x.personId(), x));
		long subject = s.get(an).id();
		campaigns.record(c.id(),
				List.of(EvaluationFixture.parts(subject, "28.5", "67", Rating.EXCELLENT),
						EvaluationFixture.parts(s.get(binh).id(), "25", "55", Rating.GOOD),
						EvaluationFixture.parts(s.get(cuong).id(), "24", "52", Rating.GOOD)),
				Scope.all());
		campaigns.recordStep(subject, new StepEntry(StepKind.SELF_ASSESSMENT, LocalDate.of(2041, 12, 5), "Phạm Thị Ánh",
				new BigDecimal("96"), Rating.EXCELLENT, null), Scope.all());
		campaigns.recordStep(subject, new StepEntry(StepKind.COLLECTIVE_OPINION, LocalDate.of(2041, 12, 12),
				"Tập thể Văn phòng UBND xã", null, null, "Nhất trí"), Scope.all());
		byte[] draft = documents.form(subject, DocumentFormat.DOCX, Scope.all());
		assertThat(docx(draft)).contains("Chưa có quyết định của cấp có thẩm quyền");
		campaigns.finalise(c.id(),
				new Finalisation(LocalDate.of(2042, 1, 15), "Chủ tịch UBND xã", "Thành tích nổi bật"), Scope.all());

		byte[] form = documents.form(subject, DocumentFormat.DOCX, Scope.all());
		keep("phieu.docx", form);
		String f = docx(form);
		assertThat(f).doesNotContain("{{")
			.contains("PHIẾU ĐÁNH GIÁ VÀ XẾP LOẠI CHẤT LƯỢNG", "Năm 2041", "Họ và tên: Phạm Thị Ánh",
					"Ngày sinh: 09/03/1985", "Chức vụ: Chuyên viên", "Đơn vị công tác: " + t.a().name(),
					"Tiêu chí chung: 28,5/30", "Kết quả thực hiện nhiệm vụ: 67/70", "Tổng số điểm: 95,5/100",
					"ngày 05/12/2041: Phạm Thị Ánh, 96 điểm, Hoàn thành xuất sắc nhiệm vụ (HTXSNV)",
					"ngày 12/12/2041: Tập thể Văn phòng UBND xã", "Xếp loại: Hoàn thành xuất sắc nhiệm vụ (HTXSNV)",
					"Đã được Chủ tịch UBND xã quyết định công nhận kết quả xếp loại ngày 15/01/2042",
					"ngày 15 tháng 01 năm 2042");
		byte[] formPdf = documents.form(subject, DocumentFormat.PDF, Scope.all());
		keep("phieu.pdf", formPdf);
		assertThat(pdf(formPdf)).doesNotContain("{{")
			.contains("PHIẾU ĐÁNH GIÁ VÀ XẾP LOẠI CHẤT LƯỢNG", "Phạm Thị Ánh", "Hoàn thành xuất sắc nhiệm vụ",
					"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");

		byte[] minutes = documents.minutes(c.id(), DocumentFormat.DOCX, Scope.all());
		keep("bien-ban.docx", minutes);
		String m = docx(minutes);
		assertThat(m).doesNotContain("{{")
			.contains("BIÊN BẢN", "Tổng số người được đánh giá: 3; đã xếp loại: 3.",
					"Hoàn thành xuất sắc nhiệm vụ: 1 người (33,33%)", "Hoàn thành tốt nhiệm vụ: 2 người (66,67%)",
					"Không hoàn thành nhiệm vụ: 0 người (0,00%)", "vượt 1 người so với tỷ lệ 20%",
					"(Nghị định 335/2025/NĐ-CP",
					"Đặng Văn Bình — " + t.a().name() + " — 80 điểm — Hoàn thành tốt nhiệm vụ (HTTNV)");
		byte[] minutesPdf = documents.minutes(c.id(), DocumentFormat.PDF, Scope.all());
		keep("bien-ban.pdf", minutesPdf);
		assertThat(pdf(minutesPdf)).contains("BIÊN BẢN", "Vũ Đức Cường", "Hoàn thành tốt nhiệm vụ");

		// scoped: another commune's officer sees neither
		assertThatThrownBy(() -> documents.form(subject, DocumentFormat.DOCX, Scope.of(t.b().id())))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> documents.minutes(c.id(), DocumentFormat.PDF, Scope.of(t.b().id())))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void theTemplatesAreSeededEditableAndUseKnownTags() {
		for (String type : List.of(DecisionPlaceholders.EVALUATION_FORM, DecisionPlaceholders.EVALUATION_MINUTES)) {
			var t = templates.forDecisionType(type).orElseThrow();
			assertThat(DecisionPlaceholders.names()).containsAll(DocumentTemplates.tags(templates.content(t.code())));
		}
	}

}

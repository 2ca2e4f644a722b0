package vn.canbo.documents;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the shipped evaluation templates (issue 15) — PHIEU_DANH_GIA (phiếu đánh giá và
 * xếp loại chất lượng of one person) and BIEN_BAN_DANH_GIA (biên bản of a campaign) —
 * into src/main/resources/documents/templates. Run only on demand:
 * {@code mvn test -Dtest=EvaluationTemplatesGenerator -Dgenerate=true}; an administrator
 * edits the seeded copies in Word afterwards.
 */
class EvaluationTemplatesGenerator {

	static final Path DIR = Path.of("src/main/resources/documents/templates");

	@Test
	@EnabledIfSystemProperty(named = "generate", matches = "true")
	void generate() throws IOException {
		write("PHIEU_DANH_GIA", form());
		write("BIEN_BAN_DANH_GIA", minutes());
	}

	private static void write(String code, XWPFDocument doc) throws IOException {
		try (doc; FileOutputStream out = new FileOutputStream(DIR.resolve(code + ".docx").toFile())) {
			doc.write(out);
		}
	}

	private static void header(XWPFDocument doc) {
		XWPFTable t = Docx.table(doc, List.of(3700, Docx.CONTENT - 3700), 1, false);
		Docx.cellText(t.getRow(0).getCell(0), "{{issuingBodyParent}}\n{{issuingBody}}", true, false, 12,
				ParagraphAlignment.CENTER);
		Docx.cellText(t.getRow(0).getCell(1), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", true,
				false, 12, ParagraphAlignment.CENTER);
	}

	private static XWPFParagraph line(XWPFDocument doc, String text, boolean bold, ParagraphAlignment align) {
		XWPFParagraph p = Docx.paragraph(doc);
		p.setAlignment(align);
		Docx.run(p, text, bold, false, Docx.SIZE);
		return p;
	}

	private static XWPFParagraph line(XWPFDocument doc, String text) {
		return line(doc, text, false, ParagraphAlignment.LEFT);
	}

	private static void signature(XWPFDocument doc, String who) {
		line(doc, "");
		XWPFTable t = Docx.table(doc, List.of(Docx.CONTENT / 2, Docx.CONTENT - Docx.CONTENT / 2), 1, false);
		Docx.cellText(t.getRow(0).getCell(1),
				"{{place}}, ngày {{day}} tháng {{month}} năm {{year}}\n" + who + "\n{{signerAuthority}}", false, false,
				Docx.SIZE, ParagraphAlignment.CENTER);
	}

	static XWPFDocument form() {
		XWPFDocument doc = Docx.a4();
		header(doc);
		line(doc, "");
		line(doc, "PHIẾU ĐÁNH GIÁ VÀ XẾP LOẠI CHẤT LƯỢNG", true, ParagraphAlignment.CENTER);
		line(doc, "{{periodText}}", true, ParagraphAlignment.CENTER);
		line(doc, "");
		line(doc, "Họ và tên: {{personName}}");
		line(doc, "Ngày sinh: {{personBirthDate}}");
		line(doc, "Chức vụ: {{currentTitle}}");
		line(doc, "Đơn vị công tác: {{currentUnit}}");
		line(doc, "Đối tượng: {{category}}; căn cứ đánh giá: {{regime}}");
		line(doc, "Đợt đánh giá: {{campaignName}}");
		line(doc, "I. KẾT QUẢ CHẤM ĐIỂM", true, ParagraphAlignment.LEFT);
		line(doc, "{{?withParts}}");
		line(doc, "1. Tiêu chí chung: {{commonScore}}/30 điểm");
		line(doc, "2. Kết quả thực hiện nhiệm vụ: {{taskScore}}/70 điểm");
		line(doc, "{{/withParts}}");
		line(doc, "Tổng số điểm: {{totalScore}}/100 điểm");
		line(doc, "II. CÁC BƯỚC ĐÁNH GIÁ", true, ParagraphAlignment.LEFT);
		line(doc, "{{?steps}}");
		line(doc, "- {{stepKind}}, ngày {{stepDate}}: {{stepActor}}{{stepResult}}");
		line(doc, "{{/steps}}");
		line(doc, "III. KẾT QUẢ XẾP LOẠI CHẤT LƯỢNG", true, ParagraphAlignment.LEFT);
		line(doc, "Xếp loại: {{ratingText}}", true, ParagraphAlignment.LEFT);
		line(doc, "{{decisionText}}");
		signature(doc, "CẤP CÓ THẨM QUYỀN ĐÁNH GIÁ");
		return doc;
	}

	static XWPFDocument minutes() {
		XWPFDocument doc = Docx.a4();
		header(doc);
		line(doc, "");
		line(doc, "BIÊN BẢN", true, ParagraphAlignment.CENTER);
		line(doc, "Tổng hợp kết quả đánh giá, xếp loại chất lượng", true, ParagraphAlignment.CENTER);
		line(doc, "{{campaignName}} — {{periodText}}", false, ParagraphAlignment.CENTER);
		line(doc, "");
		line(doc, "Đơn vị: {{currentUnit}}");
		line(doc, "Tổng số người được đánh giá: {{subjectCount}}; đã xếp loại: {{ratedCount}}.");
		line(doc, "I. KẾT QUẢ XẾP LOẠI", true, ParagraphAlignment.LEFT);
		line(doc, "1. Hoàn thành xuất sắc nhiệm vụ: {{excellentCount}} người ({{excellentPct}})");
		line(doc, "2. Hoàn thành tốt nhiệm vụ: {{goodCount}} người ({{goodPct}})");
		line(doc, "3. Hoàn thành nhiệm vụ: {{completeCount}} người ({{completePct}})");
		line(doc, "4. Không hoàn thành nhiệm vụ: {{incompleteCount}} người ({{incompletePct}})");
		line(doc, "Chưa xếp loại: {{notRatedCount}} người.");
		line(doc, "II. TỶ LỆ HOÀN THÀNH XUẤT SẮC NHIỆM VỤ", true, ParagraphAlignment.LEFT);
		line(doc, "{{quotaText}}");
		line(doc, "III. DANH SÁCH", true, ParagraphAlignment.LEFT);
		line(doc, "{{?subjects}}");
		line(doc, "{{no}}. {{subjectName}} — {{subjectUnit}} — {{subjectScore}} — {{subjectRating}}");
		line(doc, "{{/subjects}}");
		line(doc, "IV. QUYẾT ĐỊNH", true, ParagraphAlignment.LEFT);
		line(doc, "{{decisionText}}");
		line(doc, "{{statusText}}");
		signature(doc, "CẤP CÓ THẨM QUYỀN ĐÁNH GIÁ");
		return doc;
	}

}

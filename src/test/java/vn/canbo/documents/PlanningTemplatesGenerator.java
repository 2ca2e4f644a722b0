package vn.canbo.documents;

import java.io.FileOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the shipped planning list template (issue 17) — DS_QUY_HOACH, danh sách quy
 * hoạch cán bộ of one plan: the plan's unit, term, kind and approving decision, then a
 * table of the titles with their candidates (birth date, current post, qualifications,
 * date added, votes), its second row repeated per row by {@code {{tableRows}}} — into
 * src/main/resources/documents/templates. Run only on demand:
 * {@code mvn test -Dtest=PlanningTemplatesGenerator -Dgenerate=true}; an administrator
 * edits the seeded copy in Word afterwards.
 */
class PlanningTemplatesGenerator {

	static final List<String> HEADERS = List.of("STT", "Chức danh quy hoạch", "Họ và tên", "Ngày sinh",
			"Chức vụ, đơn vị công tác hiện tại", "Trình độ (CM, LLCT, QLNN)", "Ngày đưa vào quy hoạch",
			"Kết quả biểu quyết");

	static final List<String> FIELDS = List.of("no", "titleName", "personName", "personBirthDate", "currentTitle",
			"qualifications", "addedOn", "votes");

	static final List<Integer> WIDTHS = List.of(450, 1250, 1450, 1150, 1600, 1300, 1100, 955);

	@Test
	@EnabledIfSystemProperty(named = "generate", matches = "true")
	void generate() throws IOException {
		try (XWPFDocument doc = list();
				FileOutputStream out = new FileOutputStream(
						EvaluationTemplatesGenerator.DIR.resolve("DS_QUY_HOACH.docx").toFile())) {
			doc.write(out);
		}
	}

	private static XWPFParagraph line(XWPFDocument doc, String text, boolean bold, ParagraphAlignment align) {
		XWPFParagraph p = Docx.paragraph(doc);
		p.setAlignment(align);
		Docx.run(p, text, bold, false, Docx.SIZE);
		return p;
	}

	static XWPFDocument list() {
		XWPFDocument doc = Docx.a4();
		XWPFTable head = Docx.table(doc, List.of(3700, Docx.CONTENT - 3700), 1, false);
		Docx.cellText(head.getRow(0).getCell(0), "{{issuingBodyParent}}\n{{issuingBody}}", true, false, 12,
				ParagraphAlignment.CENTER);
		Docx.cellText(head.getRow(0).getCell(1),
				"ĐẢNG CỘNG SẢN VIỆT NAM\n{{place}}, ngày {{day}} tháng {{month}} năm {{year}}", true, false, 12,
				ParagraphAlignment.CENTER);
		line(doc, "", false, ParagraphAlignment.LEFT);
		line(doc, "DANH SÁCH QUY HOẠCH CÁN BỘ", true, ParagraphAlignment.CENTER);
		line(doc, "{{unitName}} — nhiệm kỳ {{termText}} ({{kindText}})", true, ParagraphAlignment.CENTER);
		line(doc, "(Kèm theo {{planDecision}})", false, ParagraphAlignment.CENTER);
		line(doc, "", false, ParagraphAlignment.LEFT);
		XWPFTable t = Docx.table(doc, WIDTHS, 2, true);
		for (int c = 0; c < HEADERS.size(); c++) {
			Docx.cellText(t.getRow(0).getCell(c), HEADERS.get(c) + (c == 0 ? "{{tableRows}}" : ""), true, false, 10,
					ParagraphAlignment.CENTER);
			Docx.cellText(t.getRow(1).getCell(c), "[" + FIELDS.get(c) + "]", false, false, 10,
					c == 0 || c == 3 || c == 6 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
		}
		line(doc, "", false, ParagraphAlignment.LEFT);
		line(doc, "Tổng số: {{titleCount}} chức danh, {{candidateCount}} lượt cán bộ trong quy hoạch.", false,
				ParagraphAlignment.LEFT);
		line(doc, "", false, ParagraphAlignment.LEFT);
		XWPFTable sign = Docx.table(doc, List.of(Docx.CONTENT / 2, Docx.CONTENT - Docx.CONTENT / 2), 1, false);
		Docx.cellText(sign.getRow(0).getCell(1), "T/M CẤP CÓ THẨM QUYỀN\n{{signerAuthority}}", true, false, Docx.SIZE,
				ParagraphAlignment.CENTER);
		return doc;
	}

}

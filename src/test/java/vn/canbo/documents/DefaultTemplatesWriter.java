package vn.canbo.documents;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Writes the default decision templates (NĐ 30/2020/NĐ-CP layout) to
 * src/main/resources/documents/templates/. Run, then commit the files (an administrator
 * edits them in Word afterwards; canbo replaces only the templates nobody edited):
 * {@code WRITE_DECISION_TEMPLATES=1 mvn test -Dtest=DefaultTemplatesWriter}.
 */
@EnabledIfEnvironmentVariable(named = "WRITE_DECISION_TEMPLATES", matches = "1")
class DefaultTemplatesWriter {

	static final Path DIR = Path.of("src/main/resources/documents/templates");

	@Test
	void writeAll() throws Exception {
		Files.createDirectories(DIR);
		// issue 20: one layout for every type; the career module writes the abstract and
		// the substance of Điều 1 from what the decision records (ông/bà by gender, no
		// clause without its value), the optional clauses are sections
		for (DefaultTemplates.Default d : DefaultTemplates.ALL) {
			write(d.code(), d.name());
		}
	}

	private static void write(String code, String title) throws Exception {
		try (XWPFDocument doc = Docx.a4(); OutputStream out = Files.newOutputStream(DIR.resolve(code + ".docx"))) {
			int left = 3900;
			XWPFTable head = Docx.table(doc, List.of(left, Docx.CONTENT - left), 1, false);
			XWPFTableCell l = head.getRow(0).getCell(0);
			center(Docx.first(l), "{{issuingBodyParent}}", false, false, 12);
			center(l.addParagraph(), "{{issuingBody}}", true, false, 12);
			center(l.addParagraph(), "_______", true, false, 12);
			center(l.addParagraph(), "Số: {{decisionNumber}}", false, false, 13);
			XWPFTableCell r = head.getRow(0).getCell(1);
			center(Docx.first(r), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, false, 12);
			center(r.addParagraph(), "Độc lập - Tự do - Hạnh phúc", true, false, 13);
			center(r.addParagraph(), "_______________________", true, false, 12);
			center(r.addParagraph(), "{{place}}, ngày {{day}} tháng {{month}} năm {{year}}", false, true, 13);

			XWPFParagraph p = Docx.paragraph(doc);
			p.setSpacingBefore(360);
			center(p, "QUYẾT ĐỊNH", true, false, 14);
			center(Docx.paragraph(doc), "{{abstract}}", true, false, 14);
			center(Docx.paragraph(doc), "___________", true, false, 13);
			p = Docx.paragraph(doc);
			p.setSpacingBefore(240);
			p.setSpacingAfter(240);
			center(p, "{{signerAuthority}}", true, false, 14);

			body(Docx.paragraph(doc), "{{?bases}}", false, false);
			body(Docx.paragraph(doc), "{{text}}", false, true);
			body(Docx.paragraph(doc), "{{/bases}}", false, false);
			body(Docx.paragraph(doc), "{{?withProposer}}", false, false);
			body(Docx.paragraph(doc), "Xét đề nghị của {{proposer}}.", false, true);
			body(Docx.paragraph(doc), "{{/withProposer}}", false, false);

			p = Docx.paragraph(doc);
			p.setSpacingBefore(240);
			p.setSpacingAfter(240);
			center(p, "QUYẾT ĐỊNH:", true, false, 14);

			p = body(Docx.paragraph(doc), "Điều 1. ", true, false);
			Docx.run(p, "{{article1}}", false, false, 14);
			body(Docx.paragraph(doc), "{{?details}}", false, false);
			body(Docx.paragraph(doc), "{{text}}", false, false);
			body(Docx.paragraph(doc), "{{/details}}", false, false);
			p = body(Docx.paragraph(doc), "Điều 2. ", true, false);
			Docx.run(p, "Quyết định này có hiệu lực {{effectiveClause}}.", false, false, 14);
			p = body(Docx.paragraph(doc), "Điều 3. ", true, false);
			Docx.run(p, "{{executors}} và {{ongBa}} {{personName}} chịu trách nhiệm thi hành Quyết định này./.", false,
					false, 14);

			Docx.paragraph(doc);
			int half = 4300;
			XWPFTable foot = Docx.table(doc, List.of(half, Docx.CONTENT - half), 1, false);
			XWPFTableCell fl = foot.getRow(0).getCell(0);
			Docx.run(Docx.first(fl), "Nơi nhận:", true, true, 12);
			Docx.run(fl.addParagraph(), "- Như Điều 3;", false, false, 11);
			Docx.run(fl.addParagraph(), "{{?recipients}}", false, false, 11);
			Docx.run(fl.addParagraph(), "- {{text}};", false, false, 11);
			Docx.run(fl.addParagraph(), "{{/recipients}}", false, false, 11);
			Docx.run(fl.addParagraph(), "- Lưu: VT, {{archiveCode}}.", false, false, 11);
			XWPFTableCell fr = foot.getRow(0).getCell(1);
			center(Docx.first(fr), "{{?withCollective}}", true, false, 14);
			center(fr.addParagraph(), "TM. {{collective}}", true, false, 14);
			center(fr.addParagraph(), "{{/withCollective}}", true, false, 14);
			center(fr.addParagraph(), "{{?withDeputy}}", true, false, 14);
			center(fr.addParagraph(), "KT. {{headTitle}}", true, false, 14);
			center(fr.addParagraph(), "{{/withDeputy}}", true, false, 14);
			center(fr.addParagraph(), "{{signerTitle}}", true, false, 14);
			XWPFParagraph sp = fr.addParagraph();
			sp.setSpacingBefore(1600);
			center(sp, "{{signerName}}", true, false, 14);
			doc.getProperties().getCoreProperties().setTitle(title);
			doc.getProperties().getCoreProperties().setCreator("canbo");
			doc.write(out);
		}
	}

	private static XWPFParagraph center(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
		p.setAlignment(ParagraphAlignment.CENTER);
		p.setSpacingAfter(0);
		Docx.run(p, text, bold, italic, size);
		return p;
	}

	private static XWPFParagraph body(XWPFParagraph p, String text, boolean bold, boolean italic) {
		p.setAlignment(ParagraphAlignment.BOTH);
		p.setIndentationFirstLine(567);
		p.setSpacingAfter(120);
		if (!text.isEmpty()) {
			Docx.run(p, text, bold, italic, 14);
		}
		return p;
	}

}

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
 * src/main/resources/documents/templates/. Run once, then commit the files (they are
 * edited in Word afterwards, not regenerated):
 * {@code WRITE_DECISION_TEMPLATES=1 mvn test -Dtest=DefaultTemplatesWriter}.
 */
@EnabledIfEnvironmentVariable(named = "WRITE_DECISION_TEMPLATES", matches = "1")
class DefaultTemplatesWriter {

	static final Path DIR = Path.of("src/main/resources/documents/templates");

	@Test
	void writeAll() throws Exception {
		Files.createDirectories(DIR);
		write("QD_BO_NHIEM", "Về việc bổ nhiệm cán bộ", List.of(
				"Bổ nhiệm ông (bà) {{personName}}, sinh ngày {{personBirthDate}}, {{currentTitle}}, {{currentUnit}}, "
						+ "giữ chức vụ {{newTitle}}, {{newUnit}}.",
				"Thời hạn giữ chức vụ là {{termYears}} năm, kể từ ngày {{effectiveDate}}."),
				"Ông (bà) {{personName}} được hưởng phụ cấp chức vụ hệ số {{positionAllowance}} theo quy định hiện hành.");
		write("QD_DIEU_DONG", "Về việc điều động cán bộ", List
			.of("Điều động ông (bà) {{personName}}, sinh ngày {{personBirthDate}}, {{currentTitle}}, {{currentUnit}}, "
					+ "đến nhận công tác tại {{newUnit}}, giữ chức vụ {{newTitle}}, kể từ ngày {{effectiveDate}}."),
				"Ông (bà) {{personName}} được giữ nguyên ngạch {{rankName}} (mã ngạch {{rankCode}}), bậc {{step}}, "
						+ "hệ số lương {{coefficient}} và các chế độ hiện hưởng.");
		write("QD_LUAN_CHUYEN", "Về việc luân chuyển cán bộ", List.of(
				"Luân chuyển ông (bà) {{personName}}, sinh ngày {{personBirthDate}}, {{currentTitle}}, {{currentUnit}}, "
						+ "đến giữ chức vụ {{newTitle}}, {{newUnit}}.",
				"Thời gian luân chuyển là {{termYears}} năm, kể từ ngày {{effectiveDate}}."),
				"Trong thời gian luân chuyển, ông (bà) {{personName}} được hưởng các chế độ, chính sách đối với cán bộ "
						+ "luân chuyển theo quy định hiện hành.");
		write("QD_NANG_LUONG", "Về việc nâng bậc lương thường xuyên", List.of(
				"Nâng bậc lương thường xuyên đối với ông (bà) {{personName}}, {{currentTitle}}, {{currentUnit}}: "
						+ "ngạch {{rankName}} (mã ngạch {{rankCode}}), từ bậc {{oldStep}}, hệ số {{oldCoefficient}} "
						+ "lên bậc {{newStep}}, hệ số {{newCoefficient}}, kể từ ngày {{salaryFrom}}.",
				"Thời gian xét nâng bậc lương lần sau được tính kể từ ngày {{nextRaiseFrom}}."),
				"Ông (bà) {{personName}} được hưởng lương theo bậc mới kể từ ngày {{salaryFrom}}.");
		write("QD_NGHI_HUU", "Về việc nghỉ hưu để hưởng chế độ bảo hiểm xã hội", List
			.of("Cho ông (bà) {{personName}}, sinh ngày {{personBirthDate}}, {{currentTitle}}, {{currentUnit}}, "
					+ "được nghỉ công tác để hưởng chế độ hưu trí kể từ ngày {{retirementDate}}."),
				"Ông (bà) {{personName}} (số sổ BHXH {{socialInsuranceNo}}) được hưởng chế độ bảo hiểm xã hội theo quy định; "
						+ "{{socialInsuranceAgency}} giải quyết chế độ theo quy định của pháp luật.");
	}

	private static void write(String code, String subject, List<String> article1, String article2) throws Exception {
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
			center(Docx.paragraph(doc), subject, true, false, 14);
			center(Docx.paragraph(doc), "___________", true, false, 13);
			p = Docx.paragraph(doc);
			p.setSpacingBefore(240);
			p.setSpacingAfter(240);
			center(p, "{{signerAuthority}}", true, false, 14);

			body(Docx.paragraph(doc), "{{?bases}}", false, false);
			body(Docx.paragraph(doc), "{{text}}", false, true);
			body(Docx.paragraph(doc), "{{/bases}}", false, false);
			body(Docx.paragraph(doc), "Xét đề nghị của {{proposer}}.", false, true);

			p = Docx.paragraph(doc);
			p.setSpacingBefore(240);
			p.setSpacingAfter(240);
			center(p, "QUYẾT ĐỊNH:", true, false, 14);

			for (int i = 0; i < article1.size(); i++) {
				p = body(Docx.paragraph(doc), i == 0 ? "Điều 1. " : "", true, false);
				Docx.run(p, article1.get(i), false, false, 14);
			}
			p = body(Docx.paragraph(doc), "Điều 2. ", true, false);
			Docx.run(p, article2, false, false, 14);
			p = body(Docx.paragraph(doc), "Điều 3. ", true, false);
			Docx.run(p, "Quyết định có hiệu lực kể từ ngày ký. {{executors}} và ông (bà) {{personName}} "
					+ "chịu trách nhiệm thi hành Quyết định này./.", false, false, 14);

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
			center(Docx.first(fr), "{{signerTitle}}", true, false, 14);
			XWPFParagraph sp = fr.addParagraph();
			sp.setSpacingBefore(1600);
			center(sp, "{{signerName}}", true, false, 14);
			doc.getProperties().getCoreProperties().setTitle(subject);
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

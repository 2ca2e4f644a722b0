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
 * Writes the shipped Phiếu đảng viên template (issue 18, regulations.md §1.4) —
 * PHIEU_DANG_VIEN: the header (Đảng bộ tỉnh, xã, cơ sở, bộ phận, chi bộ, số thẻ) and
 * items 01–20 in the order of the form, those canbo does not record (13–16, 18) left as
 * dotted lines to fill by hand — into src/main/resources/documents/templates. Run only on
 * demand: {@code mvn test -Dtest=PartyTemplatesGenerator -Dgenerate=true}.
 */
class PartyTemplatesGenerator {

	static final List<String> ITEMS = List.of("01) Họ và tên đang dùng: {{personName}}", "02) Giới tính: {{pmGender}}",
			"03) Họ và tên khai sinh / tên gọi khác: {{pmOtherNames}}", "04) Sinh ngày: {{personBirthDate}}",
			"05) Nơi đăng ký khai sinh: {{pmBirthPlace}}", "06) Quê quán: {{pmHomeTown}}",
			"07) Nơi thường trú: {{pmResidence}}", "08) Dân tộc: {{pmEthnicity}}", "09) Tôn giáo: {{pmReligion}}",
			"10) Thành phần gia đình: {{pmFamilyBackground}}", "11) Nghề nghiệp hiện nay: {{pmOccupation}}",
			"12) Ngày vào Đảng: {{pmJoinedOn}}, tại chi bộ: {{pmJoinedCell}}; ngày ra quyết định kết nạp: {{pmDecidedOn}}; "
					+ "ngày chính thức: {{pmOfficialOn}}, tại chi bộ: {{pmOfficialCell}}",
			"13) Ngày tuyển dụng, cơ quan tuyển dụng: ……………………………………", "14) Ngày vào Đoàn TNCS Hồ Chí Minh: ……………………",
			"15) Tổ chức chính trị - xã hội khác: ……………………………………", "16) Ngày nhập ngũ, xuất ngũ: ……………………………",
			"17) Trình độ: giáo dục phổ thông {{pmEducation}}; chuyên môn nghiệp vụ {{pmProfessional}}; "
					+ "lý luận chính trị {{pmTheory}}",
			"18) Tình trạng sức khỏe; thương binh; gia đình liệt sĩ, có công: ……………………………",
			"19) Số căn cước: {{pmNationalId}}", "20) Miễn công tác và sinh hoạt đảng từ ngày: {{pmExempt}}");

	@Test
	@EnabledIfSystemProperty(named = "generate", matches = "true")
	void generate() throws IOException {
		try (XWPFDocument doc = form();
				FileOutputStream out = new FileOutputStream(
						EvaluationTemplatesGenerator.DIR.resolve("PHIEU_DANG_VIEN.docx").toFile())) {
			doc.write(out);
		}
	}

	private static XWPFParagraph line(XWPFDocument doc, String text, boolean bold, ParagraphAlignment align) {
		XWPFParagraph p = Docx.paragraph(doc);
		p.setAlignment(align);
		Docx.run(p, text, bold, false, Docx.SIZE);
		return p;
	}

	static XWPFDocument form() {
		XWPFDocument doc = Docx.a4();
		XWPFTable head = Docx.table(doc, List.of(Docx.CONTENT - 2000, 2000), 1, false);
		Docx.cellText(head.getRow(0).getCell(0),
				"Đảng bộ tỉnh (tđ): {{pmProvince}}\nĐảng bộ xã (tđ): {{pmCommune}}\nĐảng bộ cơ sở: {{pmGrassroots}}\n"
						+ "Đảng bộ bộ phận: {{pmSection}}\nChi bộ: {{pmCell}}\nSố thẻ đảng viên: {{pmCard}}",
				false, false, 12, ParagraphAlignment.LEFT);
		Docx.cellText(head.getRow(0).getCell(1), "Ảnh 3×4", false, true, 11, ParagraphAlignment.CENTER);
		line(doc, "", false, ParagraphAlignment.LEFT);
		line(doc, "PHIẾU ĐẢNG VIÊN", true, ParagraphAlignment.CENTER);
		line(doc, "", false, ParagraphAlignment.LEFT);
		for (String item : ITEMS) {
			line(doc, item, false, ParagraphAlignment.LEFT);
		}
		line(doc, "", false, ParagraphAlignment.LEFT);
		line(doc, "Tình trạng: {{pmStatus}}", false, ParagraphAlignment.LEFT);
		line(doc, "", false, ParagraphAlignment.LEFT);
		XWPFTable sign = Docx.table(doc, List.of(Docx.CONTENT / 2, Docx.CONTENT - Docx.CONTENT / 2), 1, false);
		Docx.cellText(sign.getRow(0).getCell(0), "ĐẢNG VIÊN\n(Ký, ghi rõ họ tên)", true, false, Docx.SIZE,
				ParagraphAlignment.CENTER);
		Docx.cellText(sign.getRow(0).getCell(1), "{{place}}, ngày {{day}} tháng {{month}} năm {{year}}\nT/M CHI ỦY",
				true, false, Docx.SIZE, ParagraphAlignment.CENTER);
		return doc;
	}

}

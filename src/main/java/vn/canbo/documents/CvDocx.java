package vn.canbo.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import vn.canbo.documents.CvModel.Block;
import vn.canbo.documents.CvModel.Field;
import vn.canbo.documents.CvModel.Heading;
import vn.canbo.documents.CvModel.Item;
import vn.canbo.documents.CvModel.Lines;
import vn.canbo.documents.CvModel.Table;

/**
 * Writes a {@link CvModel} as a Word document (POI XWPF), laid out like the printed form.
 */
final class CvDocx {

	private static final int SMALL = 12;

	private static final int PHOTO_W = 2400;

	private static final int PHOTO_H = 3402; // 6 cm

	private CvDocx() {
	}

	static byte[] write(CvModel m) {
		try (XWPFDocument doc = Docx.a4(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			header(doc, m);
			photoAndTitle(doc, m);
			for (Block b : m.blocks()) {
				block(doc, b);
			}
			signature(doc, m);
			doc.getProperties().getCoreProperties().setTitle(m.title() + " - " + m.personName());
			doc.getProperties().getCoreProperties().setCreator("canbo");
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void header(XWPFDocument doc, CvModel m) {
		int left = 5800;
		XWPFTable t = Docx.table(doc, List.of(left, Docx.CONTENT - left), 1, false);
		XWPFTableCell l = t.getRow(0).getCell(0);
		boolean firstPara = true;
		for (Field f : m.header()) {
			XWPFParagraph p = firstPara ? Docx.first(l) : l.addParagraph();
			Docx.compact(p);
			firstPara = false;
			Docx.dottedTab(p, left - 150);
			Docx.run(p, f.label() + ": ", false, false, SMALL);
			Docx.run(p, f.value(), true, false, SMALL);
			Docx.tabToEnd(p);
		}
		XWPFTableCell r = t.getRow(0).getCell(1);
		Docx.cellText(r, m.formCode(), true, false, SMALL, ParagraphAlignment.CENTER);
		XWPFParagraph note = r.addParagraph();
		note.setAlignment(ParagraphAlignment.CENTER);
		Docx.run(note, "(" + m.formNote() + ")", false, true, 11);
		r.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.TOP);
		Docx.paragraph(doc);
	}

	private static void photoAndTitle(XWPFDocument doc, CvModel m) {
		int gap = 250;
		int right = Docx.CONTENT - PHOTO_W - gap;
		XWPFTable t = Docx.table(doc, List.of(PHOTO_W, gap, right), 1, false);
		Docx.height(t, 0, PHOTO_H);
		XWPFTableCell photo = t.getRow(0).getCell(0);
		Docx.boxed(photo);
		if (m.photo() == null) {
			Docx.cellText(photo, "Ảnh màu\n(4 x 6 cm)", false, false, SMALL, ParagraphAlignment.CENTER);
		}
		else {
			picture(photo, m.photo());
		}
		XWPFTableCell cell = t.getRow(0).getCell(2);
		XWPFParagraph title = Docx.first(cell);
		title.setAlignment(ParagraphAlignment.CENTER);
		title.setSpacingAfter(160);
		Docx.run(title, m.title(), true, false, 15);
		cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.TOP);
		for (Block b : m.beside()) {
			if (b instanceof Item it) {
				XWPFParagraph p = cell.addParagraph();
				Docx.compact(p);
				item(p, it, right - 150);
			}
		}
		Docx.paragraph(doc);
	}

	/** The dossier photo (JPEG, 2:3) filling the 4×6 box. */
	private static void picture(XWPFTableCell cell, byte[] jpeg) {
		XWPFParagraph p = Docx.first(cell);
		p.setAlignment(ParagraphAlignment.CENTER);
		Docx.compact(p);
		try (java.io.InputStream in = new java.io.ByteArrayInputStream(jpeg)) {
			p.createRun()
				.addPicture(in, org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_JPEG, "anh-4x6.jpg",
						org.apache.poi.util.Units.EMU_PER_CENTIMETER * 38 / 10,
						org.apache.poi.util.Units.EMU_PER_CENTIMETER * 57 / 10);
		}
		catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void block(XWPFDocument doc, Block b) {
		if (b instanceof Item it) {
			item(Docx.paragraph(doc), it, Docx.CONTENT);
		}
		else if (b instanceof Heading h) {
			XWPFParagraph p = Docx.paragraph(doc);
			p.setSpacingBefore(h.number().isEmpty() ? 40 : 120);
			p.setKeepNext(true);
			Docx.run(p, (h.number().isEmpty() ? "" : h.number() + " ") + h.text(), !h.number().isEmpty(),
					h.number().isEmpty(), Docx.SIZE);
			if (h.note() != null) {
				Docx.run(p, " " + h.note(), false, true, SMALL);
			}
		}
		else if (b instanceof Table tb) {
			table(doc, tb);
		}
		else if (b instanceof Lines ls) {
			for (String s : ls.text()) {
				XWPFParagraph p = Docx.paragraph(doc);
				Docx.dottedTab(p, Docx.CONTENT);
				Docx.run(p, s);
				Docx.tabToEnd(p);
			}
			for (int i = 0; i < ls.blank(); i++) {
				XWPFParagraph p = Docx.paragraph(doc);
				Docx.dottedTab(p, Docx.CONTENT);
				Docx.tabToEnd(p);
			}
		}
	}

	/** "3) Sinh ngày: 17/05/1980 Giới tính (nam, nữ): Nam ……………" */
	static void item(XWPFParagraph p, Item it, int width) {
		Docx.dottedTab(p, width);
		boolean first = true;
		for (Field f : it.fields()) {
			String prefix = first && !it.number().isEmpty() ? it.number() + " " : first ? "" : "   ";
			Docx.run(p, prefix + f.label() + ": ");
			Docx.run(p, f.value(), true, false, Docx.SIZE);
			first = false;
		}
		Docx.tabToEnd(p);
	}

	private static void table(XWPFDocument doc, Table tb) {
		int total = tb.widths().stream().mapToInt(Integer::intValue).sum();
		List<Integer> widths = new ArrayList<>();
		int used = 0;
		for (int i = 0; i < tb.widths().size(); i++) {
			int w = i == tb.widths().size() - 1 ? Docx.CONTENT - used : Docx.CONTENT * tb.widths().get(i) / total;
			widths.add(w);
			used += w;
		}
		boolean head = tb.headers() != null;
		int rows = tb.rows().size() + (head ? 1 : 0);
		XWPFTable t = Docx.table(doc, widths, rows, true);
		int r = 0;
		if (head) {
			t.getRow(0).setRepeatHeader(true);
			for (int c = 0; c < tb.headers().size(); c++) {
				Docx.cellText(t.getRow(0).getCell(c), tb.headers().get(c), true, false, SMALL,
						ParagraphAlignment.CENTER);
			}
			r = 1;
		}
		for (List<String> row : tb.rows()) {
			for (int c = 0; c < row.size() && c < widths.size(); c++) {
				boolean bold = tb.headerColumn() && c == 0;
				Docx.cellText(t.getRow(r).getCell(c), row.get(c), bold, false, SMALL,
						bold || tb.headerColumn() ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
			}
			Docx.height(t, r, 400);
			r++;
		}
		Docx.paragraph(doc).setSpacingAfter(0);
	}

	private static void signature(XWPFDocument doc, CvModel m) {
		int half = Docx.CONTENT / 2;
		XWPFTable t = Docx.table(doc, List.of(half, Docx.CONTENT - half), 1, false);
		CvModel.Signature s = m.signature();
		XWPFTableCell l = t.getRow(0).getCell(0);
		XWPFParagraph p = Docx.first(l);
		p.setAlignment(ParagraphAlignment.CENTER);
		Docx.run(p, " ", false, false, Docx.SIZE);
		p = l.addParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		Docx.run(p, s.leftTitle(), true, false, Docx.SIZE);
		p = l.addParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		Docx.run(p, s.leftNote(), false, true, SMALL);
		p = l.addParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		p.setSpacingBefore(1200);
		Docx.run(p, s.leftName(), true, false, Docx.SIZE);
		XWPFTableCell r = t.getRow(0).getCell(1);
		p = Docx.first(r);
		p.setAlignment(ParagraphAlignment.CENTER);
		Docx.run(p, s.rightDateLine(), false, true, Docx.SIZE);
		p = r.addParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		Docx.run(p, s.rightTitle(), true, false, Docx.SIZE);
		p = r.addParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		Docx.run(p, s.rightNote(), false, true, SMALL);
	}

}

package vn.canbo.documents;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * Small POI XWPF helpers for documents in the layout of NĐ 30/2020/NĐ-CP: A4, Times New
 * Roman 13 pt, margins top 20 mm, bottom 20 mm, left 30 mm, right 15 mm. Sizes in twips
 * (1 mm = 56.7 twips).
 */
final class Docx {

	static final String FONT = "Times New Roman";
	static final int SIZE = 13;
	static final int A4_W = 11906;
	static final int A4_H = 16838;
	static final int TOP = 1134;
	static final int BOTTOM = 1134;
	static final int LEFT = 1701;
	static final int RIGHT = 850;

	/** Width of the text area: 165 mm. */
	static final int CONTENT = A4_W - LEFT - RIGHT;

	private Docx() {
	}

	/**
	 * A new A4 document with the NĐ 30/2020 margins and Times New Roman 13 pt as default.
	 */
	static XWPFDocument a4() {
		XWPFDocument doc = new XWPFDocument();
		CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
				: doc.getDocument().getBody().addNewSectPr();
		CTPageSz sz = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
		sz.setW(BigInteger.valueOf(A4_W));
		sz.setH(BigInteger.valueOf(A4_H));
		CTPageMar m = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
		m.setTop(BigInteger.valueOf(TOP));
		m.setBottom(BigInteger.valueOf(BOTTOM));
		m.setLeft(BigInteger.valueOf(LEFT));
		m.setRight(BigInteger.valueOf(RIGHT));
		m.setHeader(BigInteger.valueOf(567));
		m.setFooter(BigInteger.valueOf(567));
		m.setGutter(BigInteger.ZERO);
		XWPFStyles styles = doc.createStyles();
		CTFonts f = CTFonts.Factory.newInstance();
		f.setAscii(FONT);
		f.setHAnsi(FONT);
		f.setCs(FONT);
		f.setEastAsia(FONT);
		styles.setDefaultFonts(f);
		return doc;
	}

	static XWPFParagraph paragraph(XWPFDocument doc) {
		XWPFParagraph p = doc.createParagraph();
		compact(p);
		return p;
	}

	static void compact(XWPFParagraph p) {
		p.setSpacingBefore(0);
		p.setSpacingAfter(40);
		p.setSpacingBetween(1.0);
	}

	/** Adds text (newlines become line breaks) in the document font. */
	static XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
		XWPFRun r = p.createRun();
		r.setFontFamily(FONT);
		r.setFontSize(size);
		r.setBold(bold);
		r.setItalic(italic);
		String[] lines = (text == null ? "" : text).split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				r.addBreak();
			}
			r.setText(lines[i], i);
		}
		return r;
	}

	static XWPFRun run(XWPFParagraph p, String text) {
		return run(p, text, false, false, SIZE);
	}

	/**
	 * A right tab stop with a dotted leader at {@code pos}: the dots of the printed form.
	 */
	static void dottedTab(XWPFParagraph p, int pos) {
		CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
		CTTabStop t = (ppr.isSetTabs() ? ppr.getTabs() : ppr.addNewTabs()).addNewTab();
		t.setVal(STTabJc.RIGHT);
		t.setLeader(STTabTlc.DOT);
		t.setPos(BigInteger.valueOf(pos));
	}

	static void tabToEnd(XWPFParagraph p) {
		XWPFRun r = p.createRun();
		r.setFontFamily(FONT);
		r.setFontSize(SIZE);
		r.addTab();
	}

	/** A fixed-layout table of the given column widths (twips); bordered or not. */
	static XWPFTable table(XWPFDocument doc, List<Integer> widths, int rows, boolean borders) {
		XWPFTable t = doc.createTable(rows, widths.size());
		int total = widths.stream().mapToInt(Integer::intValue).sum();
		t.setWidth(String.valueOf(total));
		t.setWidthType(TableWidthType.DXA);
		var pr = t.getCTTbl().getTblPr();
		CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
		layout.setType(STTblLayoutType.FIXED);
		CTTblGrid grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int w : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(w));
		}
		XWPFTable.XWPFBorderType type = borders ? XWPFTable.XWPFBorderType.SINGLE : XWPFTable.XWPFBorderType.NONE;
		int size = borders ? 4 : 0;
		String color = borders ? "000000" : "auto";
		t.setTopBorder(type, size, 0, color);
		t.setBottomBorder(type, size, 0, color);
		t.setLeftBorder(type, size, 0, color);
		t.setRightBorder(type, size, 0, color);
		t.setInsideHBorder(type, size, 0, color);
		t.setInsideVBorder(type, size, 0, color);
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < widths.size(); c++) {
				XWPFTableCell cell = t.getRow(r).getCell(c);
				cell.setWidth(String.valueOf(widths.get(c)));
				cell.setWidthType(TableWidthType.DXA);
			}
		}
		return t;
	}

	/** The single paragraph of a new cell, emptied, compact. */
	static XWPFParagraph first(XWPFTableCell cell) {
		XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
		compact(p);
		p.setSpacingAfter(0);
		return p;
	}

	static void cellText(XWPFTableCell cell, String text, boolean bold, boolean italic, int size,
			ParagraphAlignment align) {
		XWPFParagraph p = first(cell);
		p.setAlignment(align);
		run(p, text, bold, italic, size);
		cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
	}

	/** A bordered cell in an otherwise borderless table (the 4×6 photo box). */
	static void boxed(XWPFTableCell cell) {
		CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
		CTTcBorders b = pr.isSetTcBorders() ? pr.getTcBorders() : pr.addNewTcBorders();
		for (var border : new org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder[] { b.addNewTop(),
				b.addNewBottom(), b.addNewLeft(), b.addNewRight() }) {
			border.setVal(STBorder.SINGLE);
			border.setSz(BigInteger.valueOf(6));
			border.setColor("000000");
		}
		(pr.isSetVAlign() ? pr.getVAlign() : pr.addNewVAlign()).setVal(STVerticalJc.CENTER);
	}

	static void height(XWPFTable t, int row, int twips) {
		t.getRow(row).setHeight(twips);
		t.getRow(row).setHeightRule(TableRowHeightRule.AT_LEAST);
	}

}

package vn.canbo.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A filled decision (.docx) as PDF: its paragraphs (alignment, first-line indent, bold,
 * italic, size) and tables are written as XHTML and printed by {@link HtmlPdf} on A4 with
 * the NĐ 30/2020 margins. Enough for the plain layout of administrative documents;
 * pictures and fields are not carried over.
 */
final class DocxHtml {

	private DocxHtml() {
	}

	static byte[] pdf(byte[] docx) {
		return HtmlPdf.render(html(docx));
	}

	static String html(byte[] docx) {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			StringBuilder b = new StringBuilder(8192);
			b.append(
					"<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\"><head><meta charset=\"utf-8\"/>")
				.append("<style>@page { size: A4; margin: 20mm 15mm 20mm 30mm; } * { font-family: '")
				.append(HtmlPdf.FONT)
				.append("'; } body { font-size: 13pt; margin: 0; } p { margin: 0 0 1.5mm 0; line-height: 1.25; } ")
				.append("table { border-collapse: collapse; width: 100%; } td { vertical-align: top; padding: 0 1mm; } ")
				.append("table.b td { border: 1px solid #000; }</style></head><body>");
			for (IBodyElement e : doc.getBodyElements()) {
				element(b, e);
			}
			return b.append("</body></html>").toString();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void element(StringBuilder b, IBodyElement e) {
		if (e instanceof XWPFParagraph p) {
			paragraph(b, p);
		}
		else if (e instanceof XWPFTable t) {
			boolean borders = t.getInsideVBorderType() == XWPFTable.XWPFBorderType.SINGLE
					|| t.getTopBorderType() == XWPFTable.XWPFBorderType.SINGLE;
			// a table narrower than the text width (9,355 twips: A4, margins 30 and 15
			// mm)
			// keeps its width; the others fill the line (issue 17: a border at the very
			// edge of the text is cut from the PDF)
			String width = t.getWidthType() == org.apache.poi.xwpf.usermodel.TableWidthType.DXA && t.getWidth() > 0
					&& t.getWidth() < 9355 ? " style=\"width: " + (t.getWidth() / 56.7) + "mm;\"" : "";
			b.append("<table").append(borders ? " class=\"b\"" : "").append(width).append(">");
			for (XWPFTableRow r : t.getRows()) {
				b.append("<tr>");
				for (XWPFTableCell c : r.getTableCells()) {
					String w = c.getWidthType() == org.apache.poi.xwpf.usermodel.TableWidthType.DXA && c.getWidth() > 0
							? " style=\"width: " + (c.getWidth() / 56.7) + "mm;\"" : "";
					b.append("<td").append(w).append(">");
					for (IBodyElement ce : c.getBodyElements()) {
						element(b, ce);
					}
					b.append("</td>");
				}
				b.append("</tr>");
			}
			b.append("</table>");
		}
	}

	private static void paragraph(StringBuilder b, XWPFParagraph p) {
		StringBuilder style = new StringBuilder();
		ParagraphAlignment a = p.getAlignment();
		if (a == ParagraphAlignment.CENTER) {
			style.append("text-align: center;");
		}
		else if (a == ParagraphAlignment.RIGHT) {
			style.append("text-align: right;");
		}
		else if (a == ParagraphAlignment.BOTH || a == ParagraphAlignment.DISTRIBUTE) {
			style.append("text-align: justify;");
		}
		if (p.getIndentationFirstLine() > 0) {
			style.append("text-indent: ").append(p.getIndentationFirstLine() / 56.7).append("mm;");
		}
		if (p.getSpacingBefore() > 0) {
			style.append("margin-top: ").append(p.getSpacingBefore() / 56.7).append("mm;");
		}
		b.append("<p").append(style.isEmpty() ? "" : " style=\"" + style + "\"").append(">");
		boolean any = false;
		for (XWPFRun r : p.getRuns()) {
			String text = r.text();
			if (text == null || text.isEmpty()) {
				continue;
			}
			any = true;
			StringBuilder rs = new StringBuilder();
			if (r.isBold()) {
				rs.append("font-weight: bold;");
			}
			if (r.isItalic()) {
				rs.append("font-style: italic;");
			}
			Double size = r.getFontSizeAsDouble();
			if (size != null && size > 0) {
				rs.append("font-size: ").append(size).append("pt;");
			}
			b.append("<span").append(rs.isEmpty() ? "" : " style=\"" + rs + "\"").append(">");
			String[] lines = text.split("\n", -1);
			for (int i = 0; i < lines.length; i++) {
				if (i > 0) {
					b.append("<br/>");
				}
				b.append(vn.canbo.shared.HtmlPdf.escape(lines[i].replace("\t", "    ")));
			}
			b.append("</span>");
		}
		if (!any) {
			b.append("&#160;");
		}
		b.append("</p>");
	}

}

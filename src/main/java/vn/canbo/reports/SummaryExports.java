package vn.canbo.reports;

import vn.canbo.shared.HtmlPdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.stereotype.Component;
import vn.canbo.shared.web.Formats;

/**
 * The summary report as DOCX (Apache POI XWPF: Times New Roman 14 pt, A4, margins
 * top/bottom 20 mm, left 30 mm, right 15 mm) and PDF (openhtmltopdf with the embedded
 * Noto Serif, same page), in the NĐ 30/2020 layout: issuing body (left) and national
 * motto (right), number line, place and date, BÁO CÁO + subject, paragraphs, the table.
 */
@Component
public class SummaryExports {

	static final String MOTTO_1 = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
	static final String MOTTO_2 = "Độc lập - Tự do - Hạnh phúc";
	static final String FONT = "Times New Roman";

	private static final int TWIPS_PER_MM = 1440 * 10 / 254; // 56

	static String dateLine(String place, LocalDate d) {
		return place + ", ngày " + d.getDayOfMonth() + " tháng " + d.getMonthValue() + " năm " + d.getYear();
	}

	public byte[] docx(SummaryReport.Summary s) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
			CTPageSz size = sect.addNewPgSz();
			size.setW(BigInteger.valueOf(11906));
			size.setH(BigInteger.valueOf(16838));
			CTPageMar mar = sect.addNewPgMar();
			mar.setTop(BigInteger.valueOf(20L * TWIPS_PER_MM));
			mar.setBottom(BigInteger.valueOf(20L * TWIPS_PER_MM));
			mar.setLeft(BigInteger.valueOf(30L * TWIPS_PER_MM));
			mar.setRight(BigInteger.valueOf(15L * TWIPS_PER_MM));

			SummaryReport.Header h = s.header();
			XWPFTable head = doc.createTable(3, 2);
			head.removeBorders();
			head.setWidth("100%");
			cell(head.getRow(0).getCell(0), h.parentIssuer() == null ? h.issuer() : h.parentIssuer(),
					h.parentIssuer() == null, false, 13);
			cell(head.getRow(0).getCell(1), MOTTO_1, true, false, 12);
			cell(head.getRow(1).getCell(0), h.parentIssuer() == null ? "" : h.issuer(), true, false, 13);
			cell(head.getRow(1).getCell(1), MOTTO_2, true, false, 13);
			cell(head.getRow(2).getCell(0), h.number(), false, false, 13);
			cell(head.getRow(2).getCell(1), dateLine(h.place(), h.signedOn()), false, true, 13);

			para(doc, "", false, ParagraphAlignment.CENTER, 14);
			para(doc, "BÁO CÁO", true, ParagraphAlignment.CENTER, 14);
			para(doc, h.subject(), true, ParagraphAlignment.CENTER, 14);
			for (SummaryReport.Paragraph p : s.paragraphs()) {
				XWPFParagraph x = para(doc, p.text(), false, ParagraphAlignment.BOTH, 14);
				x.setIndentationFirstLine(720);
				x.setSpacingAfter(120);
			}
			StatisticsTable t = s.table();
			para(doc, t.title() + " (tại ngày " + Formats.date(t.asOf()) + ")", true, ParagraphAlignment.CENTER, 13);
			XWPFTable table = doc.createTable(t.rows().size() + 2, t.columns().size() + 1);
			table.setTableAlignment(TableRowAlign.CENTER);
			table.setWidth("100%");
			cell(table.getRow(0).getCell(0), "Đơn vị", true, false, 11);
			for (int c = 0; c < t.columns().size(); c++) {
				cell(table.getRow(0).getCell(c + 1), t.columns().get(c).header(), true, false, 11);
			}
			int r = 1;
			for (StatisticsTable.Row row : t.rows()) {
				fill(table, r++, row, false);
			}
			fill(table, r, t.total(), true);
			XWPFParagraph chart = doc.createParagraph();
			chart.setAlignment(ParagraphAlignment.CENTER);
			byte[] png = SummaryChart.png(t);
			try (java.io.InputStream in = new java.io.ByteArrayInputStream(png)) {
				chart.createRun()
					.addPicture(in, org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG, "bieu-do.png",
							org.apache.poi.util.Units.toEMU(450), org.apache.poi.util.Units.toEMU(180));
			}
			catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
				throw new IllegalStateException(e);
			}
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void fill(XWPFTable table, int r, StatisticsTable.Row row, boolean bold) {
		cell(table.getRow(r).getCell(0), row.label(), bold, false, 11);
		for (int c = 0; c < row.cells().size(); c++) {
			StatisticsTable.Cell x = row.cells().get(c);
			cell(table.getRow(r).getCell(c + 1),
					x.value() != null ? Formats.oneDecimal(x.value()) : Formats.number(x.count()), bold, false, 11);
		}
	}

	private static XWPFParagraph para(XWPFDocument doc, String text, boolean bold, ParagraphAlignment align, int size) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(align);
		run(p, text, bold, false, size);
		return p;
	}

	private static void cell(XWPFTableCell cell, String text, boolean bold, boolean italic, int size) {
		XWPFParagraph p = cell.getParagraphs().get(0);
		p.setAlignment(ParagraphAlignment.CENTER);
		run(p, text == null ? "" : text, bold, italic, size);
	}

	private static void run(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
		XWPFRun r = p.createRun();
		r.setFontFamily(FONT);
		r.setFontSize(size);
		r.setBold(bold);
		r.setItalic(italic);
		r.setText(text);
	}

	/** The same document as PDF. */
	public byte[] pdf(SummaryReport.Summary s, TableExports tables) {
		SummaryReport.Header h = s.header();
		StringBuilder b = new StringBuilder("<html><head><meta charset=\"utf-8\"/><title>Báo cáo</title><style>"
				+ "@page { size: A4; margin: 20mm 15mm 20mm 30mm; } body { font-family: 'Noto Serif'; font-size: 13pt; }"
				+ " table.h { width: 100%; } table.h td { text-align: center; vertical-align: top; width: 50%; }"
				+ " .b { font-weight: bold; } .i { font-style: italic; } h1 { font-size: 14pt; text-align: center; margin: 8mm 0 0 0; }"
				+ " h2 { font-size: 14pt; text-align: center; margin: 0 0 6mm 0; } p { text-align: justify; text-indent: 10mm; margin: 0 0 2mm 0; }"
				+ " table.stat { border-collapse: collapse; width: 100%; font-size: 9pt; } table.stat th, table.stat td { border: 0.5pt solid #333; padding: 1pt 2pt; }"
				+ " td.n { text-align: right; } tr.total td { font-weight: bold; } .p { font-size: 7pt; color: #555; }"
				+ "</style></head><body><table class=\"h\"><tr><td>");
		if (h.parentIssuer() != null) {
			b.append(HtmlPdf.escape(h.parentIssuer())).append("<br/>");
		}
		b.append("<span class=\"b\">")
			.append(HtmlPdf.escape(h.issuer()))
			.append("</span><br/>")
			.append(HtmlPdf.escape(h.number()))
			.append("</td><td><span class=\"b\">")
			.append(MOTTO_1)
			.append("</span><br/><span class=\"b\">")
			.append(MOTTO_2)
			.append("</span><br/><span class=\"i\">")
			.append(HtmlPdf.escape(dateLine(h.place(), h.signedOn())))
			.append("</span></td></tr></table>")
			.append("<h1>BÁO CÁO</h1><h2>")
			.append(HtmlPdf.escape(h.subject()))
			.append("</h2>");
		for (SummaryReport.Paragraph p : s.paragraphs()) {
			b.append("<p>").append(HtmlPdf.escape(p.text())).append("</p>");
		}
		b.append("<p class=\"b\" style=\"text-align:center; text-indent:0\">")
			.append(HtmlPdf.escape(s.table().title()))
			.append("</p>")
			.append(tables.tableHtml(s.table(), false))
			.append("<div style=\"text-align:center; margin-top: 4mm\"><img style=\"width: 150mm\" src=\"")
			.append(SummaryChart.dataUri(s.table()))
			.append("\"/></div></body></html>");
		return HtmlPdf.render(b.toString(), HtmlPdf.Font.SERIF);
	}

}

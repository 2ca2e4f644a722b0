package vn.canbo.reports;

import vn.canbo.shared.HtmlPdf;

import vn.canbo.shared.Messages;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;
import vn.canbo.shared.web.Formats;

/**
 * Exports of statistics tables: .xlsx (counts as numbers, percentages as numbers
 * formatted 0.00%, averages 0.00) and PDF (XHTML rendered by openhtmltopdf with Noto Sans
 * embedded for the Vietnamese glyphs). The summary report can reuse {@link #pdf(String)}
 * for any XHTML and {@link #tableHtml} for its tables.
 */
@Component
public class TableExports {

	public static final String FONT_FAMILY = "Noto Sans";

	/**
	 * Writes the table as an .xlsx workbook: per column the count and its share of the
	 * row total.
	 */
	public void xlsx(StatisticsTable t, OutputStream out) {
		try {
			Workbook wb = new Workbook(out, "canbo", "1.0");
			Worksheet ws = wb.newWorksheet(Messages.text("reports.export.sheet"));
			ws.value(0, 0, t.title());
			ws.style(0, 0).bold().fontSize(13).set();
			ws.value(1, 0, Messages.text("reports.export.asOf", t.populationName(), Formats.date(t.asOf())));
			int r = 3;
			ws.value(r, 0, t.rowDim() == null ? "" : t.rowDim().label());
			ws.value(r, 1, Messages.text("reports.export.total"));
			ws.value(r, 2, Messages.text("reports.export.share"));
			int c = 3;
			for (StatisticsTable.Column col : t.columns()) {
				String h = (col.group() == null ? "" : col.group() + ": ") + col.header();
				ws.value(r, c, h);
				if (col.average()) {
					c++;
				}
				else {
					ws.value(r, c + 1, h + " (%)");
					c += 2;
				}
			}
			ws.range(r, 0, r, c - 1).style().bold().wrapText(true).fillColor("DDE7F0").borderStyle("thin").set();
			r++;
			for (StatisticsTable.Row row : t.rows()) {
				writeRow(ws, r++, row, t, false);
			}
			writeRow(ws, r, t.total(), t, true);
			ws.width(0, 36);
			wb.finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void writeRow(Worksheet ws, int r, StatisticsTable.Row row, StatisticsTable t, boolean bold) {
		ws.value(r, 0, row.label());
		ws.value(r, 1, row.total());
		BigDecimal share = StatisticsService.percent(row.total(), t.grandTotal());
		pct(ws, r, 2, share);
		int c = 3;
		for (int i = 0; i < t.columns().size(); i++) {
			StatisticsTable.Cell cell = row.cells().get(i);
			if (t.columns().get(i).average()) {
				if (cell.value() != null) {
					ws.value(r, c, cell.value());
					ws.style(r, c).format("0.00").set();
				}
				c++;
			}
			else {
				ws.value(r, c, cell.count());
				pct(ws, r, c + 1, cell.pctOfRow());
				c += 2;
			}
		}
		if (bold) {
			ws.range(r, 0, r, c - 1).style().bold().set();
		}
	}

	private static void pct(Worksheet ws, int r, int c, BigDecimal percent) {
		if (percent != null) {
			ws.value(r, c, percent.movePointLeft(2));
			ws.style(r, c).format("0.00%").set();
		}
	}

	/**
	 * The table as an XHTML fragment (Vietnamese number formats), for PDF and printable
	 * pages.
	 */
	public String tableHtml(StatisticsTable t, boolean withPercent) {
		StringBuilder s = new StringBuilder();
		s.append("<table class=\"stat\"><thead>");
		boolean groups = t.hasGroups();
		s.append("<tr><th")
			.append(groups ? " rowspan=\"2\"" : "")
			.append(">")
			.append(HtmlPdf.escape(t.rowDim() == null ? "" : t.rowDim().label()))
			.append("</th>");
		if (t.showTotalColumn()) {
			s.append("<th")
				.append(groups ? " rowspan=\"2\"" : "")
				.append(">")
				.append(HtmlPdf.escape(Messages.text("reports.export.total")))
				.append("</th>");
		}
		if (groups) {
			for (StatisticsTable.HeaderGroup g : t.headerGroups()) {
				if (g.label() == null) {
					s.append("<th rowspan=\"2\">").append(HtmlPdf.escape(g.header())).append("</th>");
				}
				else {
					s.append("<th colspan=\"")
						.append(g.span())
						.append("\">")
						.append(HtmlPdf.escape(g.label()))
						.append("</th>");
				}
			}
			s.append("</tr><tr>");
			for (StatisticsTable.Column c : t.columns()) {
				if (c.group() != null) {
					s.append("<th>").append(HtmlPdf.escape(c.header())).append("</th>");
				}
			}
		}
		else {
			for (StatisticsTable.Column c : t.columns()) {
				s.append("<th>").append(HtmlPdf.escape(c.header())).append("</th>");
			}
		}
		s.append("</tr></thead><tbody>");
		for (StatisticsTable.Row row : t.rows()) {
			rowHtml(s, row, t, withPercent, false);
		}
		rowHtml(s, t.total(), t, withPercent, true);
		s.append("</tbody></table>");
		return s.toString();
	}

	private static void rowHtml(StringBuilder s, StatisticsTable.Row row, StatisticsTable t, boolean withPercent,
			boolean total) {
		s.append(total ? "<tr class=\"total\">" : "<tr>")
			.append("<td>")
			.append(HtmlPdf.escape(row.label()))
			.append("</td>");
		if (t.showTotalColumn()) {
			s.append("<td class=\"n\">").append(Formats.number(row.total())).append("</td>");
		}
		for (int i = 0; i < t.columns().size(); i++) {
			StatisticsTable.Cell c = row.cells().get(i);
			s.append("<td class=\"n\">");
			if (t.columns().get(i).average()) {
				s.append(c.value() == null ? "" : Formats.number(c.value()));
			}
			else {
				s.append(Formats.number(c.count()));
				if (withPercent && c.pctOfRow() != null) {
					s.append("<br/><span class=\"p\">").append(Formats.percent(c.pctOfRow())).append("</span>");
				}
			}
			s.append("</td>");
		}
		s.append("</tr>");
	}

	/** The table as a complete A4-landscape PDF. */
	public byte[] pdf(StatisticsTable t) {
		String html = "<html><head><meta charset=\"utf-8\"/><title>" + HtmlPdf.escape(t.title()) + "</title><style>"
				+ "@page { size: A4 landscape; margin: 12mm; } body { font-family: '" + FONT_FAMILY
				+ "'; font-size: 8pt; }"
				+ " h1 { font-size: 12pt; text-align: center; margin: 0 0 2mm 0; } p.sub { text-align: center; margin: 0 0 4mm 0; }"
				+ " table.stat { border-collapse: collapse; width: 100%; } table.stat th, table.stat td { border: 0.5pt solid #333; padding: 1.5pt 2pt; }"
				+ " th { font-weight: bold; background: #e8eef4; } td.n { text-align: right; } tr.total td { font-weight: bold; }"
				+ " .p { color: #555; font-size: 7pt; }</style></head><body>" + "<h1>"
				+ HtmlPdf.escape(t.title().toUpperCase(java.util.Locale.forLanguageTag("vi"))) + "</h1>"
				+ "<p class=\"sub\">"
				+ HtmlPdf.escape(Messages.text("reports.export.asOf", t.populationName(), Formats.date(t.asOf())))
				+ "</p>" + tableHtml(t, true) + "</body></html>";
		return pdf(html);
	}

	/**
	 * Renders well-formed XHTML to PDF, with Noto Sans (regular, bold) embedded as family
	 * {@value #FONT_FAMILY}.
	 */
	public byte[] pdf(String xhtml) {
		return HtmlPdf.render(xhtml, HtmlPdf.Font.SANS);
	}

	static List<String> lines(String s) {
		return s.lines().toList();
	}

}

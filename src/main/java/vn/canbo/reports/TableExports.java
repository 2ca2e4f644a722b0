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
 * formatted 0.00%, averages 0.0) and PDF (XHTML rendered by openhtmltopdf with Noto Sans
 * embedded for the Vietnamese glyphs). The summary report can reuse {@link #pdf(String)}
 * for any XHTML and {@link #tableHtml} for its tables.
 */
@Component
public class TableExports {

	public static final String FONT_FAMILY = "Noto Sans";

	/**
	 * Writes the table as an .xlsx workbook with the screen's header: the row dimension,
	 * for pivots the row total and its share, then per column its count and share of the
	 * row total (an average one cell); grouped columns under a merged group header on a
	 * second header row (ungrouped ones merged down both rows). "Tổng số" appears once: a
	 * layout brings its own total column, so only pivots get the row-total column. Panes
	 * are frozen below the header and right of the first column.
	 */
	public void xlsx(StatisticsTable t, OutputStream out) {
		try {
			Workbook wb = new Workbook(out, "canbo", "1.0");
			Worksheet ws = wb.newWorksheet(Messages.text("reports.export.sheet"));
			ws.value(0, 0, t.title());
			ws.style(0, 0).bold().fontSize(13).set();
			ws.value(1, 0, Messages.text("reports.export.asOf", t.populationName(), Formats.date(t.asOf())));
			int top = 3;
			int bottom = t.hasGroups() ? top + 1 : top;
			header(ws, top, bottom, 0, 1, t.rowDim() == null ? "" : t.rowDim().label());
			int c = 1;
			if (t.showTotalColumn()) {
				header(ws, top, bottom, c++, 1, Messages.text("reports.export.total"));
				header(ws, top, bottom, c++, 1, Messages.text("reports.export.share"));
			}
			int i = 0;
			for (StatisticsTable.HeaderGroup g : t.hasGroups() ? t.headerGroups()
					: t.columns()
						.stream()
						.map(col -> new StatisticsTable.HeaderGroup(null, 1, col.header()))
						.toList()) {
				if (g.label() == null) {
					int w = width(t.columns().get(i++));
					header(ws, top, bottom, c, w, g.header());
					c += w;
					continue;
				}
				int first = c;
				for (int k = 0; k < g.span(); k++) {
					StatisticsTable.Column col = t.columns().get(i++);
					int w = width(col);
					header(ws, bottom, bottom, c, w, col.header());
					c += w;
				}
				header(ws, top, top, first, c - first, g.label());
			}
			ws.range(top, 0, bottom, c - 1)
				.style()
				.bold()
				.wrapText(true)
				.horizontalAlignment("center")
				.verticalAlignment("center")
				.fillColor("DDE7F0")
				.borderStyle("thin")
				.set();
			int r = bottom + 1;
			for (StatisticsTable.Row row : t.rows()) {
				writeRow(ws, r++, row, t, false);
			}
			writeRow(ws, r, t.total(), t, true);
			ws.width(0, 36);
			ws.freezePane(1, bottom + 1);
			wb.finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Cells per column: a count and its share, or one average. */
	private static int width(StatisticsTable.Column col) {
		return col.average() ? 1 : 2;
	}

	/** A header cell spanning rows top..bottom and {@code cols} columns. */
	private static void header(Worksheet ws, int top, int bottom, int col, int cols, String text) {
		ws.value(top, col, text);
		if (bottom > top || cols > 1) {
			ws.range(top, col, bottom, col + cols - 1).merge();
		}
	}

	private static void writeRow(Worksheet ws, int r, StatisticsTable.Row row, StatisticsTable t, boolean bold) {
		ws.value(r, 0, row.label());
		int c = 1;
		if (t.showTotalColumn()) {
			ws.value(r, 1, row.total());
			pct(ws, r, 2, StatisticsService.percent(row.total(), t.grandTotal()));
			c = 3;
		}
		for (int i = 0; i < t.columns().size(); i++) {
			StatisticsTable.Cell cell = row.cells().get(i);
			if (t.columns().get(i).average()) {
				if (cell.value() != null) {
					ws.value(r, c, cell.value());
					ws.style(r, c).format("0.0").set();
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
				s.append(c.value() == null ? "" : Formats.oneDecimal(c.value()));
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

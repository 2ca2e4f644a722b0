package vn.canbo.party;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;
import vn.canbo.shared.HtmlPdf;
import vn.canbo.shared.Messages;
import vn.canbo.shared.web.Formats;

/**
 * The party statistics form as .xlsx (fastexcel: counts as numbers, shares formatted
 * 0.00%) and as PDF (XHTML through openhtmltopdf, {@link HtmlPdf}, Noto Sans embedded),
 * with the same lines as the page.
 */
@Component
public class PartyStatisticsExports {

	public byte[] xlsx(PartyStatistics.Form f) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Workbook wb = new Workbook(out, "canbo", "1.0");
			Worksheet ws = wb.newWorksheet(Messages.text("party.stats.sheet"));
			ws.value(0, 0, Messages.text("party.stats.title"));
			ws.style(0, 0).bold().fontSize(13).set();
			ws.value(1, 0, subtitle(f));
			int r = 3;
			ws.value(r, 0, Messages.text("party.stats.col.item"));
			ws.value(r, 1, Messages.text("party.stats.col.count"));
			ws.value(r, 2, Messages.text("party.stats.col.share"));
			ws.range(r, 0, r, 2).style().bold().fillColor("DDE7F0").borderStyle("thin").set();
			r++;
			ws.value(r, 0, Messages.text("party.stats.total"));
			ws.value(r, 1, f.total());
			ws.range(r, 0, r, 2).style().bold().set();
			r++;
			if (f.averageAge() != null) {
				ws.value(r, 0, Messages.text("party.stats.averageAge"));
				ws.value(r, 1, f.averageAge());
				ws.style(r, 1).format("0.0").set();
				r++;
			}
			for (PartyStatistics.Section s : f.sections()) {
				ws.value(r, 0, s.title());
				ws.range(r, 0, r, 2).style().bold().fillColor("F2F2F2").set();
				r++;
				for (PartyStatistics.Line l : s.lines()) {
					ws.value(r, 0, "  " + l.label());
					ws.value(r, 1, l.count());
					if (l.percent() != null) {
						ws.value(r, 2, l.percent().movePointLeft(2));
						ws.style(r, 2).format("0.00%").set();
					}
					r++;
				}
			}
			ws.width(0, 48);
			ws.width(1, 14);
			ws.width(2, 12);
			wb.finish();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String subtitle(PartyStatistics.Form f) {
		return Messages.text("party.stats.subtitle", f.orgName(), Formats.date(f.asOf()), Formats.date(f.from()),
				Formats.date(f.to()));
	}

	public byte[] pdf(PartyStatistics.Form f) {
		StringBuilder h = new StringBuilder();
		h.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>")
			.append("@page { size: A4; margin: 18mm 15mm; } body { font-family: 'Noto Sans'; font-size: 10pt; }")
			.append("h1 { font-size: 13pt; text-align: center; margin: 0 0 4pt 0; } p.sub { text-align: center; margin: 0 0 10pt 0; }")
			.append("table { width: 100%; border-collapse: collapse; } th, td { border: 0.5pt solid #555; padding: 2pt 4pt; }")
			.append("th { background: #dde7f0; } td.n { text-align: right; width: 22%; } tr.s td { background: #f2f2f2; font-weight: bold; }")
			.append("tr.t td { font-weight: bold; } td.l { padding-left: 14pt; }</style></head><body>");
		h.append("<h1>").append(HtmlPdf.escape(Messages.text("party.stats.title"))).append("</h1>");
		h.append("<p class=\"sub\">").append(HtmlPdf.escape(subtitle(f))).append("</p>");
		h.append("<table><thead><tr><th>")
			.append(HtmlPdf.escape(Messages.text("party.stats.col.item")))
			.append("</th><th>")
			.append(HtmlPdf.escape(Messages.text("party.stats.col.count")))
			.append("</th><th>")
			.append(HtmlPdf.escape(Messages.text("party.stats.col.share")))
			.append("</th></tr></thead><tbody>");
		row(h, "t", Messages.text("party.stats.total"), Formats.number(f.total()), "");
		if (f.averageAge() != null) {
			row(h, "t", Messages.text("party.stats.averageAge"), Formats.oneDecimal(f.averageAge()), "");
		}
		for (PartyStatistics.Section s : f.sections()) {
			h.append("<tr class=\"s\"><td colspan=\"3\">").append(HtmlPdf.escape(s.title())).append("</td></tr>");
			for (PartyStatistics.Line l : s.lines()) {
				row(h, "l", l.label(), Formats.number(l.count()), Formats.percent(l.percent()));
			}
		}
		h.append("</tbody></table></body></html>");
		return HtmlPdf.render(h.toString(), HtmlPdf.Font.SANS);
	}

	private static void row(StringBuilder h, String cls, String label, String n, String pct) {
		h.append("<tr class=\"")
			.append(cls)
			.append("\"><td class=\"")
			.append(cls)
			.append("\">")
			.append(HtmlPdf.escape(label))
			.append("</td><td class=\"n\">")
			.append(HtmlPdf.escape(n))
			.append("</td><td class=\"n\">")
			.append(HtmlPdf.escape(pct))
			.append("</td></tr>");
	}

}

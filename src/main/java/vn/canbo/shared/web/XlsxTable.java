package vn.canbo.shared.web;

import vn.canbo.shared.Messages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.canbo.shared.SpreadsheetText;

/**
 * Any list as an .xlsx, streamed: a bold header row, then one row per item with real
 * numbers and dates (dd/mm/yyyy), text escaped against formula injection. For the lists
 * that have no richer export of their own.
 */
public final class XlsxTable {

	public static final String MEDIA_TYPE = Attachment.XLSX;

	private XlsxTable() {
	}

	/** Sets the download headers and writes the table to the response. */
	public static void send(HttpServletResponse res, String fileName, String sheet, List<String> headers,
			Iterable<? extends List<?>> rows) {
		write(Attachment.open(res, MEDIA_TYPE, Attachment.disposition(fileName)), sheet, headers, rows);
	}

	public static void write(OutputStream out, String sheet, List<String> headers, Iterable<? extends List<?>> rows) {
		try {
			Workbook wb = new Workbook(out, "canbo", "1.0");
			Worksheet ws = wb.newWorksheet(sheet);
			for (int c = 0; c < headers.size(); c++) {
				ws.value(0, c, headers.get(c));
				ws.style(0, c).bold().fillColor("DDDDDD").set();
			}
			int r = 1;
			for (List<?> row : rows) {
				for (int c = 0; c < row.size(); c++) {
					Object v = row.get(c);
					if (v == null) {
						continue;
					}
					if (v instanceof Number n) {
						ws.value(r, c, n instanceof BigDecimal b ? b : n);
					}
					else if (v instanceof LocalDate d) {
						ws.value(r, c, d);
						ws.style(r, c).format("dd/mm/yyyy").set();
					}
					else if (v instanceof Boolean b) {
						ws.value(r, c, b ? Messages.text("shared.yes") : "");
					}
					else {
						ws.value(r, c, SpreadsheetText.safe(String.valueOf(v)));
					}
				}
				r++;
			}
			wb.finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}

package vn.canbo.imports;

import vn.canbo.shared.Messages;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.canbo.catalog.CatalogItem;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.SpreadsheetText;

/**
 * Writes templates (blank or filled), rejected rows and job lists as .xlsx with fastexcel
 * (streaming, styled). A template has: the data sheet (Vietnamese headers, required ones
 * marked * on an orange fill, help as cell comments, drop-down lists for catalog and
 * choice columns referencing the hidden "DS" sheet), "Hướng dẫn" (instructions and a
 * column table) and "Danh mục" (the codes and names of every catalog used). Every text
 * cell goes through {@link SpreadsheetText#safe} (formula injection).
 */
final class TemplateWriter {

	static final String INSTRUCTIONS = "Hướng dẫn";
	static final String CATALOGS = "Danh mục";
	static final String LISTS = "DS";
	static final String DATE_FORMAT = "dd/mm/yyyy";

	private static final int VALIDATED_ROWS = 5000;

	private TemplateWriter() {
	}

	/**
	 * The template; {@code rows} (column key → value) fill the data sheet when not null
	 * (export).
	 */
	static void write(ImportTemplate t, Catalogs catalogs, OutputStream out, Iterable<Map<String, Object>> rows) {
		try {
			Workbook wb = new Workbook(out, "canbo", "1.0");
			Worksheet data = wb.newWorksheet(t.sheetName());
			Worksheet help = wb.newWorksheet(INSTRUCTIONS);
			Worksheet codes = wb.newWorksheet(CATALOGS);
			Worksheet lists = wb.newWorksheet(LISTS);
			lists.setVisibilityState(VisibilityState.HIDDEN);
			header(data, t);
			int r = 1;
			if (rows != null) {
				for (Map<String, Object> row : rows) {
					for (int c = 0; c < t.columns().size(); c++) {
						cell(data, r, c, row.get(t.columns().get(c).key()));
					}
					if (++r % 1000 == 0) {
						data.flush();
					}
				}
			}
			int lastRow = Math.max(VALIDATED_ROWS, r + 1000);
			Map<String, Integer> listColumns = new LinkedHashMap<>();
			int codeCol = 0;
			for (int c = 0; c < t.columns().size(); c++) {
				ImportColumn col = t.columns().get(c);
				List<String> values = values(col, catalogs);
				if (values == null) {
					continue;
				}
				String listKey = col.type() == ColumnType.CATALOG ? col.catalog().name() : "choice:" + col.key();
				Integer lc = listColumns.get(listKey);
				if (lc == null) {
					lc = listColumns.size();
					listColumns.put(listKey, lc);
					lists.value(0, lc, col.header());
					for (int i = 0; i < values.size(); i++) {
						lists.value(i + 1, lc, SpreadsheetText.safe(values.get(i)));
					}
					if (col.type() == ColumnType.CATALOG) {
						codeCol = catalogSheet(codes, codeCol, col, catalogs);
					}
				}
				String letter = column(lc);
				data.range(1, c, lastRow, c)
					.validateWithListByFormula(
							"'" + LISTS + "'!$" + letter + "$2:$" + letter + "$" + (values.size() + 1))
					.allowBlank(true)
					.showErrorMessage(true)
					.errorTitle(Messages.text("imports.template.invalidTitle"))
					.error(Messages.text("imports.template.invalidHelp", CATALOGS));
			}
			instructions(help, t);
			wb.setActiveTab(0);
			wb.finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Drop-down values: "code - name" for catalogs (the code is what is read back),
	 * labels for choices.
	 */
	private static List<String> values(ImportColumn col, Catalogs catalogs) {
		if (col.type() == ColumnType.CHOICE) {
			return new ArrayList<>(col.choices().keySet());
		}
		if (col.type() != ColumnType.CATALOG) {
			return null;
		}
		List<String> v = new ArrayList<>();
		for (CatalogItem i : catalogs.list(col.catalog(), LocalDate.now())) {
			v.add(i.code() + " - " + i.name());
		}
		return v.isEmpty() ? null : v;
	}

	private static int catalogSheet(Worksheet codes, int col, ImportColumn c, Catalogs catalogs) {
		codes.value(0, col, c.header());
		codes.style(0, col).bold().fillColor("DDEBF7").set();
		codes.value(1, col, Messages.text("imports.template.code"));
		codes.value(1, col + 1, Messages.text("imports.template.name"));
		codes.style(1, col).bold().set();
		codes.style(1, col + 1).bold().set();
		codes.width(col, 14);
		codes.width(col + 1, 40);
		int r = 2;
		for (CatalogItem i : catalogs.list(c.catalog(), LocalDate.now())) {
			codes.value(r, col, SpreadsheetText.safe(i.code()));
			codes.value(r, col + 1, SpreadsheetText.safe(i.name()));
			r++;
		}
		return col + 3;
	}

	private static void header(Worksheet ws, ImportTemplate t) {
		for (int c = 0; c < t.columns().size(); c++) {
			ImportColumn col = t.columns().get(c);
			ws.value(0, c, col.header() + (col.required() ? " *" : ""));
			ws.style(0, c)
				.bold()
				.wrapText(true)
				.fillColor(col.required() ? "FCE4D6" : "DDEBF7")
				.horizontalAlignment("center")
				.verticalAlignment("center")
				.set();
			if (col.help() != null && !col.help().isBlank()) {
				ws.comment(0, c, col.help());
			}
			ws.width(c, Math.max(12, Math.min(40, col.header().length() + 4)));
			if (col.type() == ColumnType.TEXT || col.type() == ColumnType.DATE) {
				// text format keeps leading zeros (CCCD, phone) and stops Excel from
				// reinterpreting partial dates
				ws.range(1, c, VALIDATED_ROWS, c).style().format("@").set();
			}
		}
		ws.rowHeight(0, 45);
		ws.freezePane(0, 1);
	}

	private static void instructions(Worksheet ws, ImportTemplate t) {
		ws.value(0, 0, Messages.text("imports.template.heading", t.title().toUpperCase(java.util.Locale.ROOT)));
		ws.style(0, 0).bold().fontSize(13).set();
		int r = 2;
		List<String> general = List.of(Messages.text("imports.template.help1", t.sheetName()),
				Messages.text("imports.template.help2", CATALOGS), Messages.text("imports.template.help3"),
				Messages.text("imports.template.help4"), Messages.text("imports.template.help5"),
				Messages.text("imports.template.help6"));
		for (String line : general) {
			ws.value(r++, 0, "• " + line);
		}
		for (String line : t.instructions()) {
			ws.value(r++, 0, "• " + SpreadsheetText.safe(line));
		}
		r++;
		String[] head = { "column", "required", "type", "note" };
		for (int c = 0; c < head.length; c++) {
			ws.value(r, c, Messages.text("imports.template.col." + head[c]));
			ws.style(r, c).bold().fillColor("DDEBF7").set();
		}
		r++;
		for (ImportColumn col : t.columns()) {
			ws.value(r, 0, col.header());
			ws.value(r, 1, col.required() ? "x" : "");
			ws.value(r, 2, typeLabel(col));
			ws.value(r, 3, col.help() == null ? "" : SpreadsheetText.safe(col.help()));
			r++;
		}
		ws.width(0, 45);
		ws.width(1, 10);
		ws.width(2, 28);
		ws.width(3, 80);
	}

	private static String typeLabel(ImportColumn c) {
		return switch (c.type()) {
			case TEXT -> c.maxLength() > 0 ? Messages.text("imports.type.textMax", String.valueOf(c.maxLength()))
					: Messages.text("imports.type.text");
			case DATE -> Messages.text(c.partialDate() ? "imports.type.partialDate" : "imports.type.date");
			case INTEGER -> Messages.text("imports.type.integer");
			case DECIMAL -> Messages.text("imports.type.decimal");
			case BOOLEAN -> Messages.text("imports.type.boolean");
			case CATALOG -> Messages.text("imports.type.catalog");
			case CHOICE -> Messages.text("imports.type.choice", String.join(", ", c.choices().keySet()));
		};
	}

	static String column(int index) {
		StringBuilder b = new StringBuilder();
		int i = index + 1;
		while (i > 0) {
			int m = (i - 1) % 26;
			b.insert(0, (char) ('A' + m));
			i = (i - 1) / 26;
		}
		return b.toString();
	}

	private static void cell(Worksheet ws, int r, int c, Object v) {
		if (v == null) {
			return;
		}
		if (v instanceof PartialDate p) {
			if (p.precision() == PartialDate.Precision.DAY) {
				v = p.date();
			}
			else {
				ws.value(r, c, p.format());
				return;
			}
		}
		if (v instanceof LocalDate d) {
			ws.value(r, c, d);
			ws.style(r, c).format(DATE_FORMAT).set();
		}
		else if (v instanceof BigDecimal n) {
			ws.value(r, c, n);
		}
		else if (v instanceof Number n) {
			ws.value(r, c, n);
		}
		else if (v instanceof Boolean b) {
			if (b) {
				ws.value(r, c, "x");
			}
		}
		else {
			String s = v.toString();
			if (!s.isEmpty()) {
				ws.value(r, c, SpreadsheetText.safe(s));
			}
		}
	}

	// ---- rejected rows ----

	/** A writer of rejected rows: the template's data sheet + "Dòng gốc" + "Lỗi". */
	static Rejected rejected(ImportTemplate t, Catalogs catalogs, OutputStream out) {
		return new Rejected(t, out);
	}

	static final class Rejected {

		private final ImportTemplate t;

		private final Workbook wb;

		private final Worksheet ws;

		private int r = 1;

		Rejected(ImportTemplate t, OutputStream out) {
			this.t = t;
			this.wb = new Workbook(out, "canbo", "1.0");
			this.ws = wb.newWorksheet(t.sheetName());
			header(ws, t);
			int n = t.columns().size();
			ws.value(0, n, Messages.text("imports.rejected.source"));
			ws.value(0, n + 1, Messages.text("imports.rejected.error"));
			ws.style(0, n).bold().fillColor("F8CBAD").set();
			ws.style(0, n + 1).bold().fillColor("F8CBAD").set();
			ws.width(n + 1, 80);
		}

		/** A note in the header row, after the error column (before any row). */
		void note(String text) {
			int n = t.columns().size() + 2;
			ws.value(0, n, text);
			ws.style(0, n).bold().fontColor("C00000").set();
			ws.width(n, 60);
		}

		void row(int sourceRow, Map<String, String> texts, String errors) {
			for (int c = 0; c < t.columns().size(); c++) {
				String v = texts.get(t.columns().get(c).key());
				if (v != null) {
					ws.value(r, c, SpreadsheetText.safe(v));
				}
			}
			ws.value(r, t.columns().size(), sourceRow);
			ws.value(r, t.columns().size() + 1, SpreadsheetText.safe(errors));
			ws.style(r, t.columns().size() + 1).fontColor("C00000").wrapText(true).set();
			r++;
			if (r % 1000 == 0) {
				try {
					ws.flush();
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
		}

		void finish() {
			try {
				wb.finish();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

	}

	// ---- job list ----

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
		.withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

	static void jobList(List<ImportJob> jobs, OutputStream out) {
		try {
			Workbook wb = new Workbook(out, "canbo", "1.0");
			Worksheet ws = wb.newWorksheet(Messages.text("imports.history.sheet"));
			String[] head = Messages.text("imports.history.cols").split(",");
			for (int c = 0; c < head.length; c++) {
				ws.value(0, c, head[c]);
				ws.style(0, c).bold().fillColor("DDEBF7").set();
			}
			int r = 1;
			for (ImportJob j : jobs) {
				Object[] v = { j.id(), STAMP.format(j.createdAt()), j.createdBy(), j.templateTitle(), j.fileName(),
						j.status().label(), j.totalRows(), j.validRows(), j.errorRows(), j.warningRows(),
						j.duplicateRows(), j.createdCount(), j.updatedCount(), j.skippedCount(), j.message() };
				for (int c = 0; c < v.length; c++) {
					cell(ws, r, c, v[c]);
				}
				r++;
			}
			ws.width(1, 17);
			ws.width(3, 30);
			ws.width(4, 30);
			ws.width(14, 60);
			ws.freezePane(0, 1);
			wb.finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}

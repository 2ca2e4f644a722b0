package vn.canbo.imports;

import vn.canbo.shared.Messages;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * Streams the rows of an .xlsx sheet (fastexcel-reader: StAX, DTDs off, constant memory
 * apart from the shared strings) or a UTF-8 CSV (RFC 4180 quotes, separator , ; or tab
 * guessed from the first line, BOM skipped). Cells come out as String, BigDecimal
 * (numbers), LocalDateTime (numbers formatted as dates) or Boolean; formulas give their
 * cached value. A row beyond {@code maxRows} or a cell longer than {@code maxCellChars}
 * stops the read with a message naming it; in a CSV a field is refused while it is being
 * read, before it is held whole ({@link FileGuard} has already checked an .xlsx's cells).
 */
final class SheetReader {

	/**
	 * One physical row: 1-based number, hidden flag, cells by column index (null =
	 * empty).
	 */
	record RawRow(int number, boolean hidden, List<Object> cells) {

		Object cell(int i) {
			return i < cells.size() ? cells.get(i) : null;
		}

		boolean blank() {
			return cells.stream().allMatch(c -> c == null || c instanceof String s && s.isBlank());
		}
	}

	private SheetReader() {
	}

	/**
	 * Carries an exception thrown by the sink (not a reading problem) through the reader.
	 */
	private static final class SinkFailure extends RuntimeException {

		SinkFailure(RuntimeException cause) {
			super(cause);
		}

	}

	static void read(Path file, FileGuard.Kind kind, String preferredSheet, Consumer<RawRow> sink) {
		read(file, kind, preferredSheet, Long.MAX_VALUE, Integer.MAX_VALUE - 16, sink);
	}

	static void read(Path file, FileGuard.Kind kind, String preferredSheet, long maxRows, int maxCellChars,
			Consumer<RawRow> sink) {
		Consumer<RawRow> guarded = row -> {
			try {
				sink.accept(row);
			}
			catch (RuntimeException e) {
				throw new SinkFailure(e);
			}
		};
		try {
			if (kind == FileGuard.Kind.CSV) {
				csv(file, maxRows, maxCellChars, guarded);
			}
			else {
				xlsx(file, preferredSheet, maxRows, maxCellChars, guarded);
			}
		}
		catch (IOException | RuntimeException e) {
			for (Throwable t = e; t != null; t = t.getCause()) {
				if (t instanceof SinkFailure f) {
					throw (RuntimeException) f.getCause();
				}
			}
			if (e instanceof ImportFileException ife) {
				throw ife;
			}
			throw new ImportFileException(Messages.text("imports.error.unreadableSheet", rootMessage(e)), e);
		}
	}

	private static String rootMessage(Throwable e) {
		Throwable t = e;
		while (t.getCause() != null) {
			t = t.getCause();
		}
		return t.getClass().getSimpleName();
	}

	private static void xlsx(Path file, String preferredSheet, long maxRows, int maxCellChars, Consumer<RawRow> sink)
			throws IOException {
		try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
			Sheet sheet = wb.findSheet(preferredSheet)
				.or(() -> wb.getSheets()
					.filter(s -> s.getVisibility() == SheetVisibility.VISIBLE)
					.filter(s -> !s.getName().toLowerCase(Locale.ROOT).startsWith("hướng dẫn"))
					.findFirst())
				.orElseThrow(() -> new ImportFileException(Messages.text("imports.error.noDataSheet")));
			try (Stream<Row> rows = sheet.openStream()) {
				Iterator<Row> it = rows.iterator();
				long count = 0;
				while (it.hasNext()) {
					Row r = it.next();
					if (++count > maxRows) {
						throw tooManyRows(maxRows);
					}
					List<Object> cells = new ArrayList<>(r.getCellCount());
					for (int i = 0; i < r.getCellCount(); i++) {
						Object v = value(r.getCell(i));
						if (v instanceof String text && text.length() > maxCellChars) {
							throw cellTooLong(r.getRowNum(), i, maxCellChars);
						}
						cells.add(v);
					}
					sink.accept(new RawRow(r.getRowNum(), r.isHidden(), cells));
				}
			}
		}
	}

	private static Object value(Cell c) {
		if (c == null) {
			return null;
		}
		CellType t = c.getType();
		switch (t) {
			case EMPTY, ERROR:
				return null;
			case STRING:
				return c.asString();
			case BOOLEAN:
				return c.asBoolean();
			case NUMBER:
				return number(c, c.asNumber());
			case FORMULA: {
				String raw = c.getRawValue();
				if (raw == null || raw.isEmpty()) {
					return null;
				}
				try {
					return number(c, new BigDecimal(raw));
				}
				catch (NumberFormatException e) {
					return raw;
				}
			}
			default:
				return c.getText();
		}
	}

	private static Object number(Cell c, BigDecimal n) {
		if (isDateFormat(c.getDataFormatId(), c.getDataFormatString()) && n.signum() > 0
				&& n.doubleValue() < 2_958_466) {
			return excelDate(n.doubleValue());
		}
		return n;
	}

	static LocalDateTime excelDate(double serial) {
		long days = (long) Math.floor(serial);
		LocalDateTime base = LocalDateTime.of(1899, 12, 30, 0, 0);
		if (days < 61) {
			base = base.plusDays(1); // Excel's fictitious 29/02/1900
		}
		long seconds = Math.round((serial - days) * 86400);
		return base.plusDays(days).plusSeconds(seconds);
	}

	static boolean isDateFormat(Integer id, String format) {
		if (id != null && ((id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36)
				|| (id >= 50 && id <= 58))) {
			return true;
		}
		if (format == null) {
			return false;
		}
		String f = format.replaceAll("\"[^\"]*\"", "")
			.replaceAll("\\[[^\\]]*\\]", "")
			.replaceAll("\\\\.", "")
			.toLowerCase(Locale.ROOT);
		return (f.contains("d") || f.contains("m") || f.contains("y")) && !f.contains("#") && !f.contains("0.0");
	}

	// ---- CSV ----

	private static ImportFileException tooManyRows(long maxRows) {
		return new ImportFileException(Messages.text("imports.error.tooManyRows", FileGuard.number(maxRows)));
	}

	private static ImportFileException cellTooLong(int row, int column, long maxCellChars) {
		return new ImportFileException(Messages.text("imports.error.cellTooLong",
				Messages.text("imports.error.cellTooLong.csv", columnName(column), String.valueOf(row)),
				FileGuard.number(maxCellChars)));
	}

	/** 0 → A, 25 → Z, 26 → AA. */
	static String columnName(int index) {
		StringBuilder b = new StringBuilder();
		for (int i = index + 1; i > 0; i = (i - 1) / 26) {
			b.insert(0, (char) ('A' + (i - 1) % 26));
		}
		return b.toString();
	}

	private static void csv(Path file, long maxRows, int maxCellChars, Consumer<RawRow> sink) throws IOException {
		try (InputStream in = Files.newInputStream(file);
				BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 65536)) {
			r.mark(65536);
			String first = r.readLine();
			if (first == null) {
				return;
			}
			char sep = separator(first);
			r.reset();
			int c = r.read();
			if (c != 0xFEFF && c >= 0) {
				r.reset();
			}
			int number = 0;
			List<Object> row;
			while ((row = record(r, sep, number + 1, maxCellChars)) != null) {
				if (++number > maxRows) {
					throw tooManyRows(maxRows);
				}
				sink.accept(new RawRow(number, false, row));
			}
		}
	}

	private static char separator(String line) {
		int commas = 0, semis = 0, tabs = 0;
		boolean quoted = false;
		for (char ch : line.toCharArray()) {
			if (ch == '"') {
				quoted = !quoted;
			}
			else if (!quoted) {
				commas += ch == ',' ? 1 : 0;
				semis += ch == ';' ? 1 : 0;
				tabs += ch == '\t' ? 1 : 0;
			}
		}
		return tabs > commas && tabs > semis ? '\t' : semis > commas ? ';' : ',';
	}

	/** One CSV record (quoted fields may span lines); null at the end. */
	private static List<Object> record(Reader r, char sep, int number, int maxCellChars) throws IOException {
		List<Object> out = new ArrayList<>();
		StringBuilder f = new StringBuilder();
		boolean quoted = false;
		boolean any = false;
		int c;
		while ((c = r.read()) >= 0) {
			any = true;
			char ch = (char) c;
			if (f.length() > maxCellChars) {
				throw cellTooLong(number, out.size(), maxCellChars);
			}
			if (quoted) {
				if (ch == '"') {
					r.mark(1);
					int n = r.read();
					if (n == '"') {
						f.append('"');
					}
					else {
						quoted = false;
						if (n >= 0) {
							r.reset();
						}
					}
				}
				else {
					f.append(ch);
				}
			}
			else if (ch == '"' && f.isEmpty()) {
				quoted = true;
			}
			else if (ch == sep) {
				out.add(f.toString());
				f.setLength(0);
			}
			else if (ch == '\n') {
				break;
			}
			else if (ch != '\r') {
				f.append(ch);
			}
		}
		if (!any) {
			return null;
		}
		out.add(f.toString());
		return out;
	}

}

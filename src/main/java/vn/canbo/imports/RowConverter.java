package vn.canbo.imports;

import vn.canbo.shared.Messages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.canbo.catalog.CatalogItem;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.VietnameseText;

/**
 * Finds the header row of an upload and turns raw rows into typed {@link ImportRow}s,
 * recording every cell problem in Vietnamese. Headers are matched loosely (case,
 * diacritics, punctuation, a trailing "*" ignored) and may be split over two rows by
 * merged cells: a group header merged across columns ("Quê quán") above sub-headers
 * ("Tỉnh") matches "Quê quán: tỉnh"; a header merged down two rows is found in the upper
 * row.
 */
final class RowConverter {

	static final int HEADER_SEARCH_ROWS = 15;

	private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]");

	private static final Pattern INVISIBLE = Pattern.compile("[\\u00A0\\u2007\\u202F\\u200B\\u200C\\u200D\\uFEFF]");

	private final ImportTemplate template;

	private final Catalogs catalogs;

	private final Map<CatalogType, Map<String, String>> catalogIndex = new HashMap<>();

	private Map<String, Integer> columnIndex;

	private int headerRow;

	RowConverter(ImportTemplate template, Catalogs catalogs) {
		this.template = template;
		this.catalogs = catalogs;
	}

	static String key(String header) {
		String f = VietnameseText.fold(header == null ? "" : header);
		return NON_ALNUM.matcher(f).replaceAll("");
	}

	/**
	 * Tries to find the header among the first rows; false when none matches well enough.
	 */
	boolean findHeader(List<SheetReader.RawRow> firstRows) {
		Map<String, String> wanted = new HashMap<>();
		for (ImportColumn c : template.columns()) {
			wanted.put(key(c.header()), c.key());
			wanted.put(key(c.key()), c.key());
		}
		int best = 0;
		for (int r = 0; r < firstRows.size(); r++) {
			SheetReader.RawRow row = firstRows.get(r);
			SheetReader.RawRow above = r > 0 ? firstRows.get(r - 1) : null;
			Map<String, Integer> found = new LinkedHashMap<>();
			String group = null;
			int width = Math.max(row.cells().size(), above == null ? 0 : above.cells().size());
			for (int c = 0; c < width; c++) {
				String own = text(row.cell(c));
				String up = above == null ? null : text(above.cell(c));
				if (up != null) {
					group = up;
				}
				List<String> candidates = new ArrayList<>();
				if (own != null) {
					candidates.add(own);
					if (group != null) {
						candidates.add(group + " " + own);
					}
				}
				else if (up != null) {
					candidates.add(up);
				}
				for (String cand : candidates) {
					String k = wanted.get(key(cand));
					if (k != null && !found.containsKey(k)) {
						found.put(k, c);
						break;
					}
				}
			}
			if (found.size() > best) {
				best = found.size();
				columnIndex = found;
				headerRow = row.number();
			}
		}
		long required = template.columns().stream().filter(ImportColumn::required).count();
		return best > 0 && (best >= Math.min(2, template.columns().size()) || required == 0)
				&& template.columns()
					.stream()
					.filter(ImportColumn::required)
					.allMatch(c -> columnIndex.containsKey(c.key()));
	}

	/**
	 * Headers of the template missing from the file (required ones make the file
	 * unusable).
	 */
	List<ImportColumn> missingColumns() {
		return template.columns()
			.stream()
			.filter(c -> columnIndex == null || !columnIndex.containsKey(c.key()))
			.toList();
	}

	int headerRow() {
		return headerRow;
	}

	Map<String, Integer> columnIndex() {
		return columnIndex;
	}

	ImportRow convert(SheetReader.RawRow raw) {
		Map<String, Object> values = new HashMap<>();
		Map<String, String> texts = new LinkedHashMap<>();
		List<String[]> problems = new ArrayList<>();
		for (ImportColumn col : template.columns()) {
			Integer i = columnIndex.get(col.key());
			Object cell = i == null ? null : raw.cell(i);
			Cleaned cleaned = clean(cell);
			if (cleaned.display != null) {
				texts.put(col.key(), cleaned.display);
			}
			if (cleaned.warning != null) {
				problems.add(new String[] { col.key(), "W", cleaned.warning });
			}
			if (cleaned.isBlank()) {
				if (col.required()) {
					problems.add(new String[] { col.key(), "E", Messages.text("imports.row.required", col.header()) });
				}
				continue;
			}
			try {
				values.put(col.key(), typed(col, cell, cleaned.display));
			}
			catch (IllegalArgumentException e) {
				problems.add(new String[] { col.key(), "E", e.getMessage() });
			}
		}
		ImportRow row = new ImportRow(template, raw.number(), values, texts);
		for (String[] p : problems) {
			if (p[1].equals("E")) {
				row.error(p[0], p[2]);
			}
			else {
				row.warn(p[0], p[2]);
			}
		}
		return row;
	}

	private record Cleaned(String display, String warning) {
		boolean isBlank() {
			return display == null;
		}
	}

	/**
	 * The cell as display text: NFC, trimmed, invisible spaces removed, legacy encodings
	 * converted.
	 */
	private static Cleaned clean(Object cell) {
		if (cell == null) {
			return new Cleaned(null, null);
		}
		if (cell instanceof String raw) {
			// our exports write text starting with = + - @ behind an apostrophe (formula
			// injection); take it off again
			String s = raw.length() > 1 && raw.charAt(0) == '\'' && "=+-@".indexOf(raw.charAt(1)) >= 0
					? raw.substring(1) : raw;
			String t = hasInvisible(s) ? INVISIBLE.matcher(s).replaceAll(" ") : s;
			String warning = null;
			if (!Normalizer.isNormalized(t, Normalizer.Form.NFC)) {
				t = Normalizer.normalize(t, Normalizer.Form.NFC);
			}
			LegacyVietnamese.Result legacy = LegacyVietnamese.convert(t);
			if (legacy.converted()) {
				t = legacy.text();
				warning = Messages.text("imports.row.legacyConverted",
						legacy.encoding() == LegacyVietnamese.Encoding.TCVN3 ? "TCVN3 (ABC)" : "VNI",
						VietnameseText.clean(t));
			}
			else if (legacy.encoding() != null) {
				warning = Messages.text("imports.row.legacyUnconverted");
			}
			return new Cleaned(VietnameseText.clean(t), warning);
		}
		if (cell instanceof BigDecimal n) {
			return new Cleaned(plain(n), null);
		}
		if (cell instanceof LocalDateTime d) {
			return new Cleaned(PartialDate.of(d.toLocalDate()).format(), null);
		}
		return new Cleaned(cell.toString(), null);
	}

	private static boolean hasInvisible(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B' || c == '\u200C' || c == '\u200D'
					|| c == '\uFEFF') {
				return true;
			}
		}
		return false;
	}

	static String plain(BigDecimal n) {
		BigDecimal s = n.stripTrailingZeros();
		return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
	}

	private Object typed(ImportColumn col, Object cell, String text) {
		String h = col.header();
		switch (col.type()) {
			case TEXT: {
				if (col.maxLength() > 0 && text.length() > col.maxLength()) {
					throw new IllegalArgumentException(
							Messages.text("imports.row.tooLong", h, String.valueOf(col.maxLength())));
				}
				return text;
			}
			case DATE: {
				PartialDate d = date(cell, text).orElseThrow(() -> new IllegalArgumentException(
						Messages.text(col.partialDate() ? "imports.row.badPartialDate" : "imports.row.badDate", h)));
				if (!col.partialDate() && d.precision() != PartialDate.Precision.DAY) {
					throw new IllegalArgumentException(Messages.text("imports.row.fullDate", h));
				}
				if (d.year() < 1900 || d.year() > 2100) {
					throw new IllegalArgumentException(
							Messages.text("imports.row.badYear", h, String.valueOf(d.year())));
				}
				return d;
			}
			case INTEGER: {
				BigDecimal n = number(cell, text, h);
				try {
					return n.stripTrailingZeros().intValueExact();
				}
				catch (ArithmeticException e) {
					throw new IllegalArgumentException(Messages.text("imports.row.integer", h));
				}
			}
			case DECIMAL:
				return number(cell, text, h);
			case BOOLEAN: {
				if (cell instanceof Boolean b) {
					return b;
				}
				String f = VietnameseText.fold(text);
				if (List.of("x", "co", "1", "true", "yes", "dung", "v").contains(f)) {
					return true;
				}
				if (List.of("khong", "0", "false", "no", "sai", "").contains(f)) {
					return false;
				}
				throw new IllegalArgumentException(Messages.text("imports.row.boolean", h));
			}
			case CATALOG: {
				Map<String, String> index = catalogIndex.computeIfAbsent(col.catalog(), this::index);
				String code = index.get(text.toUpperCase(java.util.Locale.ROOT));
				if (code == null) {
					code = index.get("~" + key(text));
				}
				if (code == null && text.contains(" - ")) {
					code = index.get(text.substring(0, text.indexOf(" - ")).strip().toUpperCase(java.util.Locale.ROOT));
				}
				if (code == null) {
					throw new IllegalArgumentException(Messages.text("imports.row.notInCatalog", h, text));
				}
				return code;
			}
			case CHOICE: {
				for (Map.Entry<String, String> e : col.choices().entrySet()) {
					if (key(e.getKey()).equals(key(text)) || e.getValue().equalsIgnoreCase(text)) {
						return e.getValue();
					}
				}
				throw new IllegalArgumentException(
						Messages.text("imports.row.choice", h, String.join(", ", col.choices().keySet())));
			}
			default:
				throw new IllegalStateException();
		}
	}

	/**
	 * Codes (upper case) and folded names ("~" + key) of a catalog, including expired
	 * entries.
	 */
	private Map<String, String> index(CatalogType type) {
		Map<String, String> m = new HashMap<>();
		List<CatalogItem> items = catalogs.list(type, LocalDate.now());
		for (CatalogItem i : items) {
			m.put(i.code().toUpperCase(java.util.Locale.ROOT), i.code());
			m.putIfAbsent("~" + key(i.name()), i.code());
		}
		return m;
	}

	private static Optional<PartialDate> date(Object cell, String text) {
		if (cell instanceof LocalDateTime d) {
			return Optional.of(PartialDate.of(d.toLocalDate()));
		}
		if (cell instanceof BigDecimal n) {
			// a year typed into a General cell ("1975"), or an Excel date serial in a
			// cell not formatted as a date
			if (n.scale() <= 0 || n.stripTrailingZeros().scale() <= 0) {
				int v = n.intValue();
				if (v >= 1900 && v <= 2100) {
					return Optional.of(PartialDate.ofYear(v));
				}
			}
			if (n.doubleValue() > 2100 && n.doubleValue() < 73_051) {
				return Optional.of(PartialDate.of(SheetReader.excelDate(n.doubleValue()).toLocalDate()));
			}
			return Optional.empty();
		}
		String t = text.replace(" ", "");
		return PartialDate.parse(t);
	}

	private static BigDecimal number(Object cell, String text, String header) {
		if (cell instanceof BigDecimal n) {
			return n;
		}
		String t = text.replace(" ", "");
		// Vietnamese writes 1.759,5 ; a single comma is a decimal separator ("2,34")
		if (t.contains(",") && t.contains(".")) {
			t = t.indexOf(',') > t.indexOf('.') ? t.replace(".", "").replace(',', '.') : t.replace(",", "");
		}
		else if (t.contains(",")) {
			t = t.replace(',', '.');
		}
		try {
			return new BigDecimal(t).setScale(Math.max(0, new BigDecimal(t).scale()), RoundingMode.UNNECESSARY);
		}
		catch (NumberFormatException | ArithmeticException e) {
			throw new IllegalArgumentException(Messages.text("imports.row.number", header));
		}
	}

	private static String text(Object cell) {
		if (cell == null) {
			return null;
		}
		String s = VietnameseText.clean(cell instanceof BigDecimal n ? plain(n) : cell.toString());
		return s == null || s.isEmpty() ? null : s;
	}

}

package vn.canbo.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.VietnameseText;

/**
 * Text formatting shared by the CV layouts: dates, numbers, money, joins, blank table
 * rows, file-name slugs.
 */
final class CvFormats {

	static final String MASK = "******";

	private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter MY = DateTimeFormatter.ofPattern("MM/yyyy");

	private CvFormats() {
	}

	static String nz(String s) {
		return s == null ? "" : s.strip();
	}

	static String upper(String s) {
		return nz(s).toUpperCase(Locale.forLanguageTag("vi"));
	}

	static String place(vn.canbo.people.Place p) {
		return p == null ? "" : p.format();
	}

	static String dmy(LocalDate d) {
		return d == null ? "" : DMY.format(d);
	}

	static String my(LocalDate d) {
		return d == null ? "" : MY.format(d);
	}

	static String pd(PartialDate d) {
		return d == null ? "" : d.format();
	}

	/** Tháng, năm of a partial date: a full date shows only its month and year. */
	static String monthYear(PartialDate d) {
		if (d == null) {
			return "";
		}
		return d.precision() == PartialDate.Precision.YEAR ? d.format() : MY.format(d.date());
	}

	/** Vietnamese decimals: 2,34. */
	static String num(BigDecimal n) {
		if (n == null) {
			return "";
		}
		BigDecimal s = n.stripTrailingZeros();
		if (s.scale() < 0) {
			s = s.setScale(0);
		}
		if (n.scale() >= 2 && s.scale() < 2 && s.scale() > 0) {
			s = n.setScale(2, java.math.RoundingMode.HALF_UP);
		}
		return s.toPlainString().replace('.', ',');
	}

	/** Money: 12.345.000 đồng. */
	static String money(BigDecimal n) {
		if (n == null) {
			return "";
		}
		java.text.DecimalFormatSymbols sym = new java.text.DecimalFormatSymbols(Locale.ROOT);
		sym.setGroupingSeparator('.');
		sym.setDecimalSeparator(',');
		return new java.text.DecimalFormat("#,##0", sym).format(n) + " đồng";
	}

	static String join(String sep, String... parts) {
		return Stream.of(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(sep));
	}

	static List<List<String>> orEmpty(List<List<String>> rows, int columns) {
		if (!rows.isEmpty()) {
			return rows;
		}
		List<String> blank = new ArrayList<>();
		for (int i = 0; i < columns; i++) {
			blank.add("");
		}
		return List.of(blank, blank);
	}

	/** "Nguyễn Thị Hằng" → "nguyen-thi-hang" for file names. */
	static String slug(String name) {
		String f = VietnameseText.fold(name == null ? "" : name)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
		return f.isEmpty() ? "ho-so" : f;
	}

}

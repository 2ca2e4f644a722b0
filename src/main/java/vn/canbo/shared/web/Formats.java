package vn.canbo.shared.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import vn.canbo.shared.PartialDate;

/**
 * Vietnamese number and date formats, usable from templates as {@code @fmt}: 1.759 —
 * 17,07% — 22/11/2026.
 */
@Component("fmt")
public class Formats {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static DecimalFormat pattern(String p) {
		DecimalFormatSymbols s = new DecimalFormatSymbols();
		s.setGroupingSeparator('.');
		s.setDecimalSeparator(',');
		DecimalFormat f = new DecimalFormat(p, s);
		f.setRoundingMode(RoundingMode.HALF_UP);
		return f;
	}

	public static String number(Number n) {
		return n == null ? "" : pattern("#,##0.##").format(n);
	}

	/** A percentage with two decimals, rounded half-up: 17,07%. */
	public static String percent(BigDecimal value) {
		return value == null ? "" : pattern("#,##0.00").format(value.setScale(2, RoundingMode.HALF_UP)) + "%";
	}

	public static String date(LocalDate d) {
		return d == null ? "" : DATE.format(d);
	}

	public static String date(PartialDate d) {
		return d == null ? "" : d.format();
	}

	// instance forms for Thymeleaf (${@fmt.n(x)})
	public String n(Number n) {
		return number(n);
	}

	public String pct(BigDecimal v) {
		return percent(v);
	}

	public String d(Object d) {
		if (d instanceof LocalDate ld) {
			return date(ld);
		}
		if (d instanceof PartialDate pd) {
			return date(pd);
		}
		return d == null ? "" : d.toString();
	}

}

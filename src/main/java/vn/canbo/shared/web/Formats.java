package vn.canbo.shared.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.canbo.shared.Messages;
import vn.canbo.shared.PartialDate;

/**
 * Number and date formats, usable from templates as {@code @fmt}: in Vietnamese 1.759 —
 * 17,07% — 22/11/2026, in English (the page's language, issue 20 point 12) 1,759 — 17.07%
 * — 22/11/2026 (dates are dd/MM/yyyy in both, the product's rule). The static forms are
 * Vietnamese whatever the page's language: they write the documents (reports' exports,
 * summaries), which are Vietnamese legal forms.
 */
@Component("fmt")
public class Formats {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static DecimalFormat pattern(String p) {
		return pattern(p, false);
	}

	private static DecimalFormat pattern(String p, boolean english) {
		DecimalFormatSymbols s = new DecimalFormatSymbols();
		s.setGroupingSeparator(english ? ',' : '.');
		s.setDecimalSeparator(english ? '.' : ',');
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

	/** 1.759 in Vietnamese, 1,759 in English. */
	public static String number(Number n, Locale locale) {
		return n == null ? "" : pattern("#,##0.##", english(locale)).format(n);
	}

	/** 17,07% in Vietnamese, 17.07% in English. */
	public static String percent(BigDecimal value, Locale locale) {
		return value == null ? ""
				: pattern("#,##0.00", english(locale)).format(value.setScale(2, RoundingMode.HALF_UP)) + "%";
	}

	private static boolean english(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

	// instance forms for Thymeleaf (${@fmt.n(x)}), in the page's language
	public String n(Number n) {
		return number(n, Messages.locale());
	}

	public String pct(BigDecimal v) {
		return percent(v, Messages.locale());
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

	// issue 20 (labels): instants in the server's zone, coefficients, one-decimal
	// averages

	/** The zone every date and time is shown in. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	/** A moment as dd/MM/yyyy HH:mm in {@link #ZONE}; empty for null. */
	public static String dateTime(Instant t) {
		return t == null ? "" : DATE_TIME.format(t.atZone(ZONE));
	}

	/** A pay coefficient with its two decimals: 3,33 — 2,00. */
	public static String coefficient(BigDecimal c) {
		return c == null ? "" : pattern("#,##0.00").format(c);
	}

	/** An average with one decimal, rounded half-up: 43,3 — 40,0. */
	public static String oneDecimal(Number n) {
		return n == null ? ""
				: pattern("#,##0.0").format(new BigDecimal(n.toString()).setScale(1, RoundingMode.HALF_UP));
	}

	public String dt(Object t) {
		if (t instanceof Instant i) {
			return dateTime(i);
		}
		if (t instanceof OffsetDateTime o) {
			return dateTime(o.toInstant());
		}
		if (t instanceof LocalDateTime l) {
			return DATE_TIME.format(l);
		}
		return t == null ? "" : t.toString();
	}

	/** A pay coefficient in {@code locale}: 3,33 in Vietnamese, 3.33 in English. */
	public static String coefficient(BigDecimal c, Locale locale) {
		return c == null ? "" : pattern("#,##0.00", english(locale)).format(c);
	}

	/**
	 * An average with one decimal in {@code locale}: 43,3 in Vietnamese, 43.3 in English.
	 */
	public static String oneDecimal(Number n, Locale locale) {
		return n == null ? "" : pattern("#,##0.0", english(locale))
			.format(new BigDecimal(n.toString()).setScale(1, RoundingMode.HALF_UP));
	}

	// the template forms follow the page's language (issue 20 point 12); the static
	// ones above stay Vietnamese for the documents
	public String coef(BigDecimal c) {
		return coefficient(c, Messages.locale());
	}

	public String avg(Number n) {
		return oneDecimal(n, Messages.locale());
	}

}

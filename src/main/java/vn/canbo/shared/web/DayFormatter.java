package vn.canbo.shared.web;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.format.Formatter;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one rule for a date typed in a page, whatever the browser's language: dd/MM/yyyy
 * (also d/M/yyyy and with dashes or dots), and ISO yyyy-MM-dd so that links built with a
 * {@link LocalDate} in their query string keep working (the REST API under /api/ takes
 * ISO only). Prints dd/MM/yyyy. 31/02/2026 is refused (strict calendar).
 */
public class DayFormatter implements Formatter<LocalDate> {

	private static final DateTimeFormatter PRINT = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private static final Pattern DMY = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})");

	private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final DateTimeFormatter ISO_STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	@Override
	public LocalDate parse(String text, Locale locale) throws ParseException {
		if (api()) {
			// the REST API speaks ISO 8601 only, as its documentation says
			try {
				return LocalDate.parse(text.trim(), ISO_STRICT);
			}
			catch (java.time.DateTimeException e) {
				throw new ParseException(text, 0);
			}
		}
		return day(text);
	}

	private static boolean api() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
				&& a.getRequest().getRequestURI().startsWith(a.getRequest().getContextPath() + "/api/");
	}

	/** The date of {@code text} by the page rule (dd/MM/yyyy or yyyy-MM-dd). */
	public static LocalDate day(String text) throws ParseException {
		String s = text.trim();
		try {
			if (ISO.matcher(s).matches()) {
				return LocalDate.parse(s, ISO_STRICT);
			}
			Matcher m = DMY.matcher(s);
			if (m.matches()) {
				return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
						Integer.parseInt(m.group(1)));
			}
		}
		catch (java.time.DateTimeException e) {
			// an impossible day (31/02): refused below
		}
		throw new ParseException(text, 0);
	}

	@Override
	public String print(LocalDate date, Locale locale) {
		return PRINT.format(date);
	}

}

package vn.canbo.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date that may be known only to the month or the year, as on old dossiers ("1975",
 * "03/1975", "12/03/1975"). Stored as the first possible day plus its precision.
 */
public record PartialDate(LocalDate date, Precision precision) implements Comparable<PartialDate> {

	public enum Precision {

		DAY, MONTH, YEAR

	}

	private static final Pattern DMY = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

	private static final Pattern MY = Pattern.compile("(\\d{1,2})[/.-](\\d{4})");

	private static final Pattern Y = Pattern.compile("(\\d{4})");

	private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");

	public PartialDate {
		if (date == null || precision == null) {
			throw new IllegalArgumentException("date and precision are required");
		}
		date = switch (precision) {
			case DAY -> date;
			case MONTH -> date.withDayOfMonth(1);
			case YEAR -> date.withDayOfYear(1);
		};
	}

	public static PartialDate of(LocalDate date) {
		return new PartialDate(date, Precision.DAY);
	}

	public static PartialDate ofMonth(int year, int month) {
		return new PartialDate(LocalDate.of(year, month, 1), Precision.MONTH);
	}

	public static PartialDate ofYear(int year) {
		return new PartialDate(LocalDate.of(year, 1, 1), Precision.YEAR);
	}

	/**
	 * Reads "dd/MM/yyyy", "MM/yyyy", "yyyy" (Vietnamese order) or ISO "yyyy-MM[-dd]";
	 * empty if blank or invalid.
	 */
	public static Optional<PartialDate> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String t = text.strip();
		try {
			Matcher m = DMY.matcher(t);
			if (m.matches()) {
				return Optional.of(of(LocalDate.of(i(m, 3), i(m, 2), i(m, 1))));
			}
			m = ISO.matcher(t);
			if (m.matches()) {
				return Optional
					.of(m.group(3) == null ? ofMonth(i(m, 1), i(m, 2)) : of(LocalDate.of(i(m, 1), i(m, 2), i(m, 3))));
			}
			m = MY.matcher(t);
			if (m.matches()) {
				return Optional.of(ofMonth(i(m, 2), i(m, 1)));
			}
			m = Y.matcher(t);
			if (m.matches()) {
				return Optional.of(ofYear(i(m, 1)));
			}
		}
		catch (DateTimeException e) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	private static int i(Matcher m, int g) {
		return Integer.parseInt(m.group(g));
	}

	/**
	 * The last day the value may stand for (31/12 for a year, the month's end for a
	 * month).
	 */
	public LocalDate latest() {
		return switch (precision) {
			case DAY -> date;
			case MONTH -> YearMonth.from(date).atEndOfMonth();
			case YEAR -> date.withDayOfYear(date.lengthOfYear());
		};
	}

	public int year() {
		return date.getYear();
	}

	/** Vietnamese display: dd/MM/yyyy, MM/yyyy or yyyy. */
	public String format() {
		return switch (precision) {
			case DAY -> String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
			case MONTH -> String.format("%02d/%04d", date.getMonthValue(), date.getYear());
			case YEAR -> String.valueOf(date.getYear());
		};
	}

	@Override
	public int compareTo(PartialDate o) {
		return date.compareTo(o.date);
	}

	@Override
	public String toString() {
		return format();
	}
}

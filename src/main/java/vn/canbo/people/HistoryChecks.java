package vn.canbo.people;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import vn.canbo.shared.Messages;
import vn.canbo.shared.PartialDate;

/**
 * The field checks the history rules share: periods, ranges, bounds, required fields,
 * messages.
 */
final class HistoryChecks {

	private HistoryChecks() {
	}

	static void periods(Errors e, PartialDate from, PartialDate to, PartialDate birth, String label) {
		if (from != null && to != null && to.latest().isBefore(from.date())) {
			e.add("to", text("periodEndAfterStart", label), to.format());
		}
		if (from != null && birth != null && from.latest().isBefore(birth.date())) {
			e.add("from", text("periodBeforeBirth", label), from.format());
		}
		if (from != null && from.date().isAfter(LocalDate.now())) {
			e.add("from", text("periodFuture", label), from.format());
		}
	}

	/**
	 * A date that may be neither in the future nor before the birth (when known): the
	 * messages people.history.&lt;futureKey&gt; and &lt;beforeBirthKey&gt;.
	 */
	static void pastSinceBirth(Errors e, String field, LocalDate date, PartialDate birth, String futureKey,
			String beforeBirthKey) {
		if (date != null && date.isAfter(LocalDate.now())) {
			e.add(field, text(futureKey), Dates.format(date));
		}
		if (birth != null && date != null && date.isBefore(birth.latest())) {
			e.add(field, text(beforeBirthKey), Dates.format(date));
		}
	}

	/** valid_to is exclusive and must be after valid_from. */
	static void range(Errors e, LocalDate from, LocalDate to, String field, String message) {
		if (from != null && to != null && !to.isAfter(from)) {
			e.add(field, message, Dates.format(to));
		}
	}

	static void between(Errors e, String field, BigDecimal v, int min, int max, String label) {
		if (v != null && (v.compareTo(BigDecimal.valueOf(min)) < 0 || v.compareTo(BigDecimal.valueOf(max)) > 0)) {
			e.add(field, text("between", label, String.valueOf(min), String.valueOf(max)), v);
		}
	}

	/** A history message: people.history.&lt;key&gt; in the user's language. */
	static String text(String key, Object... args) {
		return Messages.text("people.history." + key, args);
	}

	/** Missing (null or blank) → the message people.history.&lt;key&gt;. */
	static void required(Errors e, String field, Object value, String key) {
		if (value == null || value instanceof String s && s.isBlank()) {
			e.add(field, text(key));
		}
	}

	static LocalDate minDate(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	static String vn(BigDecimal b) {
		return b.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
	}

}

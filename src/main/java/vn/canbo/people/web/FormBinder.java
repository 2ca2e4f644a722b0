package vn.canbo.people.web;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.RecordValues;
import vn.canbo.shared.VietnameseText;

/**
 * Turns the strings of an HTML form into a record (PersonData, Position, Salary…) by its
 * components, and back. Dates are typed dd/MM/yyyy; partial dates also MM/yyyy or yyyy;
 * decimals accept "2,34" and "2.34". Unreadable input becomes a Vietnamese
 * {@link FieldError} naming the field; absent components are null.
 */
final class FormBinder {

	private FormBinder() {
	}

	/** Reads the record from the form; parse problems are added to {@code errors}. */
	static <R extends Record> R bind(Class<R> type, Map<String, String> form, String prefix,
			Function<String, String> label, List<FieldError> errors) {
		Map<String, Object> values = new LinkedHashMap<>();
		boolean any = false;
		for (RecordComponent c : type.getRecordComponents()) {
			Object v = value(c.getType(), prefix + c.getName(), form, label, errors);
			values.put(c.getName(), v);
			any |= v != null && !(v instanceof Boolean b && !b);
		}
		if (!prefix.isEmpty() && !any) {
			return null; // an empty nested record (no place given)
		}
		return RecordValues.create(type,
				c -> c.getType() == boolean.class && values.get(c.getName()) == null ? false : values.get(c.getName()));
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Object value(Class<?> t, String name, Map<String, String> form, Function<String, String> label,
			List<FieldError> errors) {
		if (t.isRecord() && t != PartialDate.class) {
			return bind((Class<? extends Record>) t, form, name + ".", label, errors);
		}
		String raw = form.get(name);
		if (t == Boolean.class || t == boolean.class) {
			return raw != null && (raw.equals("true") || raw.equals("on"));
		}
		String s = raw == null ? null : VietnameseText.clean(raw);
		if (s == null || s.isBlank()) {
			return null;
		}
		s = s.strip();
		try {
			if (t == String.class) {
				return s;
			}
			if (t == Long.class) {
				return Long.valueOf(s);
			}
			if (t == Integer.class) {
				return Integer.valueOf(s);
			}
			if (t == BigDecimal.class) {
				return new BigDecimal(s.replace(" ", "").replace(',', '.'));
			}
			if (t == PartialDate.class) {
				return PartialDate.parse(s)
					.orElseThrow(() -> new Bad(Messages.text("people.form.partialDate", label.apply(name), raw)));
			}
			if (t == LocalDate.class) {
				return date(s).orElseThrow(() -> new Bad(Messages.text("people.form.date", label.apply(name), raw)));
			}
			if (t.isEnum()) {
				return Enum.valueOf((Class<Enum>) t, s);
			}
		}
		catch (Bad b) {
			errors.add(new FieldError(name, b.getMessage(), raw));
			return null;
		}
		catch (IllegalArgumentException e) {
			errors.add(new FieldError(name,
					Messages.text(
							t == Integer.class || t == Long.class ? "people.form.integer"
									: t == BigDecimal.class ? "people.form.decimal" : "people.form.invalid",
							label.apply(name), raw),
					raw));
			return null;
		}
		throw new IllegalArgumentException("Unsupported form type " + t + " of " + name);
	}

	/**
	 * A full date typed dd/MM/yyyy (or ISO yyyy-MM-dd); empty when unreadable or not a
	 * full date.
	 */
	static java.util.Optional<LocalDate> date(String s) {
		return PartialDate.parse(s).filter(p -> p.precision() == PartialDate.Precision.DAY).map(PartialDate::date);
	}

	private static final class Bad extends RuntimeException {

		Bad(String m) {
			super(m, null, false, false);
		}

	}

	/**
	 * The record as form strings (dates dd/MM/yyyy, decimals with a comma), nested
	 * records as "place.commune".
	 */
	static Map<String, String> toForm(Record r) {
		Map<String, String> m = new LinkedHashMap<>();
		put(m, "", r);
		return m;
	}

	private static void put(Map<String, String> m, String prefix, Record r) {
		if (r == null) {
			return;
		}
		RecordValues.of(r).forEach((component, v) -> {
			String name = prefix + component;
			if (v instanceof Record nested && !(v instanceof PartialDate)) {
				put(m, name + ".", nested);
			}
			else if (v != null) {
				m.put(name, format(v));
			}
		});
	}

	static String format(Object v) {
		if (v instanceof LocalDate d) {
			return vn.canbo.shared.web.Formats.date(d);
		}
		if (v instanceof PartialDate p) {
			return p.format();
		}
		if (v instanceof BigDecimal b) {
			return b.stripTrailingZeros().toPlainString().replace('.', ',');
		}
		if (v instanceof Enum<?> e) {
			return e.name();
		}
		return String.valueOf(v);
	}

	/** Errors by field name, for showing each next to its input. */
	static Map<String, List<String>> byField(List<FieldError> errors) {
		Map<String, List<String>> m = new LinkedHashMap<>();
		for (FieldError e : errors) {
			m.computeIfAbsent(e.field(), k -> new java.util.ArrayList<>()).add(e.message());
		}
		return m;
	}

}

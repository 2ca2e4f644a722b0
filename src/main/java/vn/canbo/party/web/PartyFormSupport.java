package vn.canbo.party.web;

import java.text.ParseException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.party.PartyOrg;
import vn.canbo.party.PartyOrgs;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.web.DayFormatter;

/**
 * The page forms of the party module (one template, {@code party/form}): the fields, the
 * typed values, the dates read as dd/MM/yyyy (an unreadable one is an error naming the
 * field and what was typed), and the change run in one transaction that is rolled back
 * unless everything is right, so that the service's errors and the unreadable dates are
 * shown together and nothing is stored from a refused form.
 */
@Component
class PartyFormSupport {

	/** A field: text, date, number, textarea or select (with its options). */
	record Field(String name, String label, String type, List<Option> options, String hint) {
	}

	record Option(String value, String label) {
	}

	/** A form's page: title, lead line, where it posts and where "back" goes. */
	record Form(String title, String lead, String action, String back, List<Field> fields, String submit) {
	}

	private final TransactionTemplate tx;

	private final Catalogs catalogs;

	private final PartyOrgs orgs;

	PartyFormSupport(TransactionTemplate tx, Catalogs catalogs, PartyOrgs orgs) {
		this.tx = tx;
		this.catalogs = catalogs;
		this.orgs = orgs;
	}

	static Field text(String name, String labelKey) {
		return new Field(name, Messages.text(labelKey), "text", List.of(), null);
	}

	static Field date(String name, String labelKey) {
		return new Field(name, Messages.text(labelKey), "date", List.of(), null);
	}

	static Field number(String name, String labelKey) {
		return new Field(name, Messages.text(labelKey), "number", List.of(), null);
	}

	static Field area(String name, String labelKey) {
		return new Field(name, Messages.text(labelKey), "textarea", List.of(), null);
	}

	static Field select(String name, String labelKey, List<Option> options) {
		return new Field(name, Messages.text(labelKey), "select", options, null);
	}

	static Field hinted(Field f, String hintKey) {
		return new Field(f.name(), f.label(), f.type(), f.options(), Messages.text(hintKey));
	}

	/** Options whose labels are bundle keys {@code prefix + value}. */
	static List<Option> keyed(String prefix, List<String> values) {
		return values.stream().map(v -> new Option(v, Messages.text(prefix + v))).toList();
	}

	List<Option> catalog(CatalogType type) {
		boolean en = "en".equals(LocaleContextHolder.getLocale().getLanguage());
		return catalogs.list(type, LocalDate.now())
			.stream()
			.map(i -> new Option(i.code(), en && i.nameEn() != null ? i.nameEn() : i.name()))
			.toList();
	}

	/** The chi bộ of the scope today (where members are active). */
	List<Option> cells(Scope scope) {
		return orgs.tree(scope, LocalDate.now())
			.stream()
			.filter(o -> o.level().holdsMembers())
			.map((PartyOrg o) -> new Option(String.valueOf(o.id()), o.name()))
			.toList();
	}

	/** A typed date; an unreadable one adds an error and reads as null. */
	static LocalDate date(Map<String, String> form, String name, List<FieldError> errors) {
		String typed = blank(form.get(name));
		if (typed == null) {
			return null;
		}
		try {
			return new DayFormatter().parse(typed, LocaleContextHolder.getLocale());
		}
		catch (ParseException | RuntimeException e) {
			errors.add(new FieldError(name, Messages.text("party.form.badDate", typed)));
			return null;
		}
	}

	/** A typed whole number; an unreadable one adds an error and reads as null. */
	static Integer integer(Map<String, String> form, String name, List<FieldError> errors) {
		String typed = blank(form.get(name));
		if (typed == null) {
			return null;
		}
		try {
			return Integer.valueOf(typed.replace(".", ""));
		}
		catch (NumberFormatException e) {
			errors.add(new FieldError(name, Messages.text("party.form.badNumber", typed)));
			return null;
		}
	}

	static Long id(Map<String, String> form, String name, List<FieldError> errors) {
		Integer i = integer(form, name, errors);
		return i == null ? null : i.longValue();
	}

	static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	/**
	 * Runs the change in a transaction kept only when there is no error at all; returns
	 * every error (the typed ones first, the service's on the other fields).
	 */
	List<FieldError> run(List<FieldError> typed, Runnable change) {
		List<FieldError> errors = new ArrayList<>(typed);
		Set<String> unreadable = typed.stream().map(FieldError::field).collect(Collectors.toSet());
		tx.executeWithoutResult(status -> {
			try {
				change.run();
			}
			catch (ValidationException e) {
				e.errors().stream().filter(x -> !unreadable.contains(x.field())).forEach(errors::add);
			}
			if (!errors.isEmpty()) {
				status.setRollbackOnly();
			}
		});
		return errors;
	}

	/**
	 * The form page with the values typed and every error (under its field or on top).
	 */
	String page(Model model, Form form, Map<String, String> values, List<FieldError> errors) {
		Set<String> names = form.fields().stream().map(Field::name).collect(Collectors.toSet());
		Map<String, String> byField = new LinkedHashMap<>();
		List<String> general = new ArrayList<>();
		for (FieldError e : errors) {
			if (names.contains(e.field())) {
				byField.merge(e.field(), e.message(), (a, b) -> a + " " + b);
			}
			else {
				general.add(e.message());
			}
		}
		model.addAttribute("form", form)
			.addAttribute("values", values)
			.addAttribute("errors", byField)
			.addAttribute("general", general);
		return "party/form";
	}

}

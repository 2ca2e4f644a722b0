package vn.canbo.people.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.canbo.catalog.CatalogItem;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.TreeRow;
import vn.canbo.org.UnitService;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Scope;

/**
 * Select options (catalogs valid on a date, enums, the user's units) and field labels for
 * the people pages.
 */
@Component
class FormSupport {

	/**
	 * One option of a select; {@code group} becomes an optgroup label, {@code depth}
	 * indents units.
	 */
	public record Option(String value, String label, String group, int depth) {
	}

	/** How deep below the user's top units the unit picker goes. */
	static final int UNIT_DEPTH = 2;

	private final Catalogs catalogs;

	private final UnitService units;

	private final MessageSource messages;

	FormSupport(Catalogs catalogs, UnitService units, MessageSource messages) {
		this.catalogs = catalogs;
		this.units = units;
		this.messages = messages;
	}

	String msg(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	/** Label resolver for parse errors: the field's label in the user's language. */
	Function<String, String> labels(String prefix) {
		return name -> msg(prefix + name);
	}

	List<Option> catalog(CatalogType t, LocalDate on, String group) {
		List<Option> l = new ArrayList<>();
		for (CatalogItem i : catalogs.list(t, on)) {
			l.add(new Option(i.code(), i.label(LocaleContextHolder.getLocale()), group, 0));
		}
		return l;
	}

	/**
	 * The user's top units and their descendants down to {@link #UNIT_DEPTH} levels,
	 * indented.
	 */
	List<Option> units(Scope scope, LocalDate on) {
		List<Option> l = new ArrayList<>();
		Set<Long> seen = new LinkedHashSet<>();
		for (TreeRow top : units.topUnits(scope, on)) {
			for (TreeRow r : units.subtree(top.unit().id(), on, UNIT_DEPTH)) {
				if (seen.add(r.unit().id())) {
					l.add(new Option(String.valueOf(r.unit().id()), r.unit().name(), null, r.depth()));
				}
			}
		}
		return l;
	}

	/** An enum's values, named in the user's language (people.enum.Type.VALUE). */
	List<Option> choices(Class<? extends Enum<?>> type) {
		List<Option> l = new ArrayList<>();
		for (Enum<?> e : type.getEnumConstants()) {
			l.add(new Option(e.name(), msg("people.enum." + type.getSimpleName() + "." + e.name()), null, 0));
		}
		return l;
	}

	/** Yes and no, for a filter that may also be left empty. */
	List<Option> yesNo() {
		return List.of(new Option("true", msg("people.yes"), null, 0), new Option("false", msg("people.no"), null, 0));
	}

	/** Options of every select among the fields, by field name. */
	Map<String, List<Option>> options(List<Field> fields, LocalDate on, Scope scope) {
		Map<String, List<Option>> m = new LinkedHashMap<>();
		List<Option> unitOptions = null;
		for (Field f : fields) {
			switch (f.input()) {
				case CATALOG -> {
					List<Option> l = new ArrayList<>();
					boolean grouped = f.catalogs().size() > 1;
					for (CatalogType t : f.catalogs()) {
						l.addAll(catalog(t, on, grouped ? msg("people.catalog." + t.name()) : null));
					}
					m.put(f.name(), l);
				}
				case ENUM -> {
					m.put(f.name(), choices(f.enumType()));
				}
				case UNIT -> {
					if (unitOptions == null) {
						unitOptions = units(scope, on);
					}
					m.put(f.name(), unitOptions);
				}
				default -> {
				}
			}
		}
		return m;
	}

	/** Puts what the form fragment needs into the model. */
	void form(Model model, List<Field> fields, String labelPrefix, Map<String, String> values, List<FieldError> errors,
			LocalDate on, Scope scope) {
		model.addAttribute("labelPrefix", labelPrefix);
		model.addAttribute("form", values);
		model.addAttribute("errors", FormBinder.byField(errors));
		model.addAttribute("options", options(fields, on, scope));
	}

	/** Errors whose field is not one of the inputs (shown at the top of the form). */
	static List<FieldError> unplaced(List<FieldError> errors, List<Field> fields) {
		Set<String> names = new java.util.HashSet<>();
		fields.forEach(f -> names.add(f.name()));
		return errors.stream().filter(e -> !names.contains(e.field())).toList();
	}

}

package vn.canbo.people.web;

import java.util.List;
import vn.canbo.catalog.CatalogType;
import vn.canbo.people.DossierField;

/**
 * One input of a form: its name (a record component, "birthplace.commune" for nested
 * places), how it is typed, the catalogs of a select, and whether it is sensitive (hidden
 * from users without SENSITIVE_READ when editing). The label is the message
 * {@code people.f.<name>}.
 */
public record Field(String name, Input input, List<CatalogType> catalogs, Class<? extends Enum<?>> enumType,
		boolean sensitive, boolean required, int cols) {

	public enum Input {

		TEXT, TEXTAREA, DATE, PARTIAL, INT, DECIMAL, CATALOG, ENUM, BOOL, UNIT

	}

	static Field text(String name) {
		return new Field(name, Input.TEXT, List.of(), null, false, false, 4);
	}

	static Field area(String name) {
		return new Field(name, Input.TEXTAREA, List.of(), null, false, false, 12);
	}

	static Field date(String name) {
		return new Field(name, Input.DATE, List.of(), null, false, false, 3);
	}

	static Field partial(String name) {
		return new Field(name, Input.PARTIAL, List.of(), null, false, false, 3);
	}

	static Field integer(String name) {
		return new Field(name, Input.INT, List.of(), null, false, false, 2);
	}

	static Field decimal(String name) {
		return new Field(name, Input.DECIMAL, List.of(), null, false, false, 2);
	}

	static Field bool(String name) {
		return new Field(name, Input.BOOL, List.of(), null, false, false, 2);
	}

	static Field unit(String name) {
		return new Field(name, Input.UNIT, List.of(), null, false, true, 6);
	}

	static Field catalog(String name, CatalogType... types) {
		return new Field(name, Input.CATALOG, List.of(types), null, false, false, 4);
	}

	static Field choice(String name, Class<? extends Enum<?>> type) {
		return new Field(name, Input.ENUM, List.of(), type, false, false, 3);
	}

	/**
	 * The inputs of a dossier field ({@code cols} wide): one, or one per part of a place
	 * ("birthplace.commune"…).
	 */
	static List<Field> of(DossierField f, int cols) {
		if (f.kind() == DossierField.Kind.PLACE) {
			return DossierField.PLACE_PARTS.stream().map(p -> text(f.name() + "." + p).wide(cols)).toList();
		}
		Input input = switch (f.kind()) {
			case TEXT -> Input.TEXT;
			case AREA -> Input.TEXTAREA;
			case DATE -> Input.DATE;
			case PARTIAL_DATE -> Input.PARTIAL;
			case INTEGER -> Input.INT;
			case DECIMAL -> Input.DECIMAL;
			case CATALOG -> Input.CATALOG;
			case CHOICE -> Input.ENUM;
			case PLACE -> throw new IllegalArgumentException(f.name());
		};
		return List.of(new Field(f.name(), input, f.catalog() == null ? List.of() : List.of(f.catalog()), f.enumType(),
				f.sensitive(), f.required(), cols));
	}

	Field sensitiveField() {
		return new Field(name, input, catalogs, enumType, true, required, cols);
	}

	Field req() {
		return new Field(name, input, catalogs, enumType, sensitive, true, cols);
	}

	Field wide(int c) {
		return new Field(name, input, catalogs, enumType, sensitive, required, c);
	}

	public String label() {
		return "people.f." + name;
	}

	/** The form control's id. */
	public String id() {
		return "f-" + name.replace('.', '-');
	}

	/** A titled group of fields, like the numbered items of the 2C form. */
	public record Group(String title, List<Field> fields) {
	}
}

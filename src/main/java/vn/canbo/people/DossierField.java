package vn.canbo.people;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.canbo.catalog.CatalogType;
import vn.canbo.shared.RecordValues;

/**
 * One field of the dossier ({@link PersonData} component {@code name}), declared once in
 * {@link DossierFields}: its kind, catalog or choices, whether it is required, whether it
 * is sensitive (NĐ 356/2025: hidden from users without SENSITIVE_READ, left out of
 * exports), its maximum length, its place on the edit form (group title key and width in
 * grid columns) and whether it is a column of the PERSONS import template (headers and
 * help from {@code people.template.<key>} and {@code people.template.<key>.help}). A
 * {@code PLACE} field stands for several inputs and import columns, one per part of
 * {@link Place}.
 */
public record DossierField(String name, Kind kind, CatalogType catalog, Class<? extends Enum<?>> enumType,
		Map<String, String> choices, boolean required, boolean sensitive, int maxLength, String group, int cols,
		boolean imported, List<String> parts) {

	/** How a field is typed, read and written. */
	public enum Kind {

		TEXT, AREA, DATE, PARTIAL_DATE, INTEGER, DECIMAL, CATALOG, CHOICE, PLACE

	}

	/** The parts of a place a form asks for; imports ask for {@link #parts}. */
	public static final List<String> PLACE_PARTS = List.of("commune", "district", "province", "communeNew",
			"provinceNew");

	static DossierField field(String name, Kind kind, int maxLength) {
		return new DossierField(name, kind, null, null, Map.of(), false, false, maxLength, null, defaultCols(kind),
				true, List.of());
	}

	static DossierField text(String name, int maxLength) {
		return field(name, Kind.TEXT, maxLength);
	}

	static DossierField date(String name) {
		return field(name, Kind.DATE, 0);
	}

	static DossierField partialDate(String name) {
		return field(name, Kind.PARTIAL_DATE, 0);
	}

	static DossierField integer(String name) {
		return field(name, Kind.INTEGER, 0);
	}

	static DossierField decimal(String name) {
		return field(name, Kind.DECIMAL, 0);
	}

	static DossierField catalog(String name, CatalogType catalog) {
		return new DossierField(name, Kind.CATALOG, catalog, null, Map.of(), false, false, 0, null, 4, true, List.of());
	}

	/** An enum, imported by its label ("Nam", "Công chức"). */
	static <E extends Enum<E>> DossierField choice(String name, Class<E> type, Function<E, String> label) {
		Map<String, String> choices = new LinkedHashMap<>();
		for (E e : type.getEnumConstants()) {
			choices.put(label.apply(e), e.name());
		}
		return new DossierField(name, Kind.CHOICE, null, type, choices, false, false, 0, null, 3, true, List.of());
	}

	/** A {@link Place}; the import template asks for {@code importedParts} only. */
	static DossierField place(String name, String... importedParts) {
		return new DossierField(name, Kind.PLACE, null, null, Map.of(), false, false, 150, null, 3, true,
				List.of(importedParts));
	}

	private static int defaultCols(Kind kind) {
		return switch (kind) {
			case AREA -> 12;
			case DATE, PARTIAL_DATE -> 3;
			case INTEGER, DECIMAL -> 2;
			default -> 4;
		};
	}

	DossierField req() {
		return with("required", true);
	}

	DossierField sensitiveField() {
		return with("sensitive", true);
	}

	DossierField wide(int c) {
		return with("cols", c);
	}

	/** Not a column of the import template (edited on the form only). */
	DossierField formOnly() {
		return with("imported", false);
	}

	DossierField in(String g) {
		return with("group", g);
	}

	private DossierField with(String component, Object value) {
		return RecordValues.map(this, (name, v) -> name.equals(component) ? value : v);
	}

	/** The constant of a CHOICE field's enum named {@code name}. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	Object enumValue(String name) {
		return Enum.valueOf((Class) enumType, name);
	}

	/**
	 * The import column key of a part of a place: birthplace + commune →
	 * birthplaceCommune.
	 */
	String partKey(String part) {
		return name + Character.toUpperCase(part.charAt(0)) + part.substring(1);
	}

}

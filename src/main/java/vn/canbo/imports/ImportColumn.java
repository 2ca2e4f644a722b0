package vn.canbo.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.canbo.catalog.CatalogType;

/**
 * One column of an import template: its key (used by the row handler), the Vietnamese
 * header written in the template and recognised on upload, its type, whether it is
 * required and a help text for the instructions sheet. {@code catalog} is set for
 * {@link ColumnType#CATALOG}, {@code choices} (label → value) for
 * {@link ColumnType#CHOICE}; {@code partialDate} lets a DATE column hold a month or a
 * year only.
 */
@org.springframework.modulith.NamedInterface("spi")
public record ImportColumn(String key, String header, ColumnType type, boolean required, String help,
		CatalogType catalog, Map<String, String> choices, boolean partialDate, int maxLength) {

	public ImportColumn {
		choices = choices == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(choices));
	}

	public static ImportColumn text(String key, String header, int maxLength, String help) {
		return new ImportColumn(key, header, ColumnType.TEXT, false, help, null, null, false, maxLength);
	}

	public static ImportColumn date(String key, String header, String help) {
		return new ImportColumn(key, header, ColumnType.DATE, false, help, null, null, false, 0);
	}

	/** A date that may be known only to the month ("03/1975") or the year ("1975"). */
	public static ImportColumn partialDate(String key, String header, String help) {
		return new ImportColumn(key, header, ColumnType.DATE, false, help, null, null, true, 0);
	}

	public static ImportColumn integer(String key, String header, String help) {
		return new ImportColumn(key, header, ColumnType.INTEGER, false, help, null, null, false, 0);
	}

	public static ImportColumn decimal(String key, String header, String help) {
		return new ImportColumn(key, header, ColumnType.DECIMAL, false, help, null, null, false, 0);
	}

	public static ImportColumn bool(String key, String header, String help) {
		return new ImportColumn(key, header, ColumnType.BOOLEAN, false, help, null, null, false, 0);
	}

	public static ImportColumn catalog(String key, String header, CatalogType catalog, String help) {
		return new ImportColumn(key, header, ColumnType.CATALOG, false, help, catalog, null, false, 0);
	}

	public static ImportColumn choice(String key, String header, Map<String, String> labelToValue, String help) {
		return new ImportColumn(key, header, ColumnType.CHOICE, false, help, null, labelToValue, false, 0);
	}

	/** The same column, required. */
	public ImportColumn asRequired() {
		return new ImportColumn(key, header, type, true, help, catalog, choices, partialDate, maxLength);
	}
}

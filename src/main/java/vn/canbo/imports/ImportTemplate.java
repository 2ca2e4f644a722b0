package vn.canbo.imports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An import template, as data: a stable code, a Vietnamese title, the data sheet's name,
 * the ordered columns, instruction lines for the "Hướng dẫn" sheet and the handler that
 * turns valid rows into calls on a module's API. {@code order} sorts the template list.
 * {@code detectsDuplicates}: the handler flags rows matching existing records (the user
 * then chooses {@link DuplicateMode}). {@code titleKey}, when given, is the bundle key of
 * the title: the pages show it in their own language ({@link #title(Locale)}), the files
 * keep the Vietnamese {@code title}.
 */
@org.springframework.modulith.NamedInterface("spi")
public record ImportTemplate(String code, String title, String sheetName, List<ImportColumn> columns,
		List<String> instructions, RowHandler handler, int order, boolean detectsDuplicates, String titleKey) {

	/** A template whose title is the same in every language. */
	public ImportTemplate(String code, String title, String sheetName, List<ImportColumn> columns,
			List<String> instructions, RowHandler handler, int order, boolean detectsDuplicates) {
		this(code, title, sheetName, columns, instructions, handler, order, detectsDuplicates, null);
	}

	public ImportTemplate {
		columns = List.copyOf(columns);
		instructions = instructions == null ? List.of() : List.copyOf(instructions);
		if (sheetName.length() > 31) {
			throw new IllegalArgumentException("Excel sheet names are at most 31 characters: " + sheetName);
		}
	}

	/** The title in {@code locale} (a page's language); {@code title} without a key. */
	public String title(Locale locale) {
		return titleKey == null ? title : vn.canbo.shared.Messages.source().getMessage(titleKey, null, title, locale);
	}

	public Optional<ImportColumn> column(String key) {
		return columns.stream().filter(c -> c.key().equals(key)).findFirst();
	}
}

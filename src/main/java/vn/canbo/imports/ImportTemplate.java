package vn.canbo.imports;

import java.util.List;
import java.util.Optional;

/**
 * An import template, as data: a stable code, a Vietnamese title, the data sheet's name,
 * the ordered columns, instruction lines for the "Hướng dẫn" sheet and the handler that
 * turns valid rows into calls on a module's API. {@code order} sorts the template list.
 * {@code detectsDuplicates}: the handler flags rows matching existing records (the user
 * then chooses {@link DuplicateMode}).
 */
@org.springframework.modulith.NamedInterface("spi")
public record ImportTemplate(String code, String title, String sheetName, List<ImportColumn> columns,
		List<String> instructions, RowHandler handler, int order, boolean detectsDuplicates) {

	public ImportTemplate {
		columns = List.copyOf(columns);
		instructions = instructions == null ? List.of() : List.copyOf(instructions);
		if (sheetName.length() > 31) {
			throw new IllegalArgumentException("Excel sheet names are at most 31 characters: " + sheetName);
		}
	}

	public Optional<ImportColumn> column(String key) {
		return columns.stream().filter(c -> c.key().equals(key)).findFirst();
	}
}

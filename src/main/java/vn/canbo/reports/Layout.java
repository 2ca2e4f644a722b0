package vn.canbo.reports;

import java.util.List;

/**
 * Mẫu biểu: a standard table as configuration. Each column counts the persons of a row
 * whose dimension value is one of {@code values} ("*" = any recorded value; no dimension
 * = the row total) or, for measure AVG_AGE, their average age. {@code group} is the
 * header spanning consecutive columns.
 */
public record Layout(String code, String name, Dim rowDim, List<Column> columns, String note) {

	public record Column(String group, String header, Dim dim, List<String> values, String measure) {

		public Column {
			values = values == null ? List.of() : List.copyOf(values);
			measure = measure == null || measure.isBlank() ? "COUNT" : measure;
		}

		public boolean averageAge() {
			return "AVG_AGE".equals(measure);
		}
	}
}

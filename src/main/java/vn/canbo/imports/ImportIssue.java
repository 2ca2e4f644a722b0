package vn.canbo.imports;

/**
 * A problem found in one cell (or row, when {@code column} is blank) of an uploaded file.
 */
public record ImportIssue(int row, String column, String header, String value, Severity severity, String message) {

	public enum Severity {

		ERROR, WARNING

	}
}

package vn.canbo.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Errors of a call that received many rows at once (an API body built from rows of an
 * imported file), named by the row they come from. A field such as
 * {@code entries[3].rating} names the fourth row by the first group of an indexed
 * pattern; a field naming no row, or one past the rows, is put on the first row.
 */
public final class RowErrors {

	private RowErrors() {
	}

	/**
	 * The position, among {@code size} rows, of the row that {@code field} names by the
	 * first group of {@code indexed}; 0 when it names none.
	 */
	public static int index(Pattern indexed, String field, int size) {
		Matcher m = indexed.matcher(field == null ? "" : field);
		return m.matches() && Integer.parseInt(m.group(1)) < size ? Integer.parseInt(m.group(1)) : 0;
	}

	/**
	 * Runs {@code call}; its refusal is thrown again with each message prefixed by its
	 * row number in the file ({@code rowKey} with arguments: the row number, the
	 * message).
	 * @param rowNumbers the file's row number of each row of the call, in the call's
	 * order
	 */
	public static <T> T named(Pattern indexed, List<Integer> rowNumbers, String rowKey, Supplier<T> call) {
		try {
			return call.get();
		}
		catch (ValidationException e) {
			List<FieldError> named = new ArrayList<>();
			for (FieldError f : e.errors()) {
				int row = rowNumbers.get(index(indexed, f.field(), rowNumbers.size()));
				named.add(new FieldError(f.field(), Messages.text(rowKey, String.valueOf(row), f.message())));
			}
			throw new ValidationException(named);
		}
	}

}

package vn.canbo.imports;

import java.util.List;

/**
 * Turns validated rows of a template into calls on a module's API. Rows arrive in batches
 * (≤ 1,000) in file order, already converted to typed values; only rows without cell
 * errors (type, required, catalog) and not hidden are handed to the handler.
 * <ul>
 * <li>{@link #check} runs in the preview and again at commit (the database may have
 * changed): look up references, check scope, flag duplicates
 * ({@link ImportRow#duplicateOf}); record problems with
 * {@link ImportRow#error}/{@link ImportRow#warn}. It must not write.</li>
 * <li>{@link #write} runs at commit, inside the import's single transaction, with the
 * rows without errors (duplicate rows are passed too; honour
 * {@link ImportContext#duplicates()}). Count what was done with
 * {@link ImportContext#created}/{@link ImportContext#updated}/{@link ImportContext#skipped}.
 * Any exception (e.g. a {@link vn.canbo.shared.ValidationException} of the module's API)
 * rolls the whole import back; the handler should name the row in its message.</li>
 * </ul>
 */
@org.springframework.modulith.NamedInterface("spi")
public interface RowHandler {

	default void check(List<ImportRow> batch, ImportContext ctx) {
	}

	void write(List<ImportRow> batch, ImportContext ctx);

	/**
	 * Whether {@link #check} also takes, in the preview, the rows with cell errors (their
	 * unreadable cells absent), so that every problem of a row is listed at once; such a
	 * handler must not report a cell that already has an error, nor count such rows as
	 * valid. Never at commit.
	 */
	default boolean checksRowsWithCellErrors() {
		return false;
	}

}

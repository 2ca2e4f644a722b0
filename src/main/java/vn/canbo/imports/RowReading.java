package vn.canbo.imports;

import vn.canbo.shared.Messages;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.transaction.support.TransactionTemplate;
import vn.canbo.catalog.Catalogs;

/**
 * Reading an upload for {@link ImportService}: the sheet's rows after its header,
 * converted by the template's columns and checked by its handler in batches of
 * {@value #BATCH} (in the preview, one read-only transaction per batch), each batch
 * handed to a sink.
 */
record RowReading(ImportJobs jobs, Catalogs catalogs, TransactionTemplate readOnly, int maxRows, int maxCellChars) {

	static final int BATCH = 1000;

	/**
	 * Whether the row is a hidden row of the workbook (it carries the warning saying so).
	 */
	static boolean hidden(ImportRow r) {
		String hidden = Messages.text("imports.row.hidden");
		return r.issues().stream().anyMatch(i -> i.message().equals(hidden));
	}

	/**
	 * One batch read from the file: all rows (with their issues), and among them those a
	 * handler may write.
	 */
	record Batch(List<ImportRow> rows) {
		List<ImportRow> writable() {
			return rows.stream().filter(r -> !r.hasErrors() && !hidden(r)).toList();
		}
	}

	/**
	 * Reads the file, converts and checks rows in batches, hands each batch to the sink.
	 */
	void run(long id, ImportTemplate t, Path file, FileGuard.Kind kind, long expected, ImportContext ctx,
			Consumer<Batch> sink) {
		RowConverter converter = new RowConverter(t, catalogs);
		List<ImportRow> batch = new ArrayList<>(BATCH);
		long[] processed = { 0 };
		Runnable flush = () -> {
			if (batch.isEmpty()) {
				return;
			}
			boolean all = !ctx.commit() && t.handler().checksRowsWithCellErrors();
			List<ImportRow> checkable = batch.stream().filter(r -> (all || !r.hasErrors()) && !hidden(r)).toList();
			if (!checkable.isEmpty()) {
				if (ctx.commit()) {
					t.handler().check(checkable, ctx);
				}
				else { // one read-only transaction per batch, not one per row
					readOnly.executeWithoutResult(s -> t.handler().check(checkable, ctx));
				}
			}
			sink.accept(new Batch(List.copyOf(batch)));
			processed[0] += batch.size();
			jobs.progress(id, processed[0], Math.max(expected, processed[0]));
			batch.clear();
		};
		Consumer<SheetReader.RawRow> data = raw -> {
			if (raw.number() <= converter.headerRow() || raw.blank()) {
				return;
			}
			ImportRow row;
			if (raw.hidden()) {
				row = new ImportRow(t, raw.number(), Map.of(), Map.of());
				row.warn(null, Messages.text("imports.row.hidden"));
			}
			else {
				row = converter.convert(raw);
			}
			batch.add(row);
			if (batch.size() >= BATCH) {
				flush.run();
			}
		};
		readData(file, kind, t, converter, data);
		flush.run();
	}

	/**
	 * Reads the sheet's rows after its header row into {@code data}: the first rows are
	 * held until the header is found among them (a missing required column stops the
	 * import with a clear error).
	 */
	void readData(Path file, FileGuard.Kind kind, ImportTemplate t, RowConverter converter,
			Consumer<SheetReader.RawRow> data) {
		List<SheetReader.RawRow> head = new ArrayList<>();
		boolean[] started = { false };
		SheetReader.read(file, kind, t.sheetName(), maxRows, maxCellChars, raw -> {
			if (started[0]) {
				data.accept(raw);
				return;
			}
			head.add(raw);
			if (head.size() >= RowConverter.HEADER_SEARCH_ROWS) {
				header(converter, head, t);
				started[0] = true;
				head.forEach(data);
			}
		});
		if (!started[0]) {
			header(converter, head, t);
			head.forEach(data);
		}
	}

	private static void header(RowConverter converter, List<SheetReader.RawRow> head, ImportTemplate t) {
		if (!converter.findHeader(head)) {
			List<String> missing = converter.missingColumns()
				.stream()
				.filter(ImportColumn::required)
				.map(ImportColumn::header)
				.toList();
			throw new ImportFileException(Messages.text("imports.error.noHeader", t.title(Messages.locale()),
					String.valueOf(RowConverter.HEADER_SEARCH_ROWS), missing.isEmpty() ? ""
							: Messages.text("imports.error.missingColumns", String.join(", ", missing))));
		}
	}

}

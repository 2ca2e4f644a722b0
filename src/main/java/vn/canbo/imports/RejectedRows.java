package vn.canbo.imports;

import vn.canbo.shared.Messages;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.canbo.catalog.Catalogs;

/**
 * The rejected-rows .xlsx of a job: the rows with stored errors, copied from the upload
 * in the template's columns with a "Lỗi" column, streamed row by row.
 */
final class RejectedRows {

	/** Reads the data rows of an upload after its header (ImportService's reader). */
	interface DataReader {

		void read(Path file, FileGuard.Kind kind, ImportTemplate t, RowConverter converter,
				Consumer<SheetReader.RawRow> data);

	}

	private static final Logger log = LoggerFactory.getLogger(RejectedRows.class);

	private final ImportJobs jobs;

	private final Catalogs catalogs;

	private final DataReader reader;

	RejectedRows(ImportJobs jobs, Catalogs catalogs, DataReader reader) {
		this.jobs = jobs;
		this.catalogs = catalogs;
		this.reader = reader;
	}

	/**
	 * The rejected rows of a committed job, written next to the upload before the upload
	 * is deleted (small: the rows with stored errors); kept until the retention cleanup.
	 */
	void keep(long id, ImportTemplate t, Path upload, FileGuard.Kind kind) {
		Path rejected = upload.resolveSibling(upload.getFileName() + ".rejected.xlsx");
		try (OutputStream out = Files.newOutputStream(rejected)) {
			write(id, t, upload, kind, out);
			jobs.rejectedFile(id, rejected.toString());
		}
		catch (IOException | RuntimeException e) {
			log.warn("import job {}: the rejected rows could not be kept: {}", id, e.toString());
			UploadStore.deleteQuietly(rejected);
		}
	}

	/**
	 * Writes the rows with stored errors row by row: the errors are read a page at a
	 * time, in row order, alongside the file; constant memory. The header says how many
	 * rows with errors are not listed (their errors were beyond the stored limit).
	 */
	long write(long id, ImportTemplate t, Path file, FileGuard.Kind kind, OutputStream out) {
		ImportJob job = jobs.find(id, null, true).orElseThrow();
		long listed = jobs.storedErrorRows(id);
		long unlisted = Math.max(0, job.errorRows() - listed);
		RowConverter converter = new RowConverter(t, catalogs);
		TemplateWriter.Rejected w = TemplateWriter.rejected(t, catalogs, out);
		if (unlisted > 0) {
			w.note(Messages.text("imports.rejected.unlisted", FileGuard.number(unlisted)));
		}
		ErrorPages errors = new ErrorPages(id);
		long[] written = { 0 };
		reader.read(file, kind, t, converter, raw -> {
			String messages = raw.number() > converter.headerRow() ? errors.at(raw.number()) : null;
			if (messages != null) {
				ImportRow r = converter.convert(raw);
				w.row(raw.number(), r.cellTexts(), messages);
				written[0]++;
			}
		});
		w.finish();
		return written[0];
	}

	/** The stored errors by row, fetched a page at a time as the rows go by. */
	private final class ErrorPages {

		private final long id;

		private List<Map.Entry<Integer, String>> page = List.of();

		private int next;

		private int after;

		private boolean done;

		ErrorPages(long id) {
			this.id = id;
			this.after = Integer.MIN_VALUE;
		}

		/** The errors of row {@code row} (rows asked in increasing order), or null. */
		String at(int row) {
			while (!done) {
				if (next == page.size()) {
					page = jobs.errorRowsAfter(id, after, 500);
					next = 0;
					if (page.isEmpty()) {
						done = true;
						return null;
					}
				}
				Map.Entry<Integer, String> e = page.get(next);
				if (e.getKey() > row) {
					return null;
				}
				next++;
				after = e.getKey();
				if (e.getKey() == row) {
					return e.getValue();
				}
			}
			return null;
		}

	}

}

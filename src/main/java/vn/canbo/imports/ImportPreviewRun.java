package vn.canbo.imports;

import vn.canbo.shared.Messages;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.canbo.shared.Scope;

/**
 * The background preview of an upload for {@link ImportService}: the file inspected by
 * {@link FileGuard}, every row read and checked without writing, its errors and warnings
 * stored (at most {@code maxIssues}, warnings at most half of them), the job's counts and
 * message; a file that cannot be read fails the job and its upload is deleted.
 */
record ImportPreviewRun(ImportJobs jobs, FileGuard guard, UploadStore uploads, RowReading reading, int maxIssues) {

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);

	void preview(long id, ImportTemplate t, Path file, String name, Scope scope) {
		try {
			FileGuard.Inspection inspection = guard.inspect(file, name);
			jobs.stored(id, inspection.kind().name(), file.toString());
			jobs.progress(id, 0, inspection.estimatedRows());
			Counts counts = new Counts();
			int[] seq = { 1 };
			ImportContext ctx = new ImportContext(scope, DuplicateMode.SKIP, false);
			reading.run(id, t, file, inspection.kind(), inspection.estimatedRows(), ctx, batch -> {
				List<ImportIssue> keep = new ArrayList<>();
				for (ImportRow r : batch.rows()) {
					counts.count(r);
					for (ImportIssue i : r.issues()) {
						if (seq[0] + keep.size() > maxIssues || (i.severity() == ImportIssue.Severity.WARNING
								&& counts.warningsKept++ >= maxIssues / 2)) {
							counts.unlisted++;
						}
						else {
							keep.add(i);
						}
					}
				}
				jobs.addIssues(id, seq[0], keep);
				seq[0] += keep.size();
			});
			String message = counts.total == 0 ? Messages.text("imports.preview.empty")
					: counts.errors == 0 ? Messages.text("imports.preview.valid", String.valueOf(counts.valid))
							: Messages.text("imports.preview.errors", String.valueOf(counts.errors),
									String.valueOf(counts.valid));
			if (counts.unlisted > 0) {
				message += Messages.text("imports.preview.unlisted", FileGuard.number(counts.unlisted),
						FileGuard.number(maxIssues));
			}
			jobs.previewed(id, counts.total, counts.valid, counts.errors, counts.warnings, counts.duplicates,
					counts.hidden, counts.unlisted, message);
		}
		catch (ImportFileException e) {
			uploads.deleteUpload(id);
			jobs.failed(id, e.getMessage());
		}
		catch (RuntimeException e) {
			log.error("import job {} preview failed", id, e);
			uploads.deleteUpload(id);
			jobs.failed(id, Messages.text("imports.error.unexpectedRead", e.getClass().getSimpleName()));
		}
	}

	private static final class Counts {

		int total;

		int valid;

		int errors;

		int warnings;

		int duplicates;

		int hidden;

		int warningsKept;

		long unlisted;

		void count(ImportRow r) {
			total++;
			boolean hiddenRow = RowReading.hidden(r);
			if (hiddenRow) {
				hidden++;
			}
			else if (r.hasErrors()) {
				errors++;
			}
			else {
				valid++;
			}
			if (r.issues().stream().anyMatch(i -> i.severity() == ImportIssue.Severity.WARNING)) {
				warnings++;
			}
			if (r.duplicateOf() != null) {
				duplicates++;
			}
		}

	}

}

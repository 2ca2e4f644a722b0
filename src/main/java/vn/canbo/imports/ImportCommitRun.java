package vn.canbo.imports;

import vn.canbo.shared.Messages;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * The background commit of a previewed job for {@link ImportService}: every valid row
 * written in ONE transaction (any failure → nothing written, the job FAILED with the
 * reason), rows the preview rejected stay rejected, the import audited; the rejected rows
 * kept as .xlsx when {@code skipInvalid} left some out; the upload deleted.
 */
record ImportCommitRun(ImportJobs jobs, AuditLog audit, TransactionTemplate tx, UploadStore uploads, RowReading reading,
		RejectedRows rejectedRows) {

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);

	void write(long id, ImportTemplate t, Path file, FileGuard.Kind kind, int expected, DuplicateMode mode,
			boolean skipInvalid, Scope scope) {
		ImportContext ctx = new ImportContext(scope, mode, true, !skipInvalid);
		// rows the preview rejected stay rejected (some checks, e.g. history dry runs,
		// only run in the preview)
		java.util.Set<Integer> previewErrors = jobs.errorRowNumbers(id);
		try {
			long[] rejected = { 0 };
			tx.executeWithoutResult(status -> {
				reading.run(id, t, file, kind, expected, ctx, batch -> {
					for (ImportRow r : batch.rows()) {
						if (previewErrors.contains(r.number()) && !r.hasErrors()) {
							r.error(null, Messages.text("imports.row.previewError"));
						}
						if (r.hasErrors()) {
							if (!skipInvalid) {
								ImportIssue first = r.issues()
									.stream()
									.filter(i -> i.severity() == ImportIssue.Severity.ERROR)
									.findFirst()
									.orElseThrow();
								throw new ImportFileException(Messages.text("imports.error.changedRow",
										String.valueOf(r.number()),
										first.header().isEmpty() ? ""
												: Messages.text("imports.error.changedRowColumn", first.header()),
										first.message()));
							}
							rejected[0]++;
						}
					}
					List<ImportRow> writable = batch.writable();
					if (!writable.isEmpty()) {
						t.handler().write(writable, ctx);
					}
				});
				Map<String, Object> result = new LinkedHashMap<>();
				result.put("template", t.code());
				result.put("file", jobs.find(id, null, true).map(ImportJob::fileName).orElse(""));
				result.put("created", ctx.created());
				result.put("updated", ctx.updated());
				result.put("skipped", ctx.skipped());
				result.put("rejected", rejected[0]);
				audit.record(AuditAction.IMPORT, "import_job", String.valueOf(id), null, null, result);
			});
			if (rejected[0] > 0) {
				rejectedRows.keep(id, t, file, kind);
			}
			uploads.deleteUpload(id);
			jobs.done(id, ctx.created(), ctx.updated(), ctx.skipped(), Messages.text("imports.done",
					String.valueOf(ctx.created()), String.valueOf(ctx.updated()), String.valueOf(ctx.skipped()),
					rejected[0] > 0 ? Messages.text("imports.done.rejected", String.valueOf(rejected[0])) : ""));
		}
		catch (ImportFileException e) {
			uploads.deleteUpload(id);
			jobs.failed(id, e.getMessage());
		}
		catch (ValidationException e) {
			uploads.deleteUpload(id);
			jobs.failed(id,
					Messages.text("imports.error.nothingWritten", e.errors()
						.stream()
						.limit(5)
						.map(f -> f.message() + (f.rejectedValue() == null ? "" : " (" + f.rejectedValue() + ")"))
						.reduce((a, b) -> a + "; " + b)
						.orElse(e.getMessage())));
		}
		catch (RuntimeException e) {
			log.error("import job {} commit failed", id, e);
			uploads.deleteUpload(id);
			jobs.failed(id, Messages.text("imports.error.writeFailed", e.getClass().getSimpleName()));
		}
	}

}

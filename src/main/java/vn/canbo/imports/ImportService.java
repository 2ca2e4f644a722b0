package vn.canbo.imports;

import vn.canbo.shared.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.catalog.Catalogs;
import vn.canbo.security.CurrentUser;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Nhập dữ liệu từ bảng tính: templates from every {@link ImportTemplateProvider}, uploads
 * (.xlsx or UTF-8 .csv) checked by {@link FileGuard}, a preview job that lists every
 * row's errors and warnings without writing, and a commit that writes all valid rows in
 * ONE transaction (any failure → nothing written). Both run in the background;
 * {@link #job} reports their progress. Jobs are visible to their creator, or to everyone
 * for a user with the whole tree in scope.
 * <p>
 * Decisions: hidden rows are not imported (a warning names each); commit is refused while
 * rows have errors unless the user asks to import only the valid rows
 * ({@code skipInvalid}) — the rejected rows then come back as .xlsx.
 */
@Service
public class ImportService {

	static final int BATCH = 1000;

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);

	private final Map<String, ImportTemplate> templates = new LinkedHashMap<>();

	private final ImportJobs jobs;

	private final Catalogs catalogs;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	private final TransactionTemplate tx;

	private final TransactionTemplate readOnly;

	private final FileGuard guard;

	private final UploadStore uploads;

	private final int maxRows;

	private final int maxCellChars;

	private final int maxIssues;

	private final RejectedRows rejectedRows;

	private final Executor executor;

	ImportService(ObjectProvider<ImportTemplateProvider> providers, ImportJobs jobs, Catalogs catalogs,
			CurrentUser currentUser, AuditLog audit, PlatformTransactionManager txManager, ImportSettings settings,
			UploadStore uploads) {
		providers.orderedStream()
			.flatMap(p -> p.templates().stream())
			.sorted(Comparator.comparingInt(ImportTemplate::order))
			.forEach(t -> {
				if (templates.putIfAbsent(t.code(), t) != null) {
					throw new IllegalStateException("Duplicate import template code " + t.code());
				}
			});
		this.jobs = jobs;
		this.catalogs = catalogs;
		this.currentUser = currentUser;
		this.audit = audit;
		this.tx = new TransactionTemplate(txManager);
		this.readOnly = new TransactionTemplate(txManager);
		this.readOnly.setReadOnly(true);
		this.guard = new FileGuard(new FileGuard.Limits(settings.maxFileSize().toBytes(), settings.maxZipEntries(),
				settings.maxUncompressed().toBytes(), settings.maxCompressionRatio(), settings.maxRows(),
				settings.maxCellChars()));
		this.uploads = uploads;
		this.maxRows = settings.maxRows();
		this.maxCellChars = settings.maxCellChars();
		this.maxIssues = settings.maxIssues();
		this.rejectedRows = new RejectedRows(jobs, catalogs, this::readData);
		SimpleAsyncTaskExecutor ex = new SimpleAsyncTaskExecutor("import-");
		ex.setConcurrencyLimit(2);
		// issue 20 point 12: a job writes its messages (stored with its rows) in the
		// language of the page that started it
		this.executor = task -> {
			java.util.Locale locale = Messages.locale();
			ex.execute(() -> {
				org.springframework.context.i18n.LocaleContextHolder.setLocale(locale);
				try {
					task.run();
				}
				finally {
					org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
				}
			});
		};
		jobs.titles(code -> Optional.ofNullable(templates.get(code)).map(ImportTemplate::title).orElse(code));
	}

	// ---- templates ----

	public List<ImportTemplate> templates() {
		return List.copyOf(templates.values());
	}

	public ImportTemplate template(String code) {
		ImportTemplate t = templates.get(code);
		if (t == null) {
			throw new NotFoundException(Messages.text("imports.error.noTemplate", code));
		}
		return t;
	}

	/**
	 * The blank template as .xlsx: data sheet with headers and drop-down lists, "Hướng
	 * dẫn" and the catalog sheet.
	 */
	public void writeTemplate(String code, OutputStream out) {
		TemplateWriter.write(template(code), catalogs, out, null);
	}

	// ---- preview ----

	/**
	 * Stores the upload (within the user's quota, see {@link UploadStore}) and starts the
	 * preview in the background; returns the job (status READING).
	 */
	public ImportJob upload(String templateCode, String fileName, InputStream content, Scope scope) {
		ImportTemplate t = template(templateCode);
		String name = fileName == null || fileName.isBlank() ? "tep-tai-len"
				: Path.of(fileName).getFileName().toString();
		long id = uploads.store(t.code(), name, content, currentUser.username());
		Path stored = Path.of(jobs.storedFile(id).orElseThrow());
		jobs.progress(id, 0, 0);
		SecurityContext security = SecurityContextHolder.getContext();
		executor.execute(() -> withSecurity(security, () -> preview(id, t, stored, name, scope)));
		return job(id);
	}

	private void preview(long id, ImportTemplate t, Path file, String name, Scope scope) {
		try {
			FileGuard.Inspection inspection = guard.inspect(file, name);
			jobs.stored(id, inspection.kind().name(), file.toString());
			jobs.progress(id, 0, inspection.estimatedRows());
			Counts counts = new Counts();
			int[] seq = { 1 };
			ImportContext ctx = new ImportContext(scope, DuplicateMode.SKIP, false);
			run(id, t, file, inspection.kind(), inspection.estimatedRows(), ctx, batch -> {
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
			boolean hiddenRow = hidden(r);
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
	private void run(long id, ImportTemplate t, Path file, FileGuard.Kind kind, long expected, ImportContext ctx,
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
	private void readData(Path file, FileGuard.Kind kind, ImportTemplate t, RowConverter converter,
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

	// ---- commit ----

	/**
	 * Starts writing a previewed job in the background (one transaction). Refused
	 * (ValidationException) when the job is not READY, or has rows with errors and
	 * {@code skipInvalid} is false.
	 */
	public ImportJob commit(long id, DuplicateMode mode, boolean skipInvalid, Scope scope) {
		ImportJob job = job(id);
		if (job.status() != ImportJob.Status.READY) {
			throw new ValidationException("status", Messages.text("imports.error.notReady", job.status().label()));
		}
		if (job.errorRows() > 0 && !skipInvalid) {
			throw new ValidationException("file",
					Messages.text("imports.error.rowsWithErrors", String.valueOf(job.errorRows())));
		}
		if (job.validRows() == 0) {
			throw new ValidationException("file", Messages.text("imports.error.noValidRows"));
		}
		// a row whose errors were not stored could not be told from a valid one
		if (!canSkipInvalid(job)) {
			throw new ValidationException("file", Messages.text("imports.error.unlistedErrors",
					FileGuard.number(job.errorRows()), FileGuard.number(jobs.storedErrorRows(id))));
		}
		Optional<String> upload = jobs.storedFile(id);
		if (upload.isEmpty()) {
			throw new ValidationException("file", Messages.text("imports.error.fileGone", String.valueOf(id)));
		}
		DuplicateMode m = mode == null ? DuplicateMode.SKIP : mode;
		if (!jobs.startCommit(id, m, skipInvalid, currentUser.username())) {
			throw new ValidationException("status", Messages.text("imports.error.alreadyCommitting"));
		}
		ImportTemplate t = template(job.template());
		Path file = Path.of(upload.get());
		FileGuard.Kind kind = FileGuard.Kind.valueOf(jobs.kind(id));
		jobs.progress(id, 0, job.totalRows());
		SecurityContext security = SecurityContextHolder.getContext();
		executor.execute(
				() -> withSecurity(security, () -> write(id, t, file, kind, job.totalRows(), m, skipInvalid, scope)));
		return job(id);
	}

	/**
	 * Gives up a previewed job (READY): it becomes FAILED ("cancelled") and its upload is
	 * deleted at once, freeing the user's quota. Refused while the job runs or after it.
	 */
	public ImportJob cancel(long id) {
		ImportJob job = job(id);
		if (!jobs.cancel(id, Messages.text("imports.cancelled"))) {
			throw new ValidationException("status", Messages.text("imports.error.notReady", job.status().label()));
		}
		uploads.deleteUpload(id);
		return job(id);
	}

	private void write(long id, ImportTemplate t, Path file, FileGuard.Kind kind, int expected, DuplicateMode mode,
			boolean skipInvalid, Scope scope) {
		ImportContext ctx = new ImportContext(scope, mode, true, !skipInvalid);
		// rows the preview rejected stay rejected (some checks, e.g. history dry runs,
		// only run in the preview)
		java.util.Set<Integer> previewErrors = jobs.errorRowNumbers(id);
		try {
			long[] rejected = { 0 };
			tx.executeWithoutResult(status -> {
				run(id, t, file, kind, expected, ctx, batch -> {
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

	private static void withSecurity(SecurityContext security, Runnable r) {
		SecurityContext before = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(security);
		try {
			r.run();
		}
		finally {
			SecurityContextHolder.setContext(before);
		}
	}

	// ---- reading jobs ----

	/**
	 * A job of the current user (or any job for a user with the whole tree in scope);
	 * else NotFoundException.
	 */
	public ImportJob job(long id) {
		return jobs.find(id, currentUser.username(), currentUser.scope().unrestricted())
			.orElseThrow(() -> new NotFoundException(Messages.text("imports.error.jobNotFound", String.valueOf(id))));
	}

	/**
	 * Whether commit may leave out the rows in error: true without errors, or when every
	 * row in error had its errors stored (else it could not be told from a valid row).
	 */
	public boolean canSkipInvalid(ImportJob job) {
		return job.errorRows() == 0 || jobs.storedErrorRows(job.id()) >= job.errorRows();
	}

	public PageResult<ImportJob> jobs(int page, int size) {
		return jobs.list(currentUser.username(), currentUser.scope().unrestricted(), Math.max(0, page),
				Math.min(Math.max(1, size), 200));
	}

	public List<ImportIssue> issues(long id, int page, int size) {
		job(id);
		return jobs.issues(id, Math.max(0, page), Math.min(Math.max(1, size), 1000));
	}

	public long issueCount(long id) {
		job(id);
		return jobs.issueCount(id);
	}

	/**
	 * The rows with errors, in the template's columns plus a "Lỗi" column, to fix and
	 * upload again.
	 */
	public void writeRejectedRows(long id, OutputStream out) {
		ImportJob job = job(id);
		ImportTemplate t = template(job.template());
		Optional<Path> kept = jobs.rejectedFile(id).map(Path::of).filter(Files::exists);
		String stored = jobs.storedFile(id).orElse(null);
		if (kept.isEmpty() && (stored == null || !Files.exists(Path.of(stored)))) {
			throw new NotFoundException(Messages.text("imports.error.fileGone", String.valueOf(id)));
		}
		long rows;
		if (kept.isPresent()) {
			try {
				Files.copy(kept.get(), out);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			rows = jobs.storedErrorRows(id);
		}
		else {
			rows = rejectedRows.write(id, t, Path.of(stored), FileGuard.Kind.valueOf(jobs.kind(id)), out);
		}
		audit.record(AuditAction.EXPORT, "import_job", String.valueOf(id), null, null, Map.of("rejectedRows", rows));
	}

	/** The job list (as the user sees it, up to 10,000 jobs) as .xlsx. */
	public void writeJobList(OutputStream out) {
		List<ImportJob> all = jobs.list(currentUser.username(), currentUser.scope().unrestricted(), 0, 10_000).items();
		TemplateWriter.jobList(all, out);
		audit.record(AuditAction.EXPORT, "import_job", "list", null, null, Map.of("rows", all.size()));
	}

}

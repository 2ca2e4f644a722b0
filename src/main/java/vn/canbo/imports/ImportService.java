package vn.canbo.imports;

import vn.canbo.shared.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
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

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);

	private final Map<String, ImportTemplate> templates = new LinkedHashMap<>();

	private final ImportJobs jobs;

	private final Catalogs catalogs;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	private final UploadStore uploads;

	private final RejectedRows rejectedRows;

	private final ImportPreviewRun previews;

	private final ImportCommitRun commits;

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
		TransactionTemplate readOnly = new TransactionTemplate(txManager);
		readOnly.setReadOnly(true);
		FileGuard guard = new FileGuard(new FileGuard.Limits(settings.maxFileSize().toBytes(), settings.maxZipEntries(),
				settings.maxUncompressed().toBytes(), settings.maxCompressionRatio(), settings.maxRows(),
				settings.maxCellChars()));
		this.uploads = uploads;
		RowReading reading = new RowReading(jobs, catalogs, readOnly, settings.maxRows(), settings.maxCellChars());
		this.rejectedRows = new RejectedRows(jobs, catalogs, reading::readData);
		this.previews = new ImportPreviewRun(jobs, guard, uploads, reading, settings.maxIssues());
		this.commits = new ImportCommitRun(jobs, audit, new TransactionTemplate(txManager), uploads, reading,
				rejectedRows);
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
		executor.execute(() -> withSecurity(security, () -> previews.preview(id, t, stored, name, scope)));
		return job(id);
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
		executor.execute(() -> withSecurity(security,
				() -> commits.write(id, t, file, kind, job.totalRows(), m, skipInvalid, scope)));
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

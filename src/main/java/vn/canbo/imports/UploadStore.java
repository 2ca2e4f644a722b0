package vn.canbo.imports;

import vn.canbo.shared.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.ValidationException;

/**
 * Where uploads wait between preview and commit, and how long: each user may keep at most
 * {@code maxPendingUploads} uploads totalling {@code maxStoredPerUser} on the server
 * (checked atomically per user when the job is created); an upload is deleted when its
 * preview refuses it, when it is committed, and by {@link #cleanup} once older than
 * {@code retention} (abandoned previews, and the rejected-rows file of a committed job).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class UploadStore {

	private static final Logger log = LoggerFactory.getLogger(UploadStore.class);

	private final JdbcClient jdbc;

	private final ImportJobs jobs;

	private final TransactionTemplate tx;

	private final Path workDir;

	private final long maxBytes;

	private final int maxPending;

	private final long maxStored;

	private final java.time.Duration retention;

	UploadStore(JdbcClient jdbc, ImportJobs jobs, PlatformTransactionManager txManager, ImportSettings settings) {
		this.jdbc = jdbc;
		this.jobs = jobs;
		this.tx = new TransactionTemplate(txManager);
		String dir = settings.workDir();
		this.workDir = dir == null || dir.isBlank() ? Path.of(System.getProperty("java.io.tmpdir"), "canbo-imports")
				: Path.of(dir);
		this.maxBytes = settings.maxFileSize().toBytes();
		this.maxPending = settings.maxPendingUploads();
		this.maxStored = settings.maxStoredPerUser().toBytes();
		this.retention = settings.retention();
	}

	Path workDir() {
		return workDir;
	}

	/**
	 * Copies the upload to the work directory (at most the upload limit) and creates its
	 * job, refusing it (ValidationException, the copy deleted) beyond the user's quota.
	 */
	long store(String template, String name, InputStream content, String user) {
		quota(user, 0, name);
		Path stored;
		long size = 0;
		try {
			Files.createDirectories(workDir);
			stored = Files.createTempFile(workDir, "import-", ".upload");
			try (InputStream in = content; OutputStream o = Files.newOutputStream(stored)) {
				byte[] buf = new byte[65536];
				int r;
				while ((r = in.read(buf)) > 0) {
					size += r;
					if (size > maxBytes) {
						o.close();
						Files.deleteIfExists(stored);
						throw refused(Messages.text("imports.error.tooLargeUpload", String.valueOf(maxBytes / 1048576)),
								name);
					}
					o.write(buf, 0, r);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		long bytes = size;
		try {
			return tx.execute(s -> {
				jdbc.sql("select pg_advisory_xact_lock(hashtext(:k))")
					.param("k", "import-quota:" + user)
					.query((rs, n) -> 0)
					.list();
				quota(user, bytes, name);
				return jobs.create(template, name, bytes, user, stored.toString());
			});
		}
		catch (RuntimeException e) {
			deleteQuietly(stored);
			throw e;
		}
	}

	/**
	 * The uploads waiting for a commit count (jobs finished before the limits existed may
	 * still name their upload until the cleanup deletes it; they do not count).
	 */
	private void quota(String user, long adding, String name) {
		long[] held = jdbc.sql("""
				select count(*), coalesce(sum(file_size), 0) from import_job
				where created_by = :u and stored_file is not null and status in ('READING', 'READY', 'COMMITTING')""")
			.param("u", user)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		if (held[0] >= maxPending) {
			throw refused(
					Messages.text("imports.error.quotaCount", String.valueOf(held[0]), String.valueOf(maxPending)),
					name);
		}
		if (held[1] + adding > maxStored) {
			throw refused(Messages.text("imports.error.quotaSize", String.format("%.1f", held[1] / 1048576.0),
					String.valueOf(maxStored / 1048576)), name);
		}
	}

	private static ValidationException refused(String message, String name) {
		return new ValidationException(List.of(new FieldError("file", message, name)));
	}

	/** Deletes the job's upload (if still there) and records that it is gone. */
	void deleteUpload(long id) {
		jobs.storedFile(id).ifPresent(f -> deleteQuietly(Path.of(f)));
		jobs.uploadDeleted(id);
	}

	/**
	 * Deletes uploads and rejected-rows files older than the retention period (except of
	 * jobs running now), and stray files of the work directory that no job names.
	 */
	@Scheduled(initialDelayString = "${canbo.imports.cleanup-interval:1h}",
			fixedDelayString = "${canbo.imports.cleanup-interval:1h}")
	int cleanup() {
		Instant before = Instant.now().minus(retention);
		int deleted = 0;
		for (ImportJobs.Files f : jobs.filesCreatedBefore(before)) {
			if (jobs.running().contains(f.id())) {
				continue;
			}
			deleted += deleteQuietly(f.upload()) + deleteQuietly(f.rejected());
			jobs.filesDeleted(f.id());
		}
		if (Files.isDirectory(workDir)) {
			try (Stream<Path> files = Files.list(workDir)) {
				for (Path p : files.toList()) {
					if (Files.isRegularFile(p) && Files.getLastModifiedTime(p).toInstant().isBefore(before)
							&& !jobs.names(p.toString())) {
						deleted += deleteQuietly(p);
					}
				}
			}
			catch (IOException e) {
				log.warn("import cleanup could not list {}: {}", workDir, e.toString());
			}
		}
		if (deleted > 0) {
			log.info("import cleanup deleted {} file(s) older than {}", deleted, retention);
		}
		return deleted;
	}

	static int deleteQuietly(Path p) {
		if (p == null) {
			return 0;
		}
		try {
			return Files.deleteIfExists(p) ? 1 : 0;
		}
		catch (IOException e) {
			log.warn("could not delete {}: {}", p, e.toString());
			return 0;
		}
	}

}

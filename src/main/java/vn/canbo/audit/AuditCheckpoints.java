package vn.canbo.audit;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Signed checkpoints of the audit chain, written outside the database: after each
 * successful verification one line {@code <last id> <last hash> <HMAC>} is appended to
 * {@code canbo.audit.checkpoint-file} (default {@code data/audit-checkpoints.log}). A
 * database that lost its newest events no longer holds the row the newest checkpoint
 * names; a line whose HMAC does not match was forged or damaged.
 */
@Component
class AuditCheckpoints {

	/**
	 * The newest line of the file; {@code signed} is false when its HMAC does not match.
	 */
	record Checkpoint(long id, String hash, boolean signed) {
	}

	private final Path file;

	private final AuditKey key;

	@Autowired
	AuditCheckpoints(AuditSettings settings, AuditKey key) {
		this(settings.checkpointFile() == null ? null : Path.of(settings.checkpointFile()), key);
	}

	AuditCheckpoints(Path file, AuditKey key) {
		this.file = file;
		this.key = key;
	}

	Path file() {
		return file;
	}

	private String signature(long id, String hash) {
		return key.hmac("checkpoint\n" + id + "\n" + hash);
	}

	/** Appends a checkpoint naming the row {@code id} with its {@code hash}. */
	synchronized void append(long id, String hash) {
		if (file == null) {
			return;
		}
		try {
			Path parent = file.toAbsolutePath().getParent();
			Files.createDirectories(parent);
			if (!Files.exists(file) && parent.getFileSystem().supportedFileAttributeViews().contains("posix")) {
				Files.createFile(file,
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			Files.writeString(file, id + " " + hash + " " + signature(id, hash) + "\n", StandardCharsets.US_ASCII,
					StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the audit checkpoint file " + file, ex);
		}
	}

	/** The newest checkpoint, if any line was written. */
	synchronized Optional<Checkpoint> latest() {
		if (file == null || !Files.exists(file)) {
			return Optional.empty();
		}
		String line = lastLine();
		if (line == null) {
			return Optional.empty();
		}
		String[] parts = line.strip().split(" ");
		try {
			long id = Long.parseLong(parts[0]);
			String hash = parts[1];
			boolean signed = parts.length == 3
					&& MessageDigest.isEqual(signature(id, hash).getBytes(StandardCharsets.US_ASCII),
							parts[2].getBytes(StandardCharsets.US_ASCII));
			return Optional.of(new Checkpoint(id, hash, signed));
		}
		catch (RuntimeException damaged) {
			return Optional.of(new Checkpoint(-1, "", false));
		}
	}

	/**
	 * The last non-empty line, read from the end (the file grows by one line an hour).
	 */
	private String lastLine() {
		try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
			long end = f.length();
			while (end > 0) {
				f.seek(end - 1);
				if (f.read() != '\n') {
					break;
				}
				end--;
			}
			if (end == 0) {
				return null;
			}
			long start = end - 1;
			while (start > 0) {
				f.seek(start - 1);
				if (f.read() == '\n') {
					break;
				}
				start--;
			}
			byte[] b = new byte[(int) (end - start)];
			f.seek(start);
			f.readFully(b);
			return new String(b, StandardCharsets.US_ASCII);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the audit checkpoint file " + file, ex);
		}
	}

}

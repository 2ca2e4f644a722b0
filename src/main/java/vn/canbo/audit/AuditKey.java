package vn.canbo.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The HMAC-SHA256 key of the audit chain and of its checkpoints, held outside the
 * database: {@code canbo.audit.key} ({@code CANBO_AUDIT_KEY}) when set, otherwise the key
 * file ({@code canbo.audit.key-file}, default {@code data/audit.key}), generated on first
 * use (32 random bytes, hex) with permissions 0600. Losing or changing the key makes
 * every keyed row fail verification: back it up apart from the database.
 */
@Component
class AuditKey {

	private static final Logger log = LoggerFactory.getLogger(AuditKey.class);

	static final int MIN_LENGTH = 32;

	private final SecretKeySpec key;

	@Autowired
	AuditKey(AuditSettings settings) {
		this(settings.key(), settings.keyFile() == null ? null : Path.of(settings.keyFile()));
	}

	AuditKey(String configured, Path file) {
		this.key = new SecretKeySpec(load(configured, file), "HmacSHA256");
	}

	static byte[] load(String configured, Path file) {
		if (configured != null && !configured.isBlank()) {
			if (configured.strip().length() < MIN_LENGTH) {
				throw new IllegalStateException("canbo.audit.key must have at least " + MIN_LENGTH + " characters");
			}
			return configured.strip().getBytes(StandardCharsets.UTF_8);
		}
		if (file == null) {
			throw new IllegalStateException("canbo.audit.key or canbo.audit.key-file must be set");
		}
		try {
			if (!Files.exists(file)) {
				generate(file);
			}
			String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
			if (text.length() < MIN_LENGTH) {
				throw new IllegalStateException(
						"The audit key file " + file + " holds fewer than " + MIN_LENGTH + " characters");
			}
			warnIfReadableByOthers(file);
			return text.getBytes(StandardCharsets.US_ASCII);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the audit key file " + file, ex);
		}
	}

	private static void generate(Path file) throws IOException {
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		Path parent = file.toAbsolutePath().getParent();
		Files.createDirectories(parent);
		try {
			if (posix(parent)) {
				Files.createFile(file,
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			else {
				Files.createFile(file);
			}
			Files.writeString(file, HexFormat.of().formatHex(random) + "\n", StandardCharsets.US_ASCII);
			log.warn("Generated the audit key {}: back it up apart from the database; without it the audit trail "
					+ "cannot be verified", file.toAbsolutePath());
		}
		catch (FileAlreadyExistsException raced) {
			// another instance created it first: use theirs
		}
	}

	private static void warnIfReadableByOthers(Path file) throws IOException {
		if (posix(file)) {
			Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
			if (p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.OTHERS_READ)) {
				log.warn("The audit key file {} is readable by other users: chmod 600 it", file.toAbsolutePath());
			}
		}
	}

	private static boolean posix(Path p) {
		return p.getFileSystem().supportedFileAttributeViews().contains("posix");
	}

	/** HMAC-SHA256 of the text, hex. */
	String hmac(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package vn.canbo.imports;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code canbo.imports.*}: the upload limit, the zip-bomb limits, where uploads wait
 * between preview and commit (blank = the system temp directory), and the resource
 * limits: rows per file, characters per cell, issues stored per job, each user's pending
 * uploads (count and size) and how long an abandoned upload is kept. Defaults and
 * environment variables live in {@code application.yml} only.
 */
@ConfigurationProperties("canbo.imports")
public record ImportSettings(DataSize maxFileSize, int maxZipEntries, DataSize maxUncompressed,
		double maxCompressionRatio, String workDir, int maxRows, int maxCellChars, int maxIssues, int maxPendingUploads,
		DataSize maxStoredPerUser, Duration retention) {
}

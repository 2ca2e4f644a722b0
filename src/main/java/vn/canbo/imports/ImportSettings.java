package vn.canbo.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code canbo.imports.*}: the upload limit, the zip-bomb limits and where uploads wait
 * between preview and commit (blank = the system temp directory). Defaults and
 * environment variables live in {@code application.yml} only.
 */
@ConfigurationProperties("canbo.imports")
public record ImportSettings(DataSize maxFileSize, int maxZipEntries, DataSize maxUncompressed,
		double maxCompressionRatio, String workDir) {
}

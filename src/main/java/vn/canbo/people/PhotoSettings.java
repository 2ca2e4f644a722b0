package vn.canbo.people;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code canbo.people.photo.*}: the upload limit of a dossier photo and the most pixels
 * its header may declare (refused before decoding: a decompression bomb never reaches
 * memory). Defaults live in {@code application.yml}; these are the fallbacks.
 */
@ConfigurationProperties("canbo.people.photo")
public record PhotoSettings(DataSize maxFileSize, Long maxPixels) {

	public PhotoSettings {
		maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(5) : maxFileSize;
		maxPixels = maxPixels == null ? 40_000_000L : maxPixels;
	}

}

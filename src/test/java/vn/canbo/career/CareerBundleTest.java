package vn.canbo.career;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.canbo.shared.Messages;

/**
 * The career bundles: each key once (a second definition silently replaced the first: the
 * "Kiêm nhiệm" badge of a concurrent post read "Kiêm nhiệm chức danh chủ chốt cấp xã",
 * the heading of the movement statistics).
 */
class CareerBundleTest {

	@Test
	void everyKeyIsDefinedOnce() throws IOException {
		for (String bundle : List.of("career", "career_en", "rules", "rules_en", "targets", "targets_en", "org",
				"org_en", "catalog", "catalog_en")) {
			assertThat(duplicateKeys("i18n/" + bundle + ".properties")).as(bundle).isEmpty();
		}
	}

	@Test
	void concurrentPostBadgeAndStatisticsHeadingAreDistinct() {
		assertThat(Messages.text(Messages.VIETNAMESE, "career.concurrent")).isEqualTo("Kiêm nhiệm");
		assertThat(Messages.text(Locale.ENGLISH, "career.concurrent")).isEqualTo("Concurrent post");
		assertThat(Messages.text(Messages.VIETNAMESE, "career.concurrent.title"))
			.isEqualTo("Kiêm nhiệm chức danh chủ chốt cấp xã");
	}

	private static List<String> duplicateKeys(String resource) throws IOException {
		try (InputStream in = CareerBundleTest.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			Set<String> seen = new HashSet<>();
			List<String> twice = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
				String l = line.strip();
				if (l.isEmpty() || l.startsWith("#") || !l.contains("=")) {
					continue;
				}
				String key = l.substring(0, l.indexOf('=')).strip();
				if (!seen.add(key)) {
					twice.add(key);
				}
			}
			return twice;
		}
	}

}

package vn.canbo.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The message bundles of every module ({@link Messages#basenames()}), Vietnamese and
 * English: each key is defined once in its file (a second definition silently replaces
 * the first: the "Kiêm nhiệm" badge once read the heading of the movement statistics, and
 * the import template's headers once replaced the person list's column names), and the
 * two languages define the same keys, so that no page falls back to a raw key.
 */
class BundlesTest {

	@Test
	void everyKeyIsDefinedOnceInEachLanguage() throws IOException {
		for (String suffix : List.of(".properties", "_en.properties")) {
			Set<String> seen = new HashSet<>();
			for (String base : Messages.basenames()) {
				assertThat(keys(base + suffix).stream().filter(k -> !seen.add(k)).toList()).as(base + suffix).isEmpty();
			}
		}
	}

	@Test
	void vietnameseAndEnglishDefineTheSameKeys() throws IOException {
		Set<String> vietnamese = new HashSet<>();
		Set<String> english = new HashSet<>();
		for (String base : Messages.basenames()) {
			vietnamese.addAll(keys(base + ".properties"));
			english.addAll(keys(base + "_en.properties"));
		}
		assertThat(vietnamese).isNotEmpty();
		assertThat(english).containsExactlyInAnyOrderElementsOf(vietnamese);
	}

	private static List<String> keys(String resource) throws IOException {
		List<String> keys = new ArrayList<>();
		try (InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				return keys; // a module without bundles of its own
			}
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
				String l = line.strip();
				if (!l.isEmpty() && !l.startsWith("#") && !l.startsWith("!") && l.contains("=")) {
					keys.add(l.substring(0, l.indexOf('=')).strip());
				}
			}
		}
		return keys;
	}

}

package vn.canbo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, point 10: no template asks the browser for its native date picker
 * ({@code <input type="date">}, shown mm/dd/yyyy by an English browser): every date is a
 * text input with {@code data-date}, dd/mm/yyyy (see {@code static/js/date.js}).
 */
class NoNativeDateInputTest {

	private static final Pattern NATIVE = Pattern.compile("type\\s*=\\s*[\"']?\\s*date\\b|'type=date'",
			Pattern.CASE_INSENSITIVE);

	@Test
	void noTemplateUsesTheNativeDatePicker() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
				List<String> lines = Files.readAllLines(f);
				for (int i = 0; i < lines.size(); i++) {
					if (NATIVE.matcher(lines.get(i)).find()) {
						found.add(f + ":" + (i + 1) + ": " + lines.get(i).strip());
					}
				}
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	void everyDateInputIsMarkedForTheDateScript() throws IOException {
		List<String> unmarked = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
				for (String line : Files.readAllLines(f)) {
					if (line.contains("placeholder=\"dd/mm/yyyy\"") && line.contains("type=\"text\"")
							&& !line.contains("data-date")) {
						unmarked.add(f + ": " + line.strip());
					}
				}
			}
		}
		assertThat(unmarked).isEmpty();
	}

}

package vn.canbo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy allows scripts from our own static files only
 * ({@code script-src 'self'}): a template holding an inline script, an inline event
 * handler ({@code onclick=}, {@code th:onclick=}, {@code onsubmit} set through
 * {@code th:attr}), an htmx {@code hx-on} handler or a {@code javascript:} address would
 * be blocked in the browser (issue 20, point 2). Every script lives under
 * {@code static/js}.
 */
class NoInlineScriptTest {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** a script element without a source, i.e. with a body. */
	static final Pattern INLINE_SCRIPT = Pattern.compile("(?is)<script(?![^>]*\\b(?:th:)?src\\s*=)[^>]*>");

	/** an event-handler attribute, also inside th:attr="…" (not data-on…). */
	static final Pattern HANDLER = Pattern.compile("(?i)(?<![\\w-])(?:th:)?on[a-z]{3,}\\s*=\\s*[\"']");

	/** htmx's script-running attributes and javascript: addresses. */
	static final Pattern OTHER = Pattern
		.compile("(?i)(?<![\\w-])(?:data-)?hx-on|javascript:|(?<![\\w-])(?:data-)?hx-vars\\s*=|\\bjs:");

	@Test
	void noTemplateHoldsAnInlineScriptOrHandler() throws IOException {
		List<String> found = new ArrayList<>();
		List<Path> files;
		try (Stream<Path> s = Files.walk(TEMPLATES)) {
			files = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		}
		assertThat(files).hasSizeGreaterThan(20);
		for (Path f : files) {
			found.addAll(offences(TEMPLATES.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8)));
		}
		assertThat(found).as("inline scripts or handlers (blocked by script-src 'self')").isEmpty();
	}

	@Test
	void theCheckerFindsEachKindOfInlineScript() {
		assertThat(offences("a", "<script>alert(1)</script>")).hasSize(1);
		assertThat(offences("a", "<script th:inline=\"javascript\">x()</script>")).hasSize(1);
		assertThat(offences("a", "<button onclick=\"window.print()\">In</button>")).hasSize(1);
		assertThat(offences("a", "<button ONCLICK = 'x()'>")).hasSize(1);
		assertThat(offences("a", "<button th:onclick=\"|x()|\">")).hasSize(1);
		assertThat(offences("a", "<form th:attr=\"onsubmit='return confirm(1)'\">")).hasSize(1);
		assertThat(offences("a", "<form th:attr=\"x=1,onsubmit='return confirm(1)'\">")).hasSize(1);
		assertThat(offences("a", "<button hx-get=\"/x\" hx-on::after-request=\"this.remove()\">")).hasSize(1);
		assertThat(offences("a", "<button data-hx-on-click=\"x()\">")).hasSize(1);
		assertThat(offences("a", "<a href=\"javascript:void(0)\">")).hasSize(1);
		assertThat(offences("a", "<a hx-vals='js:{a: 1}'>")).hasSize(1);
	}

	@Test
	void theCheckerLetsScriptFilesAndDataAttributesPass() {
		assertThat(offences("a", "<script th:src=\"@{/js/canbo.js}\" defer></script>")).isEmpty();
		assertThat(offences("a", "<script src=\"/js/canbo.js\"></script>")).isEmpty();
		assertThat(offences("a", "<script defer th:src=\"@{/js/x.js}\"></script>")).isEmpty();
		assertThat(offences("a", "<button data-print type=\"button\">In</button>")).isEmpty();
		assertThat(offences("a", "<form data-confirm=\"Xóa?\" data-onward=\"1\">")).isEmpty();
		assertThat(offences("a", "<p>Nộp online = trực tuyến</p><input name=\"ngay\">")).isEmpty();
	}

	static List<String> offences(String name, String html) {
		List<String> out = new ArrayList<>();
		for (Pattern p : List.of(INLINE_SCRIPT, HANDLER, OTHER)) {
			Matcher m = p.matcher(html);
			while (m.find()) {
				int line = html.substring(0, m.start()).split("\n", -1).length;
				out.add(name + ":" + line + ": " + m.group());
			}
		}
		return out;
	}

}

package vn.canbo.web.suite;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Watches a page for what the browser suite forbids (issue 20): a console error, an
 * uncaught exception, a Content-Security-Policy violation, a request of the page's own
 * that fails or answers 400 or more, and, when {@link #checkLanguage} is called, a page
 * whose {@code <html lang>}, once set, is not the session's language or that shows a raw
 * message key ({@code ??x.y_vi_VN??}). A test expecting an error page says so with
 * {@link #expectStatus}.
 */
final class PageGuard {

	private static final Pattern RAW_KEY = Pattern.compile("\\?\\?[^\\s?]+\\?\\?");

	private final Page page;

	private final List<String> problems = new ArrayList<>();

	/** URLs whose status 400+ is the point of the step (an error page asked for). */
	private final Set<String> expected = new HashSet<>();

	PageGuard(Page page) {
		this.page = page;
		// a CSP violation is reported as an event: make it a console error
		page.addInitScript("document.addEventListener('securitypolicyviolation', function (e) {"
				+ " console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI); });");
		page.onConsoleMessage(m -> {
			if (!"error".equals(m.type())) {
				return;
			}
			// the browser's own note on an error page we asked for
			if (m.text().startsWith("Failed to load resource")
					&& expected.stream().anyMatch(u -> String.valueOf(m.location()).startsWith(u))) {
				return;
			}
			problems.add("console error on " + page.url() + ": " + m.text() + " (" + m.location() + ")");
		});
		page.onPageError(e -> problems.add("script error on " + page.url() + ": " + e));
		page.onResponse(r -> {
			if (r.status() >= 400 && !expected.contains(strip(r.url()))) {
				problems
					.add(r.status() + " for " + r.request().method() + " " + r.url() + " (page " + page.url() + ")");
			}
		});
		page.onRequestFailed(r -> {
			String error = r.failure();
			// a navigation that turns into a download, or an htmx poll cut short by
			// leaving
			// the page, is aborted by the browser itself: not a failure of the server
			if (error != null && error.contains("ERR_ABORTED")) {
				return;
			}
			problems.add("request failed: " + r.method() + " " + r.url() + ": " + error);
		});
	}

	/** The next answer of this URL (path and query) is an error page on purpose. */
	void expectStatus(String absoluteUrl) {
		expected.add(strip(absoluteUrl));
	}

	/**
	 * The page declares the language and shows no raw message key.
	 * @param language "vi" or "en"
	 */
	void checkLanguage(String language) {
		Object lang = page.evaluate("() => document.documentElement.lang");
		// today's pages declare none (issue 20 point 12, LanguageSuiteTest): checked once
		// set
		if (lang != null && !"".equals(lang) && !language.equals(lang)) {
			problems.add("page " + page.url() + " has <html lang=\"" + lang + "\">, expected " + language);
		}
		String text = (String) page.evaluate("() => document.body ? document.body.innerText : ''");
		var m = RAW_KEY.matcher(text == null ? "" : text);
		while (m.find()) {
			problems.add("raw message key on " + page.url() + ": " + m.group());
		}
	}

	List<String> problems() {
		return List.copyOf(problems);
	}

	void clear() {
		problems.clear();
	}

	private static String strip(String url) {
		int hash = url.indexOf('#');
		return hash < 0 ? url : url.substring(0, hash);
	}

}

package vn.canbo.web.suite;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import vn.canbo.web.BrowserShots;
import vn.canbo.web.BrowserTestSupport;

/**
 * The browser suite of issue 20: every test works as one role in the suite's
 * {@link Locality}, fails on whatever {@link PageGuard} finds (console error, CSP
 * violation, failed request, wrong language, raw message key) and keeps a full-page
 * screenshot of every step under
 * {@code target/browser/suite/<role>/<area>-<nn>-<step>.png} (the area is the test class:
 * two test JVMs may run a role's classes side by side), and one of the page as it was
 * when each test ended ({@code …-end-<test>.png}). With
 * {@code -Dcanbo.screenshots.docs=true} the steps named by {@link #docs} also write the
 * README's screenshots to {@code docs/screenshots}.
 */
@BrowserShots("suite")
abstract class SuiteSupport extends BrowserTestSupport {

	/** One signed-in session per role and server, reused by the role's tests. */
	private static final Map<String, List<Cookie>> SESSIONS = new ConcurrentHashMap<>();

	/** Steps of this class, numbered in order. */
	private final AtomicInteger steps = new AtomicInteger();

	Locality loc;

	PageGuard guard;

	SuiteRole role = SuiteRole.OFFICER;

	/** The language every page must declare: "vi" unless the test switches. */
	String language = "vi";

	@BeforeAll
	void locality() throws IOException {
		loc = Locality.get(units, people, accounts);
		// this area's screenshots of an earlier run
		for (SuiteRole r : SuiteRole.values()) {
			Path dir = shots().resolve(r.folder());
			if (Files.isDirectory(dir)) {
				try (var old = Files.list(dir)) {
					for (Path f : old.filter(f -> f.getFileName().toString().startsWith(area() + "-")).toList()) {
						Files.delete(f);
					}
				}
			}
		}
	}

	/** The test class's name for its screenshots: DecisionSuiteTest is "decision". */
	String area() {
		return getClass().getSimpleName().replace("SuiteTest", "").toLowerCase();
	}

	@BeforeEach
	void guard() {
		guard = new PageGuard(page);
		language = "vi";
	}

	@AfterEach
	void nothingWentWrong(org.junit.jupiter.api.TestInfo test) {
		page.screenshot(new Page.ScreenshotOptions().setPath(shots().resolve(role.folder())
			.resolve(String.format("%s-%02d-end-%s.png", area(), steps.incrementAndGet(),
					test.getTestMethod().map(m -> m.getName()).orElse("test"))))
			.setFullPage(true));
		assertThat(guard.problems()).as("what the browser saw go wrong").isEmpty();
	}

	/** Works as the role from now on, signed in once per role (the session is reused). */
	void as(SuiteRole r) {
		role = r;
		String key = r + "@" + port;
		List<Cookie> cookies = SESSIONS.get(key);
		if (cookies == null) {
			login(loc.username(r), Locality.PASSWORD);
			assertThat(page.url()).as("signed in as " + r).doesNotContain("/login");
			SESSIONS.put(key, page.context().cookies());
		}
		else {
			page.context().addCookies(cookies);
		}
	}

	/** Opens the page (expecting no error status) and records it as a step. */
	Response visit(String path, String step) {
		Response r = page.navigate(url(path));
		assertThat(r.status()).as(path).isLessThan(400);
		settle();
		step(step);
		return r;
	}

	/** Opens a page that must answer an error page with this status; records it. */
	void visitError(String path, int status, String step) {
		guard.expectStatus(url(path));
		Response r = page.navigate(url(path));
		assertThat(r.status()).as(path).isEqualTo(status);
		settle();
		step(step);
	}

	void settle() {
		page.waitForLoadState(LoadState.NETWORKIDLE);
	}

	/**
	 * Sends the form ({@link BrowserTestSupport#submit}) and waits for the page to
	 * settle.
	 */
	@Override
	protected void submit(Locator button) {
		super.submit(button);
		settle();
	}

	/** Checks the language of the page and keeps its full-page screenshot. */
	void step(String name) {
		guard.checkLanguage(language);
		page.screenshot(new Page.ScreenshotOptions()
			.setPath(shots().resolve(role.folder())
				.resolve(String.format("%s-%02d-%s.png", area(), steps.incrementAndGet(), name)))
			.setFullPage(true));
	}

	/**
	 * With {@code -Dcanbo.screenshots.docs=true}: the page as the README shows it, 1366
	 * wide, at most 1600 high.
	 */
	void docs(String name) {
		if (!Boolean.getBoolean("canbo.screenshots.docs")) {
			return;
		}
		// the charts' animations end
		page.waitForTimeout(1500);
		Number height = (Number) page.evaluate("() => document.documentElement.scrollHeight");
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("docs/screenshots", name + ".png"))
			.setFullPage(true)
			.setClip(0, 0, 1366, Math.min(1600, height.doubleValue())));
	}

	/** What a downloaded file must start with. */
	enum Kind {

		/** xlsx and docx are zip files. */
		ZIP("PK"), PDF("%PDF");

		final String magic;

		Kind(String magic) {
			this.magic = magic;
		}

	}

	/**
	 * Clicks the link the page offers, waits for the download and checks it: no failure,
	 * not empty, the right kind of file; the same link fetched with the page's session
	 * answers 200.
	 */
	byte[] download(Locator link, Kind kind, String step) {
		String href = link.getAttribute("href");
		assertThat(href).as("a link to download").isNotBlank().doesNotContain("/api/v1");
		Download d = page.waitForDownload(link::click);
		assertThat(d.failure()).as(href).isNull();
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(d.path());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		assertThat(bytes.length).as(href).isGreaterThan(kind.magic.length());
		assertThat(new String(bytes, 0, kind.magic.length(), java.nio.charset.StandardCharsets.ISO_8859_1))
			.as(href + " (" + d.suggestedFilename() + ")")
			.isEqualTo(kind.magic);
		var again = page.request().get(href.startsWith("http") ? href : url(href));
		assertThat(again.status()).as(href).isEqualTo(200);
		Path keep = shots().resolve(role.folder()).resolve("downloads").resolve(d.suggestedFilename());
		d.saveAs(keep);
		step(step);
		return bytes;
	}

	/** A link of the page by its visible text. */
	Locator link(String text) {
		return page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
				new Page.GetByRoleOptions().setName(text).setExact(true));
	}

	/** A button of the page by its visible text. */
	Locator button(String text) {
		return page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName(text).setExact(true));
	}

}

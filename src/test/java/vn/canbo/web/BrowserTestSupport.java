package vn.canbo.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.people.PersonService;
import vn.canbo.security.Role;
import vn.canbo.security.UserAccounts;

/**
 * Browser tests: the application on a random port, driven by Playwright in Debian's
 * Chromium ({@code /usr/bin/chromium}, or {@code CANBO_CHROMIUM}). Playwright never
 * downloads a browser here.
 * <p>
 * The shared set-up of every browser test: the services that create its data
 * ({@link #units}, {@link #people}, {@link #accounts}), the {@link #problems} of the
 * current test (emptied before each test) with the listeners that fill it, and
 * {@link #shot screenshots} under {@code target/browser/<folder>} named by
 * {@link BrowserShots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTestSupport {

	@LocalServerPort
	protected int port;

	private Playwright playwright;

	private Browser browser;

	private BrowserContext context;

	protected Page page;

	@Autowired
	protected UserAccounts accounts;

	@Autowired
	protected UnitService units;

	@Autowired
	protected PersonService people;

	/**
	 * What the listeners a test asked for have seen on its pages; empty before each test.
	 */
	protected final List<String> problems = new ArrayList<>();

	@BeforeAll
	void startBrowser() {
		String exe = System.getenv().getOrDefault("CANBO_CHROMIUM", "/usr/bin/chromium");
		if (!Files.isExecutable(Path.of(exe))) {
			throw new IllegalStateException(
					"Chromium not found at " + exe + ": apt-get install -y chromium (see .ci/run)");
		}
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of(exe))
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync")));
	}

	@BeforeEach
	void openPage() {
		problems.clear();
		context = browser
			.newContext(new Browser.NewContextOptions().setLocale(browserLocale()).setViewportSize(1366, 800));
		page = context.newPage();
		// 45 s: on a loaded 2-core machine (two test JVMs, PostgreSQL and Chromium at
		// once) a
		// PDF preview or an export occasionally took over 15 s; a missing element still
		// fails
		page.setDefaultTimeout(45_000);
		// the same patience for assertThat(locator)…: their default of 5 s made three
		// browser
		// tests fail in clean-clone CI runs, each waiting for the answer to a form sent
		// just
		// before (an assertion that cannot hold still fails, only later)
		PlaywrightAssertions.setDefaultAssertionTimeout(45_000);
	}

	/** The browser's language (vi-VN); a test of an English browser says en-US. */
	protected String browserLocale() {
		return "vi-VN";
	}

	@AfterEach
	void closePage() {
		context.close();
	}

	@AfterAll
	void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	protected void login(String username, String password) {
		page.navigate(url("/login"));
		page.fill("#username", username);
		page.fill("#password", password);
		page.click("button[type=submit]");
		page.waitForLoadState();
	}

	/**
	 * Sends a form with its submit button and waits for the server's answer to the POST,
	 * so that a slow answer on a loaded machine is not mistaken for the page before it.
	 * CI saw a click on a form's submit button that sent nothing, twice, each time right
	 * after a date field was filled (DossierSuiteTest, DecisionConfirmBrowserTest,
	 * 07–08/12/2026; the page afterwards still showed the filled form); no run here could
	 * repeat it. So if the browser has sent no POST 20 s after the click, this writes the
	 * page's address and what lay on the button, and clicks once more. A POST that was
	 * sent is waited for up to 90 s and never sent twice. Not for a form whose
	 * confirmation the test dismisses.
	 */
	protected void submit(Locator button) {
		PlaywrightAssertions.assertThat(button).isEnabled();
		List<Request> sent = new CopyOnWriteArrayList<>();
		Consumer<Request> posts = r -> {
			if ("POST".equals(r.method())) {
				sent.add(r);
			}
		};
		page.onRequest(posts);
		try {
			page.waitForResponse(r -> "POST".equals(r.request().method()),
					new Page.WaitForResponseOptions().setTimeout(90_000), () -> clickUntilSent(button, sent));
		}
		finally {
			page.offRequest(posts);
		}
	}

	private void clickUntilSent(Locator button, List<Request> sent) {
		button.click();
		try {
			page.waitForCondition(() -> !sent.isEmpty(), new Page.WaitForConditionOptions().setTimeout(20_000));
		}
		catch (TimeoutError e) {
			String onTop = String.valueOf(button.evaluate("""
					b => { const r = b.getBoundingClientRect();
					  const e = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
					  return e === null ? 'nothing (outside the viewport)' : e.outerHTML.slice(0, 200); }"""));
			System.err.println("[BrowserTestSupport] the click sent no POST within 20 s on " + page.url()
					+ "; at the button's centre: " + onTop + "; clicking again");
			button.click();
		}
	}

	/**
	 * Collects into {@code problems} every console error, uncaught script error, CSP
	 * violation (reported as a console error), failed request and response of 400 or more
	 * of the current page, each with its address.
	 */
	protected void collectProblems(List<String> problems) {
		reportCspViolations();
		collectConsoleErrors(problems);
		collectUncaughtErrors(problems);
		collectFailedRequests(problems);
		collectErrorResponses(problems);
	}

	/** Makes every CSP violation of the page a console error. */
	protected void reportCspViolations() {
		page.addInitScript("document.addEventListener('securitypolicyviolation', function (e) {"
				+ " console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI); });");
	}

	/** Collects every console error, with the page's address. */
	protected void collectConsoleErrors(List<String> problems) {
		page.onConsoleMessage(m -> {
			if ("error".equals(m.type())) {
				problems.add(page.url() + ": " + m.text() + " (" + m.location() + ")");
			}
		});
	}

	/** Collects every uncaught script error, with the page's address. */
	protected void collectUncaughtErrors(List<String> problems) {
		page.onPageError(e -> problems.add(page.url() + ": " + e));
	}

	/** Collects every request that failed. */
	protected void collectFailedRequests(List<String> problems) {
		page.onRequestFailed(r -> problems.add("failed request " + r.url()));
	}

	/** Collects every response with a status of 400 or more. */
	protected void collectErrorResponses(List<String> problems) {
		page.onResponse(r -> {
			if (r.status() >= 400) {
				problems.add(r.status() + " " + r.url());
			}
		});
	}

	/** A unit founded on 01/01/2000 ({@code parentId} null: a root); its id. */
	protected long unit(String code, String name, String kind, AdminLevel level, Long parentId) {
		return units.create(new UnitService.NewUnit(code, name, null, kind, level, parentId, LocalDate.of(2000, 1, 1)))
			.id();
	}

	/**
	 * An organisation officer (cán bộ tổ chức) whose scope is the given unit's subtree.
	 */
	protected void officer(String username, String password, long unitId) {
		accounts.create(username, password, "Cán bộ tổ chức", Role.ORG_OFFICER, List.of(unitId));
	}

	/** The folder of this test's screenshots: {@code target/browser/<BrowserShots>}. */
	protected Path shots() {
		BrowserShots folder = getClass().getAnnotation(BrowserShots.class);
		return Path.of("target", "browser", folder == null ? getClass().getSimpleName() : folder.value());
	}

	/** A full-page screenshot {@code name.png} in {@link #shots()}. */
	protected void shot(String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(shots().resolve(name + ".png")).setFullPage(true));
	}

}

package vn.canbo.planning;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.canbo.career.Decision;
import vn.canbo.career.DecisionDraft;
import vn.canbo.career.DecisionService;
import vn.canbo.career.DecisionSubject;
import vn.canbo.career.DecisionType;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitView;
import vn.canbo.people.Gender;
import vn.canbo.security.Role;
import vn.canbo.security.UserAccounts;
import vn.canbo.shared.Scope;
import vn.canbo.web.BrowserTestSupport;

/**
 * Issue 17 in Chromium, as an organisation officer of the province: the plans list, a
 * plan with candidates, the rule check of an addition whose PLAN-09 WARN needs a
 * justification (refused without, stored with it), the annual review, the readiness and
 * structure pages and the dossier's planning section, in Vietnamese and in English; a
 * candidacy closed by an issued appointment, and APP-02 in a decision's rule checks
 * ({@code <html lang>}, no raw {@code ??key??}, the page's own labels and headers without
 * Vietnamese letters). No console error, CSP violation or failed request; full-page
 * screenshots under {@code target/browser/planning/<lang>}.
 */
class PlanningBrowserTest extends BrowserTestSupport {

	static final String PASSWORD = "mat-khau-quy-hoach";

	static final Path SHOTS = Path.of("target/browser/planning");

	/** Letters only Vietnamese writes (breve, circumflex, horn, stroke, tone marks). */
	static final String VIETNAMESE_LETTERS = "[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]";

	@Autowired
	PlanningFixture fx;

	@Autowired
	Plans plans;

	@Autowired
	UserAccounts accounts;

	@Autowired
	DecisionService decisions;

	String user;

	Plan plan;

	long first;

	long lacking;

	long proposal;

	long province;

	final List<String> problems = new ArrayList<>();

	@BeforeAll
	void data() {
		// names without diacritics: the English check reads the page's own words
		String k = PlanningFixture.key();
		LocalDate founded = LocalDate.of(2000, 1, 1);
		UnitView province = fx.units.create(new UnitService.NewUnit("QB-T-" + k, "Tinh Browser " + k, null, "DIA_BAN",
				AdminLevel.PROVINCE, null, founded));
		UnitView a = fx.units.create(new UnitService.NewUnit("QB-X-" + k, "UBND xa Browser " + k, null, "UBND",
				AdminLevel.COMMUNE, province.id(), founded));
		PlanningFixture.Tree t = new PlanningFixture.Tree(province, a, a);
		this.province = province.id();
		plan = fx.plan(t.a().id(), "CHU_TICH_UBND", "PHO_CHU_TICH_UBND");
		first = fx.person("Nguyen Van Keecan", t.a().id(), "CHUYEN_VIEN");
		long second = fx.person("Tran Thi Keecan", t.a().id(), "CHUYEN_VIEN", Gender.FEMALE, LocalDate.of(1992, 6, 1));
		lacking = fx.bare("Le Van Thieuchuan", t.a().id(), "CHUYEN_VIEN", Gender.MALE, LocalDate.of(1988, 3, 3));
		Candidate c = plans.add(plan.id(), PlanningFixture.in("CHU_TICH_UBND", first), Scope.all());
		plans.vote(c.id(), new Vote("CONFERENCE_VOTE", LocalDate.of(2026, 1, 20), 40, 31, 9, null), Scope.all());
		plans.add(plan.id(), PlanningFixture.in("PHO_CHU_TICH_UBND", second), Scope.all());
		// disciplined after the addition: the review of 20/01/2027 proposes her removal
		fx.discipline(second, "KHIEN_TRACH", LocalDate.of(2026, 6, 1), LocalDate.of(2027, 6, 1));
		// a candidate appointed by an issued decision, and a proposal whose APP-02 fails
		long appointed = fx.person("Pham Van Bonhiem", t.a().id(), "CHUYEN_VIEN");
		plans.add(plan.id(), PlanningFixture.in("PHO_CHU_TICH_UBND", appointed), Scope.all());
		Decision d = decisions.create(DecisionDraft.of(DecisionType.APPOINTMENT, k + "/QĐ-UBND",
				LocalDate.of(2026, 2, 20), "UBND tinh Browser", LocalDate.of(2026, 3, 1),
				List.of(DecisionSubject.post(appointed, a.id(), "PHO_CHU_TICH_UBND", null))), Scope.all());
		decisions.issue(d.id(), "Kiểm thử", Scope.all());
		proposal = decisions.create(DecisionDraft.of(DecisionType.APPOINTMENT, null, LocalDate.of(2026, 2, 20),
				"UBND tinh Browser", LocalDate.of(2026, 3, 1),
				List.of(DecisionSubject.post(lacking, a.id(), "PHO_CHU_TICH_UBND", null))), Scope.all())
			.id();
		decisions.check(proposal, Scope.all());
		user = "plan-officer-" + k;
		accounts.create(user, PASSWORD, "Cán bộ tổ chức", Role.ORG_OFFICER, List.of(t.province().id()));
	}

	@BeforeEach
	void listen() {
		problems.clear();
		collectProblems(problems);
	}

	@Test
	void thePlanningPagesInVietnamese() {
		login(user, PASSWORD);
		visit("/planning", "vi", "list");
		assertThat(page.locator("a[href$='/planning/" + plan.id() + "']")).isVisible();
		visit("/planning/" + plan.id(), "vi", "plan");
		assertThat(page.locator("[data-candidate]")).hasCount(3);
		assertThat(page.locator("main")).containsText("31");
		assertThat(page.locator("[data-appointed=true]"))
			.hasText(java.util.regex.Pattern.compile("^Đã giữ chức danh từ ngày 01/03/2026"));

		// an addition whose title standard is not met: the check shows the WARN, adding
		// without a justification is refused, with one it is stored
		page.selectOption("#pc-title", "CHU_TICH_UBND");
		page.evalOnSelector("[data-candidate-form] input[name=personId]", "(e, v) => { e.value = v; }",
				String.valueOf(lacking));
		page.fill("#pc-added", "15/01/2026");
		page.click("[data-candidate-form] button[value=check]");
		page.waitForLoadState();
		assertThat(page.locator("[data-outcomes] tr[data-rule='PLAN-09'][data-outcome='WARN']")).isVisible();
		assertThat(page.locator("[data-outcomes] tr[data-rule='PLAN-01'][data-outcome='PASS']")).isVisible();
		shot("vi", "check");
		page.click("[data-candidate-form] button[value=add]");
		page.waitForLoadState();
		assertThat(page.locator("[data-errors]")).containsText("PLAN-09");
		assertThat(page.locator("[data-candidate]")).hasCount(3);
		shot("vi", "refused-without-justification");
		page.fill("#pc-just", "Đang học lớp bồi dưỡng QP-AN đối tượng 3");
		page.click("[data-candidate-form] button[value=add]");
		page.waitForURL("**/planning/" + plan.id());
		assertThat(page.locator("[data-candidate]")).hasCount(4);
		assertThat(page.locator("main")).containsText("Đang học lớp bồi dưỡng QP-AN đối tượng 3");
		shot("vi", "added");

		visit("/planning/" + plan.id() + "/review?on=20/01/2027", "vi", "review");
		assertThat(page.locator("[data-proposal] [data-reason='DISCIPLINED']")).hasCount(1);
		assertThat(page.locator("[data-proposal]")).containsText("Tran Thi Keecan");
		visit("/planning/" + plan.id() + "/readiness", "vi", "readiness");
		assertThat(page.locator("main")).containsText("Nguyen Van Keecan");
		visit("/planning/" + plan.id() + "/structure", "vi", "structure");
		assertThat(page.locator("label[for=st-on]")).hasText("Ngày rà soát");
		// the subtree's pages, from the plan page's links
		visit("/planning/" + plan.id(), "vi", "plan-links");
		page.click("[data-subtree-readiness-link]");
		page.waitForURL("**/planning/readiness?**");
		assertThat(page.locator("[data-subtree-table]")).containsText("Nguyen Van Keecan");
		shot("vi", "subtree-readiness");
		page.click("[data-sort-col=monthsLeft] a");
		page.waitForURL("**sort=monthsLeft**");
		assertThat(page.locator("[data-subtree-table] tbody tr").first()).containsText("Tran Thi Keecan");
		shot("vi", "subtree-readiness-sorted");
		visit("/planning/summary?unitId=" + province, "vi", "summary");
		assertThat(page.locator("[data-summary-table] [data-group=TOTAL] [data-cell=TOTAL] span"))
			.hasText(java.util.regex.Pattern.compile("^[34]$"));
		assertThat(page.locator("a[data-summary-xlsx]")).hasAttribute("href",
				java.util.regex.Pattern.compile("^/planning/summary\\.xlsx\\?unitId=" + province));
		visit("/persons/" + first, "vi", "dossier");
		assertThat(page.locator("#s-planning")).containsText("Chủ tịch UBND");
		// APP-02 among the decision's rule checks
		visit("/career/decisions/" + proposal, "vi", "decision-app02");
		assertThat(page.locator("main")).containsText("APP-02");
		assertThat(page.locator("main")).containsText("chưa được quy hoạch chức danh Phó Chủ tịch UBND");
		assertThat(problems).isEmpty();
	}

	@Test
	void thePlanningPagesInEnglish() {
		login(user, PASSWORD);
		List<String> vietnamese = new ArrayList<>();
		for (String[] p : List.of(new String[] { "/planning", "list" },
				new String[] { "/planning/" + plan.id(), "plan" },
				new String[] { "/planning/" + plan.id() + "/review?on=20/01/2027", "review" },
				new String[] { "/planning/" + plan.id() + "/readiness", "readiness" },
				new String[] { "/planning/" + plan.id() + "/structure", "structure" },
				new String[] { "/planning/readiness?unitId=" + province, "subtree-readiness" },
				new String[] { "/planning/summary?unitId=" + province, "summary" },
				new String[] { "/persons/" + first, "dossier" })) {
			visit(p[0] + (p[0].contains("?") ? "&" : "?") + "lang=en", "en", p[1]);
			assertThat(page.locator("html")).hasAttribute("lang", "en");
			List<?> found = (List<?>) page.evaluate("(re) => Array.from(document.querySelectorAll("
					+ "'main h1, main th, main label, main button, main summary, main .badge, main .alert'))"
					+ ".filter(e => !e.closest('td, [data-i18n-data]'))"
					+ ".map(e => e.innerText.trim()).filter(t => new RegExp(re).test(t))", VIETNAMESE_LETTERS);
			found.forEach(x -> vietnamese.add(p[0] + ": " + x));
		}
		// the readiness page's titles in English (the catalog's English names)
		visit("/planning/" + plan.id() + "/readiness?lang=en", "en", "readiness-titles");
		assertThat(page.locator("[data-title] h2").first()).hasText("Chair of the People's Committee");
		assertThat(page.locator("[data-title] h2").allInnerTexts())
			.noneMatch(x -> x.matches(".*" + VIETNAMESE_LETTERS + ".*"));
		visit("/planning/" + plan.id() + "/structure?lang=en", "en", "structure-date");
		assertThat(page.locator("label[for=st-on]")).hasText("Review date");
		assertThat(vietnamese).isEmpty();
		assertThat(problems).isEmpty();
	}

	private void visit(String path, String lang, String name) {
		page.navigate(url(path));
		page.waitForLoadState();
		assertThat(page.content()).doesNotContain("??");
		shot(lang, name);
	}

	private void shot(String lang, String name) {
		page.screenshot(
				new Page.ScreenshotOptions().setPath(SHOTS.resolve(lang).resolve(name + ".png")).setFullPage(true));
	}

}

package vn.canbo.evaluation.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.canbo.evaluation.Campaign;
import vn.canbo.evaluation.Rating;
import vn.canbo.evaluation.Subject;
import vn.canbo.security.Role;
import vn.canbo.web.BrowserShots;
import vn.canbo.web.BrowserTestSupport;

/**
 * Issue 15 in Chromium: commune A's officer opens a campaign from the list, fills the
 * grid (NĐ 335 parts and ratings), saves, sees the HTXSNV quota warning (WARN mode),
 * finalises with a justification and finds the grid read only with its correction forms.
 * No console error, CSP violation or failed request; screenshots under
 * {@code target/browser/evaluation}.
 */
@BrowserShots("evaluation")
class EvaluationGridBrowserTest extends BrowserTestSupport {

	static final String PASSWORD = "mat-khau-danh-gia";

	@Autowired
	PagesFixture fx;

	String user;

	Campaign campaign;

	Subject first;

	Subject second;

	Campaign steps;

	Subject stepper;

	@BeforeAll
	void data() {
		fx.warnQuota();
		PagesFixture.Tree t = fx.tree();
		long p1 = fx.person("Ngô Thị Xuân", PagesFixture.nationalId(), t.a().id());
		long p2 = fx.person("Ngô Thị Hạ", PagesFixture.nationalId(), t.a().id());
		campaign = fx.campaign("Đánh giá năm " + PagesFixture.WARN_YEAR, t.a().id(), PagesFixture.WARN_YEAR);
		first = fx.subject(campaign.id(), p1);
		second = fx.subject(campaign.id(), p2);
		steps = fx.campaign("Các bước năm " + PagesFixture.WARN_YEAR, t.a().id(), PagesFixture.WARN_YEAR);
		stepper = fx.subject(steps.id(), p1);
		user = "danhgia-" + PagesFixture.key();
		accounts.create(user, PASSWORD, "Cán bộ tổ chức", Role.ORG_OFFICER, List.of(t.a().id()));
	}

	@BeforeEach
	void listen() {
		collectProblems(problems);
	}

	@Test
	void fillSaveSeeTheQuotaAndFinalise() {
		login(user, PASSWORD);
		page.navigate(url("/evaluations"));
		page.locator("a[href$='/evaluations/" + campaign.id() + "']").click();
		page.waitForURL("**/evaluations/" + campaign.id());
		fill(first, "28", "65", Rating.EXCELLENT);
		fill(second, "25", "50", Rating.GOOD);
		shot("grid-filled");
		page.locator("[data-save]").click();
		page.waitForURL("**/evaluations/" + campaign.id() + "?saved=1");
		assertThat(page.locator("[data-saved]")).isVisible();
		assertThat(page.locator("[data-quota-exceeded]")).containsText("thừa 1 người");
		assertThat(page.locator("select[name='s" + first.id() + ".rating']")).hasValue("EXCELLENT");
		shot("grid-saved-quota");

		page.locator("#fin-date").fill("15/01/" + (PagesFixture.WARN_YEAR + 1));
		page.locator("#fin-authority").fill("Chủ tịch UBND xã");
		page.locator("#fin-justification").fill("Tập thể có thành tích xuất sắc trong năm");
		page.onceDialog(d -> d.accept());
		page.locator("[data-finalise-button]").click();
		page.waitForURL("**/evaluations/" + campaign.id());
		assertThat(page.locator("[data-decision]")).containsText("15/01/" + (PagesFixture.WARN_YEAR + 1));
		assertThat(page.locator("select[name='s" + first.id() + ".rating']")).hasCount(0);
		assertThat(page.locator("[data-save]")).hasCount(0);
		assertThat(page.locator("[data-correction]")).hasCount(2);
		page.locator("tr[data-subject='" + second.id() + "'] summary").click();
		assertThat(page.locator("tr[data-subject='" + second.id() + "'] input[name=decisionNumber]")).isVisible();
		shot("grid-final");
		assertThat(problems).isEmpty();
	}

	/**
	 * The grid's actions fit in the page (the quota button was clipped), a step recorded
	 * on the subject's page appears on its timeline, and one step is recorded for the
	 * unit from the grid (issue 15).
	 */
	@Test
	void stepTimelineAndOneStepForTheUnit() {
		login(user, PASSWORD);
		page.setViewportSize(1024, 768);
		page.navigate(url("/evaluations/" + steps.id()));
		var box = page.locator("[data-grid-actions]").boundingBox();
		assertThat(box.y).isGreaterThanOrEqualTo(0);
		assertThat(box.x + box.width).isLessThanOrEqualTo(1024);
		assertThat((Boolean) page.locator("[data-quota-link]").evaluate("e => e.scrollWidth <= e.clientWidth"))
			.as("the quota button's text fits")
			.isTrue();
		page.locator("tr[data-subject='" + stepper.id() + "'] a[data-steps-link]").click();
		page.waitForURL("**/evaluations/subjects/" + stepper.id());
		assertThat(page.locator("[data-no-steps]")).isVisible();
		page.locator("#st-kind").selectOption("SELF_ASSESSMENT");
		page.locator("#st-date").fill("05/12/" + PagesFixture.WARN_YEAR);
		page.locator("#st-actor").fill("Ngô Thị Xuân");
		page.locator("#st-rating").selectOption("GOOD");
		page.waitForResponse(r -> "POST".equals(r.request().method()), () -> page.locator("[data-step-save]").click());
		page.waitForURL("**/evaluations/subjects/" + stepper.id() + "?saved=1");
		assertThat(page.locator("[data-timeline] [data-step=SELF_ASSESSMENT]"))
			.containsText("05/12/" + PagesFixture.WARN_YEAR);
		shot("step-timeline");
		page.navigate(url("/evaluations/" + steps.id()));
		page.locator("#b-kind").selectOption("COLLECTIVE_OPINION");
		page.locator("#b-date").fill("08/12/" + PagesFixture.WARN_YEAR);
		page.locator("#b-actor").fill("Tập thể UBND xã");
		// the form's POST answered (up to 30 s), then its redirect
		page.waitForResponse(r -> "POST".equals(r.request().method()), () -> page.locator("[data-batch-save]").click());
		page.waitForURL("**/evaluations/" + steps.id() + "?steps=*");
		assertThat(page.locator("[data-steps-recorded]")).isVisible();
		shot("step-batch");
		page.navigate(url("/evaluations/subjects/" + stepper.id()));
		assertThat(page.locator("[data-timeline] li")).hasCount(2);
		assertThat(problems).isEmpty();
	}

	private void fill(Subject s, String common, String task, Rating rating) {
		page.locator("input[name='s" + s.id() + ".common']").fill(common);
		page.locator("input[name='s" + s.id() + ".task']").fill(task);
		page.locator("select[name='s" + s.id() + ".rating']").selectOption(rating.name());
	}

}

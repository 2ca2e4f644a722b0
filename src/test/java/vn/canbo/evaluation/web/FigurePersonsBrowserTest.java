package vn.canbo.evaluation.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.canbo.evaluation.Campaign;
import vn.canbo.evaluation.Finalisation;
import vn.canbo.evaluation.Rating;
import vn.canbo.evaluation.ScoreEntry;
import vn.canbo.evaluation.Subject;
import vn.canbo.security.Role;
import vn.canbo.shared.Scope;
import vn.canbo.web.BrowserShots;
import vn.canbo.web.BrowserTestSupport;

/**
 * Issue 15 in Chromium: commune A's officer opens the persons behind the figure "rated
 * HTXSNV" of the commune (name, unit, title, rating, score, campaign), and downloads the
 * phiếu and the biên bản (DOCX and PDF) from the grid's links. No console error, CSP
 * violation or failed request; screenshots under {@code target/browser/evaluation}.
 */
@BrowserShots("evaluation")
class FigurePersonsBrowserTest extends BrowserTestSupport {

	static final String PASSWORD = "mat-khau-so-lieu";

	@Autowired
	PagesFixture fx;

	String user;

	PagesFixture.Tree t;

	Campaign campaign;

	Subject first;

	@BeforeAll
	void data() {
		fx.warnQuota();
		t = fx.tree();
		long p1 = fx.person("Lý Thị Thu", PagesFixture.nationalId(), t.a().id());
		long p2 = fx.person("Lý Văn Đông", PagesFixture.nationalId(), t.a().id());
		campaign = fx.campaign("Đánh giá năm " + PagesFixture.WARN_YEAR, t.a().id(), PagesFixture.WARN_YEAR);
		first = fx.subject(campaign.id(), p1);
		Subject second = fx.subject(campaign.id(), p2);
		fx.campaigns.record(campaign.id(),
				List.of(entry(first.id(), "28", "65", Rating.EXCELLENT), entry(second.id(), "25", "50", Rating.GOOD)),
				Scope.all());
		fx.campaigns.finalise(campaign.id(), new Finalisation(LocalDate.of(PagesFixture.WARN_YEAR + 1, 1, 15),
				"Chủ tịch UBND xã", "Tập thể có thành tích xuất sắc"), Scope.all());
		user = "solieu-" + PagesFixture.key();
		accounts.create(user, PASSWORD, "Cán bộ tổ chức", Role.ORG_OFFICER, List.of(t.a().id()));
	}

	private static ScoreEntry entry(long subjectId, String common, String task, Rating rating) {
		return new ScoreEntry(subjectId, null, new BigDecimal(common), new BigDecimal(task), null, rating, null, null);
	}

	@BeforeEach
	void listen() {
		collectProblems(problems);
	}

	@Test
	void thePersonsBehindAFigureAndTheDocuments() {
		login(user, PASSWORD);
		int y = PagesFixture.WARN_YEAR;
		page.navigate(url("/evaluations/figures/EVALUATION_EXCELLENT/persons?unitId=" + t.a().id() + "&from=" + y
				+ "-01-01&to=" + y + "-12-31"));
		assertThat(page.locator("[data-figure-persons] tbody tr")).hasCount(1);
		assertThat(page.locator("[data-figure-persons]")).containsText("Lý Thị Thu");
		assertThat(page.locator("[data-figure-persons]")).containsText("HTXSNV");
		assertThat(page.locator("[data-figure-persons]")).containsText("93");
		assertThat(page.locator("[data-basis]")).containsText("1 người");
		shot("figure-persons");
		page.navigate(url("/evaluations/" + campaign.id()));
		String form = page.locator("tr[data-subject='" + first.id() + "'] a[data-form]").getAttribute("href");
		String minutes = page.locator("a[data-minutes]").getAttribute("href");
		for (String href : List.of(form, form + "?format=pdf", minutes, minutes + "?format=pdf")) {
			APIResponse r = page.request().get(url(href));
			assertThat(r.status()).as(href).isEqualTo(200);
			assertThat(r.body().length).as(href).isGreaterThan(1000);
		}
		assertThat(problems).isEmpty();
	}

}

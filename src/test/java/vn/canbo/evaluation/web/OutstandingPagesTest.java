package vn.canbo.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.canbo.evaluation.Campaign;
import vn.canbo.evaluation.CampaignKind;
import vn.canbo.evaluation.Campaigns;
import vn.canbo.evaluation.NewCampaign;
import vn.canbo.evaluation.PeriodKind;
import vn.canbo.evaluation.Rating;
import vn.canbo.evaluation.ScoreEntry;
import vn.canbo.evaluation.Subject;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.Scope;
import vn.canbo.web.OfficerPagesSupport;

/**
 * The exception for outstanding collectives on the pages: the grid of a collective
 * campaign records it with its justification (required: the error is shown, nothing
 * stored), shows it on the row, and the quota report shows the collectives' rule and the
 * collective not counted; outside the scope the form is 404.
 */
class OutstandingPagesTest extends OfficerPagesSupport {

	@Autowired
	PagesFixture fx;

	@Autowired
	Campaigns campaigns;

	@Test
	void theGridRecordsAnOutstandingCollectiveAndTheReportShowsIt() throws Exception {
		PagesFixture.Tree t = fx.tree();
		Campaign c = campaigns.open(
				new NewCampaign("Tập thể " + PagesFixture.key(), t.province().id(), PeriodKind.YEAR,
						LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), CampaignKind.COLLECTIVE, null, null),
				Scope.all());
		List<Subject> units = campaigns.subjects(c.id(), Scope.all());
		Subject a = units.stream().filter(s -> s.evaluatedUnitId() == t.a().id()).findFirst().orElseThrow();
		campaigns.record(c.id(),
				units.stream()
					.map(s -> new ScoreEntry(s.id(), null, null, null, null, s == a ? Rating.EXCELLENT : Rating.GOOD,
							null, null))
					.toList(),
				Scope.all());
		long root = t.province().id();
		Document grid = page(get("/evaluations/" + c.id()), root, 200);
		assertThat(grid.select("tr[data-subject=" + a.id() + "] [data-outstanding-form]")).hasSize(1);
		assertThat(grid.select("form#out-" + a.id())).hasSize(1);
		assertThat(grid.select("[data-quota-rule=COLLECTIVE]").text()).contains("20%").contains("[U");
		Document refused = page(post("/evaluations/" + c.id() + "/outstanding").param("subjectId", "" + a.id())
			.param("outstanding", "true")
			.param("justification", " "), root, 200);
		assertThat(refused.select("[data-errors]").text()).contains(a.name()).contains("lý do");
		page(post("/evaluations/" + c.id() + "/outstanding").param("subjectId", "" + a.id())
			.param("outstanding", "true")
			.param("justification", "Dẫn đầu phong trào thi đua"), t.b().id(), 404);
		mvc.perform(post("/evaluations/" + c.id() + "/outstanding").param("subjectId", "" + a.id())
			.param("outstanding", "true")
			.param("justification", "Dẫn đầu phong trào thi đua")
			.with(csrf())
			.with(TestUsers.officer(root))).andExpect(status().is3xxRedirection());
		grid = page(get("/evaluations/" + c.id()), root, 200);
		assertThat(grid.select("tr[data-subject=" + a.id() + "] [data-outstanding]").text())
			.contains("Tập thể có thành tích xuất sắc")
			.contains("Dẫn đầu phong trào thi đua");
		Document quota = page(get("/evaluations/" + c.id() + "/quota"), root, 200);
		assertThat(quota.select("tr[data-rule=COLLECTIVE] [data-exempt=1]")).hasSize(1);
		assertThat(quota.select("[data-quota-exceeded]")).isEmpty();
	}

}

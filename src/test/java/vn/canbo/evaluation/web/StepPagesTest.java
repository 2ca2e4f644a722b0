package vn.canbo.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.canbo.evaluation.Campaign;
import vn.canbo.evaluation.Campaigns;
import vn.canbo.evaluation.Finalisation;
import vn.canbo.evaluation.Rating;
import vn.canbo.evaluation.ScoreEntry;
import vn.canbo.evaluation.StepKind;
import vn.canbo.evaluation.Subject;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.Scope;
import vn.canbo.web.OfficerPagesSupport;

/**
 * The step pages through MockMvc (issue 15): the subject's timeline and its form (errors
 * on the page naming the person, nothing stored), in Vietnamese and English; the grid's
 * form recording one step for a unit's subjects with the grid's ratings; read only once
 * finalised; another commune's subject and campaign are 404.
 */
class StepPagesTest extends OfficerPagesSupport {

	static final int Y = PagesFixture.WARN_YEAR;

	@Autowired
	PagesFixture fx;

	@Autowired
	Campaigns campaigns;

	@Test
	void timelineFormBatchAndReadOnly() throws Exception {
		fx.warnQuota();
		PagesFixture.Tree t = fx.tree();
		long p1 = fx.person("Hà Thị Mốc", PagesFixture.nationalId(), t.a().id());
		long p2 = fx.person("Hà Thị Mới", PagesFixture.nationalId(), t.a().id());
		long inB = fx.person("Hà Thị Khác", PagesFixture.nationalId(), t.b().id());
		Campaign c = fx.campaign("Bước", t.a().id(), Y);
		Campaign b = fx.campaign("Bước B", t.b().id(), Y);
		Subject s1 = fx.subject(c.id(), p1);
		Subject s2 = fx.subject(c.id(), p2);
		Subject sb = fx.subject(b.id(), inB);
		long unit = t.a().id();
		Document d = page(get("/evaluations/subjects/" + s1.id()), unit, 200);
		assertThat(d.select("[data-no-steps]")).hasSize(1);
		assertThat(d.select("[data-step-form] select[name=kind] option")).extracting(o -> o.attr("value"))
			.containsExactly("SELF_ASSESSMENT", "COLLECTIVE_OPINION", "HEAD_PROPOSAL");
		// every error at once on the page, nothing stored
		d = page(post("/evaluations/subjects/" + s1.id() + "/steps").param("kind", "SELF_ASSESSMENT")
			.param("actor", " ")
			.param("score", "abc"), unit, 200);
		assertThat(d.select("[data-step-errors] div").text()).contains("Hà Thị Mốc");
		assertThat(campaigns.subject(s1.id(), Scope.all()).steps()).isEmpty();
		mvc.perform(post("/evaluations/subjects/" + s1.id() + "/steps").with(csrf())
			.with(TestUsers.officer(unit))
			.param("kind", "SELF_ASSESSMENT")
			.param("date", "05/12/" + Y)
			.param("actor", "Hà Thị Mốc")
			.param("score", "82,5")
			.param("rating", "GOOD")
			.param("note", "Tự nhận xét")).andExpect(status().is3xxRedirection());
		d = page(get("/evaluations/subjects/" + s1.id()), unit, 200);
		assertThat(d.select("[data-timeline] [data-step=SELF_ASSESSMENT]").text()).contains("05/12/" + Y, "Hà Thị Mốc",
				"82,5", "HTTNV", "Tự nhận xét");
		// a step before it: the order error on the page
		d = page(post("/evaluations/subjects/" + s1.id() + "/steps").param("kind", "COLLECTIVE_OPINION")
			.param("date", "04/12/" + Y)
			.param("actor", "Tập thể"), unit, 200);
		assertThat(d.select("[data-step-errors]").text()).contains("04/12/" + Y, "05/12/" + Y);
		// the grid: link to the steps, and the head proposes the current ratings for the
		// unit
		campaigns.record(c.id(),
				List.of(new ScoreEntry(s1.id(), null, new java.math.BigDecimal("25"), new java.math.BigDecimal("50"),
						null, Rating.GOOD, null, null),
						new ScoreEntry(s2.id(), null, new java.math.BigDecimal("20"), new java.math.BigDecimal("35"),
								null, Rating.COMPLETE, null, null)),
				Scope.all());
		Document grid = page(get("/evaluations/" + c.id()), unit, 200);
		assertThat(grid.select("a[data-steps-link]")).extracting(a -> a.attr("href"))
			.contains("/evaluations/subjects/" + s1.id());
		assertThat(grid.select("[data-batch-step] select[name=unitId] option")).extracting(o -> o.attr("value"))
			.contains(String.valueOf(unit));
		mvc.perform(post("/evaluations/" + c.id() + "/steps").with(csrf())
			.with(TestUsers.officer(unit))
			.param("kind", "HEAD_PROPOSAL")
			.param("date", "10/12/" + Y)
			.param("actor", "Chủ tịch UBND xã")
			.param("unitId", String.valueOf(unit))
			.param("currentRatings", "on")).andExpect(status().is3xxRedirection());
		assertThat(campaigns.subject(s2.id(), Scope.all()).steps()).singleElement().satisfies(x -> {
			assertThat(x.kind()).isEqualTo(StepKind.HEAD_PROPOSAL);
			assertThat(x.rating()).isEqualTo(Rating.COMPLETE);
		});
		assertThat(page(get("/evaluations/" + c.id()).param("steps", "2"), unit, 200).select("[data-steps-recorded]")
			.text()).contains("2");
		// batch errors shown on the grid
		grid = page(post("/evaluations/" + c.id() + "/steps").param("kind", "COLLECTIVE_OPINION").param("actor", ""),
				unit, 200);
		assertThat(grid.select("[data-batch-errors] div")).hasSizeGreaterThanOrEqualTo(2);
		// English
		String en = mvc
			.perform(get("/evaluations/subjects/" + s1.id()).param("lang", "en").with(TestUsers.officer(unit)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(en).text()).contains("Evaluation steps", "Timeline", "Record a step");
		// scope: B's subject and campaign are 404
		page(get("/evaluations/subjects/" + sb.id()), unit, 404);
		page(post("/evaluations/subjects/" + sb.id() + "/steps").param("kind", "SELF_ASSESSMENT")
			.param("date", "05/12/" + Y)
			.param("actor", "X"), unit, 404);
		page(post("/evaluations/" + b.id() + "/steps").param("kind", "HEAD_PROPOSAL")
			.param("date", "05/12/" + Y)
			.param("actor", "X"), unit, 404);
		assertThat(campaigns.subject(sb.id(), Scope.all()).steps()).isEmpty();
		// finalised: read only
		campaigns.finalise(c.id(), new Finalisation(java.time.LocalDate.of(Y, 12, 20), "Chủ tịch UBND huyện", null),
				Scope.all());
		d = page(get("/evaluations/subjects/" + s1.id()), unit, 200);
		assertThat(d.select("[data-step-form]")).isEmpty();
		assertThat(d.select("[data-read-only]")).hasSize(1);
		assertThat(d.select("[data-timeline] [data-step=DECISION]").text()).contains("20/12/" + Y);
		assertThat(page(get("/evaluations/" + c.id()), unit, 200).select("[data-batch-step]")).isEmpty();
	}

	/**
	 * A YEAR campaign shows the proposal from the final quarters next to the grid (NĐ 335
	 * parts averaged) and the action fills the empty scores.
	 */
	@Test
	void quarterProposalOnTheGridAndFill() throws Exception {
		PagesFixture.Tree t = fx.tree();
		long p = fx.person("Hà Văn Quý", PagesFixture.nationalId(), t.a().id());
		for (int q : List.of(1, 2)) {
			java.time.LocalDate from = java.time.LocalDate.of(Y, 3 * q - 2, 1);
			Campaign c = campaigns.open(new vn.canbo.evaluation.NewCampaign("Quý " + q + " " + PagesFixture.key(),
					t.a().id(), vn.canbo.evaluation.PeriodKind.QUARTER, from, from.plusMonths(3).minusDays(1),
					vn.canbo.evaluation.CampaignKind.INDIVIDUAL, null, null), Scope.all());
			campaigns.record(c.id(),
					List.of(new ScoreEntry(fx.subject(c.id(), p).id(), null, new java.math.BigDecimal("25"),
							new java.math.BigDecimal(q == 1 ? "50" : "51"), null, null, null, null)),
					Scope.all());
			campaigns.finalise(c.id(), new Finalisation(from.plusMonths(3).plusDays(3), "Chủ tịch UBND xã", null),
					Scope.all());
		}
		Campaign year = fx.campaign("Năm", t.a().id(), Y);
		Subject s = fx.subject(year.id(), p);
		long unit = t.a().id();
		Document grid = page(get("/evaluations/" + year.id()), unit, 200);
		assertThat(grid.select("tr[data-subject=" + s.id() + "] [data-proposal]").text()).contains("75,5", "HTTNV",
				"Quý 1: 75", "Quý 2: 76");
		mvc.perform(post("/evaluations/" + year.id() + "/quarters").with(csrf()).with(TestUsers.officer(unit)))
			.andExpect(status().is3xxRedirection());
		Subject filled = campaigns.subject(s.id(), Scope.all());
		assertThat(filled.score()).isEqualByComparingTo("75.5");
		assertThat(filled.rating()).isEqualTo(Rating.GOOD);
		assertThat(page(get("/evaluations/" + year.id()).param("filled", "1"), unit, 200).select("[data-filled]"))
			.hasSize(1);
		// nothing left to fill: the error on the grid
		assertThat(page(post("/evaluations/" + year.id() + "/quarters"), unit, 200).select("[data-errors]").text())
			.contains("Không có điểm trống");
	}

}

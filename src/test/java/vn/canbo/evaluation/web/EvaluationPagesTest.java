package vn.canbo.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.canbo.evaluation.Campaign;
import vn.canbo.evaluation.Campaigns;
import vn.canbo.evaluation.Rating;
import vn.canbo.evaluation.Subject;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.Scope;
import vn.canbo.web.OfficerPagesSupport;

/**
 * The evaluation pages through MockMvc, as commune A's organisation officer: scope (B's
 * campaign, its quota, saves, finalisation and B's person are 404; the list and its .xlsx
 * show A's campaigns only), the new-campaign form's errors, the grid saved all at once
 * with every error next to its row and field (nothing stored), the quota warning, the
 * finalisation (justification required in WARN mode) and the read-only grid after it,
 * with its correction form.
 */
class EvaluationPagesTest extends OfficerPagesSupport {

	static final int Y = PagesFixture.WARN_YEAR;

	@Autowired
	PagesFixture fx;

	@Autowired
	Campaigns campaigns;

	/** Posts a form that must redirect (else fails with the errors the page shows). */
	void redirects(MockHttpServletRequestBuilder r, long unit) throws Exception {
		org.springframework.mock.web.MockHttpServletResponse res = call(r, unit);
		String errors = Jsoup.parse(res.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.select(".text-danger, .alert-danger")
			.text();
		assertThat(res.getRedirectedUrl()).as(errors).startsWith("/evaluations/");
	}

	/** The text of the grid row of a subject. */
	static String row(Document d, Subject s) {
		Element e = d.selectFirst("tr[data-subject=" + s.id() + "]");
		assertThat(e).as("row of " + s.name()).isNotNull();
		return e.text();
	}

	@Test
	void anotherCommunesCampaignIsNotFound() throws Exception {
		PagesFixture.Tree t = fx.tree();
		fx.person("Lê Thị An", PagesFixture.nationalId(), t.a().id());
		long inB = fx.person("Lê Thị Bình", PagesFixture.nationalId(), t.b().id());
		Campaign a = fx.campaign("Xã Bắc", t.a().id(), Y);
		Campaign b = fx.campaign("Xã Nam", t.b().id(), Y);
		long unit = t.a().id();
		Document list = page(get("/evaluations"), unit, 200);
		assertThat(list.text()).contains(a.name(), "0/1").doesNotContain(b.name());
		page(get("/evaluations/" + b.id()), unit, 404);
		page(get("/evaluations/" + b.id() + "/quota"), unit, 404);
		page(post("/evaluations/" + b.id()).param("s1.rating", "GOOD"), unit, 404);
		page(post("/evaluations/" + b.id() + "/finalise").param("authority", "UBND"), unit, 404);
		page(get("/evaluations/persons/" + inB), unit, 404);
		assertThat(page(get("/evaluations/" + a.id()), unit, 200).text()).contains("Lê Thị An");

		byte[] xlsx = mvc.perform(get("/evaluations/export.xlsx").with(TestUsers.officer(unit)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<String> names = new ArrayList<>();
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row r : wb.getFirstSheet().read()) {
				names.add(r.getCellText(0));
			}
		}
		assertThat(names.get(0)).isEqualTo("Tên đợt");
		assertThat(names).contains(a.name()).doesNotContain(b.name());
	}

	@Test
	void newCampaignFormShowsEveryErrorThenOpensTheCampaign() throws Exception {
		PagesFixture.Tree t = fx.tree();
		fx.person("Đỗ Thị Cúc", PagesFixture.nationalId(), t.a().id());
		Document d = page(post("/evaluations").param("name", " ")
			.param("periodFrom", "31/12/" + Y)
			.param("periodTo", "01/01/" + Y), t.a().id(), 200);
		assertThat(d.select("[data-errors] div").size()).isGreaterThanOrEqualTo(3);
		String name = "Đánh giá năm " + Y + " " + PagesFixture.key();
		mvc.perform(post("/evaluations").with(csrf())
			.with(TestUsers.officer(t.a().id()))
			.param("name", name)
			.param("rootUnitId", String.valueOf(t.a().id()))
			.param("periodKind", "YEAR")
			.param("periodFrom", "01/01/" + Y)
			.param("periodTo", "31/12/" + Y)
			.param("kind", "INDIVIDUAL")
			.param("deadline", "15/01/" + (Y + 1))).andExpect(redirectedUrlPattern("/evaluations/*"));
		Campaign c = campaigns.list(Scope.of(t.a().id()))
			.stream()
			.filter(x -> x.name().equals(name))
			.findFirst()
			.orElseThrow();
		assertThat(c.subjectCount()).isEqualTo(1);
		assertThat(page(get("/evaluations"), t.a().id(), 200).text()).contains(name, "15/01/" + (Y + 1));
	}

	@Test
	void aGridWithErrorsSavesNothingAndShowsEachErrorOnItsRow() throws Exception {
		PagesFixture.Tree t = fx.tree();
		long p1 = fx.person("Phan Thị Một", PagesFixture.nationalId(), t.a().id());
		long p2 = fx.person("Phan Thị Hai", PagesFixture.nationalId(), t.a().id());
		long p3 = fx.person("Phan Thị Ba", PagesFixture.nationalId(), t.a().id());
		Campaign c = fx.campaign("Lưới lỗi", t.a().id(), Y);
		Subject s1 = fx.subject(c.id(), p1);
		Subject s2 = fx.subject(c.id(), p2);
		Subject s3 = fx.subject(c.id(), p3);
		Document d = page(post("/evaluations/" + c.id()).param("s" + s1.id() + ".common", "hai mươi")
			.param("s" + s1.id() + ".task", "60")
			.param("s" + s1.id() + ".rating", "GOOD")
			.param("s" + s2.id() + ".common", "25")
			.param("s" + s2.id() + ".task", "70")
			.param("s" + s2.id() + ".rating", "COMPLETE")
			.param("s" + s3.id() + ".common", "20")
			.param("s" + s3.id() + ".task", "50")
			.param("s" + s3.id() + ".rating", "GOOD"), t.a().id(), 200);
		assertThat(d.select("[data-errors]").text()).contains("Chưa lưu gì");
		assertThat(row(d, s1)).contains("Phan Thị Một: điểm \"hai mươi\" không phải là số");
		assertThat(d.selectFirst("tr[data-subject=" + s1.id() + "] input[name=s" + s1.id() + ".common]").val())
			.isEqualTo("hai mươi");
		assertThat(d.select("tr[data-subject=" + s2.id() + "] .text-danger").text()).contains("Phan Thị Hai");
		assertThat(d.select("tr[data-subject=" + s3.id() + "] .text-danger")).isEmpty();
		assertThat(campaigns.subjects(c.id(), Scope.all())).extracting(Subject::rating).containsOnlyNulls();
	}

	@Test
	void savedGridShowsTheQuotaThenFinalisesAndBecomesReadOnly() throws Exception {
		fx.warnQuota();
		PagesFixture.Tree t = fx.tree();
		long unit = t.a().id();
		long p1 = fx.person("Vũ Thị Xuất", PagesFixture.nationalId(), unit);
		long p2 = fx.person("Vũ Thị Tốt", PagesFixture.nationalId(), unit);
		Campaign c = fx.campaign("Chốt", unit, Y);
		Subject s1 = fx.subject(c.id(), p1);
		Subject s2 = fx.subject(c.id(), p2);
		mvc.perform(post("/evaluations/" + c.id()).with(csrf())
			.with(TestUsers.officer(unit))
			.param("s" + s1.id() + ".common", "28")
			.param("s" + s1.id() + ".task", "67,5")
			.param("s" + s1.id() + ".rating", "EXCELLENT")
			.param("s" + s2.id() + ".common", "25")
			.param("s" + s2.id() + ".task", "55")
			.param("s" + s2.id() + ".rating", "GOOD")).andExpect(redirectedUrlPattern("/evaluations/*"));
		assertThat(fx.subject(c.id(), p1).rating()).isEqualTo(Rating.EXCELLENT);
		Document grid = page(get("/evaluations/" + c.id() + "?saved=1"), unit, 200);
		assertThat(grid.select("[data-saved]")).hasSize(1);
		assertThat(grid.select("[data-quota-exceeded]").text()).contains("thừa 1 người");
		assertThat(grid.selectFirst("input[name=s" + s1.id() + ".task]").val()).isEqualTo("67,5");
		assertThat(grid.select("#fin-justification")).hasSize(1);
		assertThat(page(get("/evaluations/" + c.id() + "/quota"), unit, 200).select("tr[data-over=1]").text())
			.contains(t.a().name());

		Document refused = page(post("/evaluations/" + c.id() + "/finalise").param("decidedOn", "10/01/" + (Y + 1))
			.param("authority", "Chủ tịch UBND xã"), unit, 200);
		assertThat(refused.select("[data-finalise-errors]")).hasSize(1);
		assertThat(campaigns.get(c.id(), Scope.all()).finalised()).isFalse();

		mvc.perform(post("/evaluations/" + c.id() + "/finalise").with(csrf())
			.with(TestUsers.officer(unit))
			.param("decidedOn", "10/01/" + (Y + 1))
			.param("authority", "Chủ tịch UBND xã")
			.param("quotaJustification", "Tập thể có thành tích xuất sắc"))
			.andExpect(redirectedUrlPattern("/evaluations/*"));
		assertThat(campaigns.get(c.id(), Scope.all()).finalised()).isTrue();
		Document after = page(get("/evaluations/" + c.id()), unit, 200);
		assertThat(after.select("select[name=s" + s1.id() + ".rating]")).isEmpty();
		assertThat(after.select("[data-save]")).isEmpty();
		assertThat(after.select("[data-finalise]")).isEmpty();
		assertThat(after.select("form#corr-" + s2.id())).hasSize(1);
		assertThat(after.select("[data-decision]").text()).contains("10/01/" + (Y + 1), "Chủ tịch UBND xã");

		redirects(post("/evaluations/" + c.id() + "/corrections").param("subjectId", String.valueOf(s2.id()))
			.param("rating", "COMPLETE")
			.param("score", "65,5")
			.param("decisionNumber", "12/QĐ-UBND")
			.param("decisionDate", "20/02/" + (Y + 1))
			.param("issuer", "UBND xã")
			.param("reason", "Phát hiện sai sót"), unit);
		assertThat(fx.subject(c.id(), p2).rating()).isEqualTo(Rating.COMPLETE);
		assertThat(page(get("/evaluations/persons/" + p2), unit, 200).select("[data-history]").text())
			.contains(String.valueOf(Y), "HTNV", c.name());
	}

}

package vn.canbo.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import vn.canbo.people.PersonService;
import vn.canbo.reports.Figure;
import vn.canbo.reports.FigureRequest;
import vn.canbo.reports.Figures;
import vn.canbo.reports.Population;
import vn.canbo.reports.SummaryReport;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.Scope;

/**
 * CAREER_* figures through the reports engine, and the movement sentence of the summary
 * report.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CareerFiguresTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	CareerFixture fx;

	@Autowired
	DecisionService decisions;

	@Autowired
	PersonService people;

	@Autowired
	Figures figures;

	@Autowired
	SummaryReport summaries;

	private long issue(DecisionDraft d) {
		return decisions.issue(decisions.create(d, Scope.all()).id(), "Kiểm thử", Scope.all()).id();
	}

	private Figure fig(String code, Scope scope, long root) {
		return figures
			.compute(code,
					new FigureRequest(Population.adHoc(root, null, null, LocalDate.of(2025, 6, 30)),
							LocalDate.of(2025, 6, 30), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), scope))
			.orElseThrow();
	}

	@Test
	void movementCountsAsFiguresAndInTheSummary() throws Exception {
		CareerFixture.Tree t = fx.tree();
		long p1 = fx.person("Âu Văn Một", t.a().id());
		long p2 = fx.person("Âu Văn Hai", t.a().id());
		long p3 = fx.person("Âu Văn Ba", t.b().id());
		long fromA = issue(CareerFixture.draft(DecisionType.TRANSFER, LocalDate.of(2025, 2, 1),
				DecisionSubject.post(p1, t.b().id(), "CHUYEN_VIEN", null),
				DecisionSubject.post(p2, t.b().id(), "CHUYEN_VIEN", null)));
		long fromB = issue(CareerFixture.draft(DecisionType.TRANSFER, LocalDate.of(2025, 5, 1),
				DecisionSubject.post(p1, t.a().id(), "CHUYEN_VIEN", null)));
		issue(CareerFixture.draft(DecisionType.APPOINTMENT, LocalDate.of(2025, 6, 1),
				DecisionSubject.post(p3, t.b().id(), "PHO_CHU_TICH_UBND", null).withHigherPost(false)));
		Scope province = Scope.of(t.province().id());
		assertThat(fig("CAREER_TRANSFER", province, t.province().id()).count()).isEqualTo(3);
		assertThat(fig("CAREER_TRANSFER_PERSONS", province, t.province().id()).count()).isEqualTo(2);
		assertThat(fig("CAREER_APPOINTMENT", province, t.province().id()).count()).isEqualTo(1);
		assertThat(fig("CAREER_MOVEMENTS", province, t.province().id()).count()).isEqualTo(4);
		assertThat(fig("CAREER_TRANSFER", province, t.province().id()).drillDown())
			.isEqualTo("/career/decisions?type=TRANSFER&status=ISSUED&from=2025-01-01&to=2025-06-30&unitId="
					+ t.province().id());
		assertThat(fig("CAREER_TRANSFER", Scope.all(), t.province().id()).drillDown())
			.endsWith("&unitId=" + t.province().id());

		// a report on commune A: the transfers out of A (2 of decision fromA), and its
		// link lists that decision only
		Figure a = fig("CAREER_TRANSFER", province, t.a().id());
		assertThat(a.count()).isEqualTo(2);
		assertThat(a.drillDown()).endsWith("&unitId=" + t.a().id());
		String html = mvc.perform(get(a.drillDown()).with(TestUsers.officer(t.province().id())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("/career/decisions/" + fromA + "\"")
			.doesNotContain("/career/decisions/" + fromB + "\"")
			.contains("Tổng số: 1", t.a().name(), "unitId=" + t.a().id());
		// the whole province lists both; an officer of another province may not ask for
		// commune A
		assertThat(mvc
			.perform(get("/career/decisions?type=TRANSFER&unitId=" + t.province().id())
				.with(TestUsers.officer(t.province().id())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("/career/decisions/" + fromA + "\"", "/career/decisions/" + fromB + "\"");
		mvc.perform(get(a.drillDown()).with(TestUsers.officer(fx.tree().province().id())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/career/decisions/export.xlsx?unitId=" + t.a().id())
			.with(TestUsers.officer(fx.tree().province().id()))).andExpect(status().isNotFound());
		// another scope sees none of them
		Scope other = Scope.of(fx.tree().province().id());
		assertThat(fig("CAREER_TRANSFER", other, other.rootUnitIds().iterator().next()).count()).isZero();

		SummaryReport.Summary s = summaries.build(province, t.province().id(), LocalDate.of(2025, 1, 1),
				LocalDate.of(2025, 6, 30), null, null, null, null);
		String text = s.paragraphs().stream().map(SummaryReport.Paragraph::text).collect(Collectors.joining("\n"));
		assertThat(text).contains("Từ ngày 01/01/2025 đến ngày 30/06/2025, đã thực hiện điều động 3, bổ nhiệm 1 lượt.");
		assertThat(s.paragraphs()
			.stream()
			.flatMap(p -> p.segments().stream())
			.filter(g -> "3".equals(g.text()) && g.link() != null
					&& g.link().startsWith("/career/decisions?type=TRANSFER"))
			.count()).isEqualTo(1);
	}

}

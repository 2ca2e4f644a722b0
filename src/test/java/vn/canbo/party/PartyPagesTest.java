package vn.canbo.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.canbo.career.Alerts;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.Scope;

/**
 * The party pages through MockMvc as commune A's officer, in Vietnamese and English: the
 * tree with member counts (A's branch only), the member list (search without diacritics),
 * a member's record, the pipeline board with its deadline, a candidate with the rule
 * outcomes; B's member and candidate are 404. The REST API: a refused ceremony is a
 * problem detail naming PM-01; the deadlines reach career's alerts.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PartyPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	PartyFixture fx;

	@Autowired
	Admissions admissions;

	@Autowired
	Alerts alerts;

	MockHttpServletResponse call(MockHttpServletRequestBuilder r, long unit) throws Exception {
		return mvc.perform(r.with(csrf()).with(TestUsers.officer(unit))).andReturn().getResponse();
	}

	Document page(MockHttpServletRequestBuilder r, long unit) throws Exception {
		MockHttpServletResponse res = call(r, unit);
		assertThat(res.getStatus()).as(res.getContentAsString()).isEqualTo(200);
		Document d = Jsoup.parse(res.getContentAsString(StandardCharsets.UTF_8));
		assertThat(d.text()).doesNotContain("??");
		return d;
	}

	@Test
	void treeMembersRecordBoardAndCandidateInBothLanguages() throws Exception {
		PartyFixture.Tree t = fx.tree();
		long a = t.a().id();
		PartyMember one = fx.member("Nguyễn Thị Hằng", t.cellA().id(), LocalDate.of(2010, 5, 1),
				LocalDate.of(2010, 5, 19), LocalDate.of(2011, 5, 19));
		PartyMember other = fx.member("Nguyễn Thị Hằng Bê", t.cellB().id(), LocalDate.of(2010, 5, 1),
				LocalDate.of(2010, 5, 19), LocalDate.of(2011, 5, 19));
		Candidate c = fx.candidate("Phan Văn Mới", LocalDate.of(1999, 9, 9), t.cellA().id(), LocalDate.of(2025, 9, 1),
				LocalDate.of(2026, 8, 10));
		PartyMember admitted = admissions.admit(c.id(),
				new Candidate.Decision("88-QĐ/ĐU", LocalDate.of(2026, 8, 20), "Đảng ủy xã Hòa An", null, null),
				Scope.all());
		Candidate waiting = fx.candidate("Phan Thị Chờ", LocalDate.of(2009, 9, 9), t.cellA().id(),
				LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 10));

		Document tree = page(get("/party").param("date", "01/09/2026"), a);
		assertThat(tree.select("tr[data-org]")).hasSize(2);
		assertThat(tree.select("tr[data-org=" + t.communeA().id() + "]").attr("data-members")).isEqualTo("2");
		assertThat(tree.select("tr[data-org=" + t.cellB().id() + "]")).isEmpty();
		assertThat(tree.select("html").attr("lang")).isEqualTo("vi");
		assertThat(tree.text()).contains("Chi bộ cơ sở", "Khu dân cư");

		Document list = page(get("/party/members").param("q", "nguyen thi hang"), a);
		assertThat(list.select("tr[data-member]")).extracting(e -> e.attr("data-member"))
			.containsExactly(String.valueOf(one.id()));
		assertThat(list.text()).contains("Đảng viên chính thức");

		Document record = page(get("/party/members/" + one.id()), a);
		assertThat(record.select("[data-probation-end]").text()).isEqualTo("19/05/2011");
		assertThat(record.select("[data-statuses] tr")).hasSize(2);
		assertThat(call(get("/party/members/" + other.id()), a).getStatus()).isEqualTo(404);

		Document board = page(get("/party/board").param("date", "01/10/2026"), a);
		assertThat(board.select("tr[data-kind=CEREMONY_DUE]").text()).contains("Phan Văn Mới").contains("05/10/2026");
		assertThat(board.select("tr[data-kind=CANDIDATE]").text()).contains("Phan Thị Chờ");

		Document cand = page(get("/party/candidates/" + waiting.id()), a);
		assertThat(cand.select("tr[data-rule=PM-AGE]").attr("data-passed")).isEqualTo("false");
		assertThat(cand.select("tr[data-rule=PM-AGE]").text()).contains("chưa đủ 18 tuổi");

		Document en = page(get("/party/board").param("date", "01/10/2026").param("lang", "en"), a);
		assertThat(en.select("html").attr("lang")).isEqualTo("en");
		assertThat(en.text()).contains("Admission pipeline", "Awaiting the admission ceremony");
		Document enTree = page(get("/party").param("lang", "en"), a);
		assertThat(enTree.text()).contains("Grassroots Party cell", "Residential area");
		Document enMember = page(get("/party/members/" + one.id()).param("lang", "en"), a);
		assertThat(enMember.text()).contains("Official member", "Probation ends");

		// the API refuses a late ceremony with a problem detail naming the rule
		MockHttpServletResponse late = call(
				post("/api/v1/party/members/" + admitted.id() + "/ceremony").contentType(MediaType.APPLICATION_JSON)
					.content("{\"heldOn\":\"" + LocalDate.of(2026, 10, 6) + "\"}"),
				a);
		assertThat(late.getStatus()).isEqualTo(400);
		assertThat(late.getContentAsString(StandardCharsets.UTF_8)).contains("PM-01").contains("05/10/2026");
		// the ceremony due is one of career's alerts of commune A, not of B
		List<Alerts.Alert> found = alerts.list(Scope.of(a), LocalDate.of(2026, 9, 1), 30,
				Alerts.Kind.PARTY_CEREMONY_DUE);
		assertThat(found).anySatisfy(x -> {
			assertThat(x.personName()).isEqualTo("Phan Văn Mới");
			assertThat(x.dueDate()).isEqualTo(LocalDate.of(2026, 10, 5));
		});
		assertThat(alerts.list(Scope.of(t.b().id()), LocalDate.of(2026, 9, 1), 30, Alerts.Kind.PARTY_CEREMONY_DUE))
			.noneMatch(x -> x.personName().equals("Phan Văn Mới"));
	}

}

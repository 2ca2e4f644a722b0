package vn.canbo.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Renames of a Party organisation (issue 18, party3) on PostgreSQL: the name and kind of
 * place as of days before and after the rename in the tree, one organisation, the
 * statistics form, the Phiếu header, a member's activity and the plans; the dated
 * history; bad input all at once with nothing stored; scope (404) and audit; the page and
 * the API.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PartyOrgRenameTest {

	static final LocalDate RENAMED = LocalDate.of(2025, 7, 1);

	@Autowired
	MockMvc mvc;

	@Autowired
	PartyFixture fx;

	@Autowired
	PartyOrgRenames renames;

	@Autowired
	PartyStatistics statistics;

	@Autowired
	PartyDocuments documents;

	@Autowired
	PartyPlans plans;

	@Autowired
	JdbcClient jdbc;

	String nameIn(List<PartyOrg> tree, long id) {
		return tree.stream().filter(o -> o.id() == id).findFirst().orElseThrow().name();
	}

	@Test
	void namesAsOfDatesBeforeAndAfterTheRename() {
		PartyFixture.Tree t = fx.tree();
		Scope a = Scope.of(t.a().id());
		String old = t.cellA().name();
		PartyMember m = fx.member("Lê Văn Tên", t.cellA().id(), LocalDate.of(2010, 1, 5), LocalDate.of(2010, 2, 1),
				LocalDate.of(2011, 2, 1));
		List<PartyOrg.NameVersion> h = renames.rename(t.cellA().id(), new PartyOrg.Rename("  Chi bộ Thôn Mới  ",
				PlaceKind.TERRITORIAL, RENAMED, " 15-QĐ/ĐU ", LocalDate.of(2025, 6, 20)), a);
		assertThat(h).hasSize(2);
		assertThat(h.get(0))
			.isEqualTo(new PartyOrg.NameVersion(old, PlaceKind.RESIDENTIAL, PartyFixture.FOUNDED, RENAMED, null, null));
		assertThat(h.get(1)).isEqualTo(new PartyOrg.NameVersion("Chi bộ Thôn Mới", PlaceKind.TERRITORIAL, RENAMED, null,
				"15-QĐ/ĐU", LocalDate.of(2025, 6, 20)));
		// the tree and one organisation: the day before, the day itself
		assertThat(nameIn(fx.orgs.tree(a, RENAMED.minusDays(1)), t.cellA().id())).isEqualTo(old);
		assertThat(nameIn(fx.orgs.tree(a, RENAMED), t.cellA().id())).isEqualTo("Chi bộ Thôn Mới");
		assertThat(fx.orgs.get(t.cellA().id(), a, RENAMED.minusDays(1)).placeKind()).isEqualTo(PlaceKind.RESIDENTIAL);
		assertThat(fx.orgs.get(t.cellA().id(), a, RENAMED).placeKind()).isEqualTo(PlaceKind.TERRITORIAL);
		// the statistics form names it as of its day
		assertThat(statistics.form(t.cellA().id(), a, LocalDate.of(2025, 6, 30), null, null).orgName()).isEqualTo(old);
		assertThat(statistics.form(t.cellA().id(), a, LocalDate.of(2025, 12, 31), null, null).orgName())
			.isEqualTo("Chi bộ Thôn Mới");
		// the Phiếu (today: after the rename) and the member's pages
		assertThat(documents.data(fx.members.get(m.id(), a, LocalDate.now())).get("pmCell"))
			.isEqualTo("Chi bộ Thôn Mới");
		assertThat(fx.members.get(m.id(), a, LocalDate.now()).currentOrgName()).isEqualTo("Chi bộ Thôn Mới");
		// a plan of 2024 names the organisation as it was then
		AdmissionPlan p2024 = plans
			.create(new AdmissionPlan.Input(t.cellA().id(), 2024, 2024, "KH 2024", 1, null, null, List.of()), a);
		assertThat(p2024.orgName()).isEqualTo(old);
		// audited with the name before and after
		assertThat(jdbc.sql("""
				select before ->> 'name' || '|' || (after ->> 'name') || '|' || (after ->> 'decisionNumber')
				from audit_event where entity_type = 'party_org' and entity_id = ? and action = 'UPDATE'""")
			.param(String.valueOf(t.cellA().id()))
			.query(String.class)
			.single()).isEqualTo(old + "|Chi bộ Thôn Mới|15-QĐ/ĐU");
		// a second rename keeps the kind when none is given; the history closes each
		// version
		h = renames.rename(t.cellA().id(), new PartyOrg.Rename("Chi bộ Khu phố 3", null, LocalDate.of(2026, 1, 1),
				"20-QĐ/ĐU", LocalDate.of(2025, 12, 20)), a);
		assertThat(h).extracting(PartyOrg.NameVersion::validTo)
			.containsExactly(RENAMED, LocalDate.of(2026, 1, 1), null);
		assertThat(h.get(2).placeKind()).isEqualTo(PlaceKind.TERRITORIAL);
		assertThat(nameIn(fx.orgs.tree(a, LocalDate.of(2025, 12, 31)), t.cellA().id())).isEqualTo("Chi bộ Thôn Mới");
	}

	@Test
	void badInputAllAtOnceNothingStoredAndScopeFirst() {
		PartyFixture.Tree t = fx.tree();
		Scope a = Scope.of(t.a().id());
		assertThatThrownBy(() -> renames.rename(t.cellA().id(),
				new PartyOrg.Rename(" ", null, PartyFixture.FOUNDED, "", LocalDate.now().plusDays(1)), a))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
				.containsExactlyInAnyOrder("name", "decisionNumber", "decisionDate", "validFrom"));
		assertThatThrownBy(() -> renames.rename(t.cellA().id(), new PartyOrg.Rename(null, null, null, null, null), a))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).hasSize(4));
		// the same name and kind: nothing changes
		assertThatThrownBy(() -> renames.rename(t.cellA().id(),
				new PartyOrg.Rename(t.cellA().name(), null, RENAMED, "1-QĐ", LocalDate.of(2025, 6, 1)), a))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).message())
				.startsWith("Từ ngày 01/07/2025 tổ chức đảng vẫn mang tên"));
		renames.rename(t.cellA().id(), new PartyOrg.Rename("Tên mới", null, RENAMED, "1-QĐ", RENAMED), a);
		// a second rename on the same day
		assertThatThrownBy(() -> renames.rename(t.cellA().id(),
				new PartyOrg.Rename("Tên khác", null, RENAMED, "2-QĐ", RENAMED), a))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).message())
				.isEqualTo("Đã có một lần đổi tên có hiệu lực từ ngày 01/07/2025"));
		// commune A's officer does not find commune B's organisation
		assertThatThrownBy(
				() -> renames.rename(t.cellB().id(), new PartyOrg.Rename("Tên mới", null, RENAMED, "1-QĐ", RENAMED), a))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> renames.history(t.cellB().id(), a)).isInstanceOf(NotFoundException.class);
		assertThat(jdbc.sql("select count(*) from party_org_name where org_id in (?, ?)")
			.params(t.cellA().id(), t.cellB().id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void thePageAndTheApi() throws Exception {
		PartyFixture.Tree t = fx.tree();
		var officer = TestUsers.officer(t.a().id());
		String url = "/party/orgs/" + t.cellA().id() + "/names";
		var bad = mvc.perform(post(url).param("name", "").param("validFrom", "01/01/1990").with(csrf()).with(officer))
			.andReturn()
			.getResponse();
		assertThat(bad.getStatus()).isEqualTo(400);
		var d = Jsoup.parse(bad.getContentAsString(StandardCharsets.UTF_8));
		assertThat(d.select("[data-errors] div")).hasSize(4);
		assertThat(d.text()).doesNotContain("??");
		var ok = mvc
			.perform(post(url).param("name", "Chi bộ Tổ dân phố 5")
				.param("validFrom", "01/07/2025")
				.param("decisionNumber", "7-QĐ/ĐU")
				.param("decisionDate", "20/06/2025")
				.with(csrf())
				.with(officer))
			.andReturn()
			.getResponse();
		assertThat(ok.getStatus()).isEqualTo(302);
		var page = Jsoup.parse(mvc.perform(get(url).with(officer))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("[data-name-version]")).hasSize(2);
		assertThat(page.select("[data-org-name]").text()).isEqualTo("Chi bộ Tổ dân phố 5");
		var tree = Jsoup.parse(mvc.perform(get("/party").param("date", "30/06/2025").with(officer))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(tree.select("[data-org=" + t.cellA().id() + "]").text()).contains(t.cellA().name());
		// the API: history, a rename, commune B's organisation 404
		String api = "/api/v1/party/orgs/" + t.cellA().id() + "/names";
		assertThat(mvc.perform(get(api).with(officer))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("Chi bộ Tổ dân phố 5").contains("7-QĐ/ĐU");
		var renamed = mvc
			.perform(post(api).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Chi bộ TDP 5\",\"validFrom\":\"2026-01-01\",\"decisionNumber\":\"9-QĐ\","
						+ "\"decisionDate\":\"2025-12-01\"}")
				.with(csrf())
				.with(officer))
			.andReturn()
			.getResponse();
		assertThat(renamed.getStatus()).isEqualTo(200);
		assertThat(renamed.getContentAsString(StandardCharsets.UTF_8)).contains("Chi bộ TDP 5");
		assertThat(mvc.perform(post("/api/v1/party/orgs/" + t.cellB().id() + "/names")
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"name\":\"X\",\"validFrom\":\"2026-01-01\",\"decisionNumber\":\"9\",\"decisionDate\":\"2025-12-01\"}")
			.with(csrf())
			.with(officer)).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc
			.perform(get(url.replace(String.valueOf(t.cellA().id()), String.valueOf(t.cellB().id()))).with(officer))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

}

package vn.canbo.security.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitView;
import vn.canbo.reports.Population;
import vn.canbo.reports.Populations;
import vn.canbo.security.Role;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.Scope;

/**
 * Issue 12, point 3: saved populations are changed and deleted only by those who own
 * them. Built-in ones: an administrator whose scope is the whole tree; root-less ones
 * (the whole tree): a whole-tree user; rooted ones: a user whose scope covers the root —
 * the old root as well as the new one. Everyone else gets 403 and the row stays as it
 * was. A PUT without {@code version} is a conflict (409), never an overwrite.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PopulationOwnershipTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	@Autowired
	Populations populations;

	@Autowired
	JdbcClient jdbc;

	UnitView province;

	UnitView a;

	UnitView b;

	Population rootless;

	Population builtIn;

	Population ofA;

	@BeforeEach
	void setUp() {
		String k = UUID.randomUUID().toString().substring(0, 8);
		LocalDate founded = LocalDate.of(2000, 1, 1);
		province = units.create(new UnitService.NewUnit("PO-T-" + k, "Tỉnh Sởhữu " + k, null, "DIA_BAN",
				AdminLevel.PROVINCE, null, founded));
		a = units.create(new UnitService.NewUnit("PO-A-" + k, "Xã Anphạm " + k, null, "DIA_BAN", AdminLevel.COMMUNE,
				province.id(), founded));
		b = units.create(new UnitService.NewUnit("PO-B-" + k, "Xã Bímật " + k, null, "DIA_BAN", AdminLevel.COMMUNE,
				province.id(), founded));
		rootless = save("PO-R-" + k, "Toàn tỉnh dùng chung " + k, null);
		builtIn = save("PO-S-" + k, "Có sẵn " + k, null);
		jdbc.sql("update report_population set built_in = true where id = ?").param(builtIn.id()).update();
		ofA = save("PO-A-" + k, "Của xã A " + k, a.id());
	}

	private Population save(String code, String name, Long root) {
		return populations.save(new Population(null, code, name, root, null, null, null, null, 0), Scope.all());
	}

	@Test
	void theShippedPopulationsAreBuiltIn() {
		assertThat(
				jdbc.sql("select code from report_population where built_in order by code").query(String.class).list())
			.contains("ALL", "BCH_XA", "CHU_CHOT", "TRUONG_PHO_PHONG");
	}

	@Test
	void aCommuneOfficerCannotChangeOrDeleteBuiltInOrRootlessPopulations() throws Exception {
		for (Population p : new Population[] { builtIn, rootless, populations.findByCode("ALL").orElseThrow() }) {
			String before = row(p.id());
			assertThat(update(TestUsers.officer(a.id()), p, a.id(), p.version()).getStatus()).as(p.code())
				.isEqualTo(403);
			assertThat(update(TestUsers.officer(a.id()), p, null, p.version()).getStatus()).as(p.code()).isEqualTo(403);
			assertThat(remove(TestUsers.officer(a.id()), p).getStatus()).as(p.code()).isEqualTo(403);
			assertThat(page(TestUsers.officer(a.id()), p, a.id()).getStatus()).as(p.code()).isEqualTo(403);
			assertThat(pageDelete(TestUsers.officer(a.id()), p).getStatus()).as(p.code()).isEqualTo(403);
			assertThat(row(p.id())).as(p.code()).isEqualTo(before);
		}
	}

	@Test
	void theFormOfAReadOnlyPopulationSaysSoAndOffersNoSaveNorDelete() throws Exception {
		String readOnly = mvc.perform(get("/reports/populations/" + builtIn.id()).with(TestUsers.officer(a.id())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(readOnly).contains("chỉ được xem")
			.doesNotContain("btn btn-primary\" type=\"submit\"", "btn-outline-danger");
		String own = mvc.perform(get("/reports/populations/" + ofA.id()).with(TestUsers.officer(a.id())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(own).doesNotContain("chỉ được xem")
			.contains("btn btn-primary\" type=\"submit\"", "btn-outline-danger");
	}

	@Test
	void aProvinceOfficerOrARestrictedAdministratorIsNotTheWholeTree() throws Exception {
		for (RequestPostProcessor user : new RequestPostProcessor[] { TestUsers.officer(province.id()),
				TestUsers.as(Role.ADMIN, province.id()) }) {
			for (Population p : new Population[] { builtIn, rootless }) {
				String before = row(p.id());
				assertThat(update(user, p, province.id(), p.version()).getStatus()).as(p.code()).isEqualTo(403);
				assertThat(remove(user, p).getStatus()).as(p.code()).isEqualTo(403);
				assertThat(row(p.id())).as(p.code()).isEqualTo(before);
			}
		}
		// the province officer owns what is rooted in the province, commune A included
		assertThat(update(TestUsers.officer(province.id()), ofA, province.id(), ofA.version()).getStatus())
			.isEqualTo(200);
	}

	@Test
	void onlyAWholeTreeAdministratorChangesABuiltInPopulation() throws Exception {
		assertThat(update(TestUsers.officer(), builtIn, null, builtIn.version()).getStatus()).isIn(403, 404);
		assertThat(update(TestUsers.admin(), builtIn, null, builtIn.version()).getStatus()).isEqualTo(200);
		assertThat(populations.get(builtIn.id()).version()).isEqualTo(builtIn.version() + 1);
		// a whole-tree user changes a root-less one
		assertThat(update(TestUsers.admin(), rootless, null, rootless.version()).getStatus()).isEqualTo(200);
		assertThat(remove(TestUsers.admin(), rootless).getStatus()).isEqualTo(204);
	}

	@Test
	void theOldRootAndTheNewRootMustBothBeInTheScope() throws Exception {
		// A's officer owns A's population but cannot give it B's root (as absent: 400
		// on rootUnitId) nor make it root-less (the whole tree)
		MockHttpServletResponse toB = update(TestUsers.officer(a.id()), ofA, b.id(), ofA.version());
		assertThat(toB.getStatus()).isEqualTo(400);
		assertThat(toB.getContentAsString()).contains("rootUnitId").doesNotContain(b.name());
		MockHttpServletResponse toAbsent = update(TestUsers.officer(a.id()), ofA, 987654321L, ofA.version());
		assertThat(toAbsent.getContentAsString().replace("987654321", String.valueOf(b.id())))
			.isEqualTo(toB.getContentAsString());
		assertThat(update(TestUsers.officer(a.id()), ofA, null, ofA.version()).getStatus()).isEqualTo(400);
		// B's officer cannot take A's population over (its old root is A): as absent, 404
		assertThat(update(TestUsers.officer(b.id()), ofA, b.id(), ofA.version()).getStatus()).isEqualTo(404);
		assertThat(remove(TestUsers.officer(b.id()), ofA).getStatus()).isEqualTo(404);
		assertThat(populations.get(ofA.id()).rootUnitId()).isEqualTo(a.id());
		// a commune officer cannot create a root-less (whole tree) population
		MockHttpServletResponse created = mvc
			.perform(post("/api/v1/reports/populations").with(TestUsers.officer(a.id()))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Dùng chung\"}"))
			.andReturn()
			.getResponse();
		assertThat(created.getStatus()).isEqualTo(400);
		assertThat(created.getContentAsString()).contains("rootUnitId");
		// the owner changes it
		assertThat(update(TestUsers.officer(a.id()), ofA, a.id(), ofA.version()).getStatus()).isEqualTo(200);
		assertThat(remove(TestUsers.officer(a.id()), populations.get(ofA.id())).getStatus()).isEqualTo(204);
	}

	@Test
	void aPutWithoutVersionIsAConflictNotAnOverwrite() throws Exception {
		String before = row(ofA.id());
		MockHttpServletResponse r = update(TestUsers.officer(a.id()), ofA, a.id(), null);
		assertThat(r.getStatus()).isEqualTo(409);
		assertThat(row(ofA.id())).isEqualTo(before);
		assertThat(update(TestUsers.officer(a.id()), ofA, a.id(), ofA.version() + 5).getStatus()).isEqualTo(409);
		// the form too: an update without its version is refused
		MockHttpServletResponse form = mvc
			.perform(post("/reports/populations").with(TestUsers.officer(a.id()))
				.with(csrf())
				.param("id", String.valueOf(ofA.id()))
				.param("name", "Ghi đè")
				.param("rootUnitId", String.valueOf(a.id())))
			.andReturn()
			.getResponse();
		assertThat(form.getStatus()).isEqualTo(409);
		assertThat(row(ofA.id())).isEqualTo(before);
	}

	private MockHttpServletResponse update(RequestPostProcessor user, Population p, Long root, Integer version)
			throws Exception {
		String body = "{\"name\":\"Đổi tên thử\"" + (root == null ? "" : ",\"rootUnitId\":" + root)
				+ (version == null ? "" : ",\"version\":" + version) + "}";
		return mvc
			.perform(put("/api/v1/reports/populations/" + p.id()).with(user)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andReturn()
			.getResponse();
	}

	private MockHttpServletResponse remove(RequestPostProcessor user, Population p) throws Exception {
		return mvc.perform(delete("/api/v1/reports/populations/" + p.id()).with(user).with(csrf()))
			.andReturn()
			.getResponse();
	}

	private MockHttpServletResponse page(RequestPostProcessor user, Population p, Long root) throws Exception {
		return mvc
			.perform(post("/reports/populations").with(user)
				.with(csrf())
				.param("id", String.valueOf(p.id()))
				.param("version", String.valueOf(p.version()))
				.param("name", "Đổi tên thử")
				.param("rootUnitId", String.valueOf(root)))
			.andReturn()
			.getResponse();
	}

	private MockHttpServletResponse pageDelete(RequestPostProcessor user, Population p) throws Exception {
		return mvc.perform(post("/reports/populations/" + p.id() + "/delete").with(user).with(csrf()))
			.andReturn()
			.getResponse();
	}

	private String row(long id) {
		return jdbc.sql("select cast(to_jsonb(p) as text) from report_population p where id = ?")
			.param(id)
			.query(String.class)
			.single();
	}

}

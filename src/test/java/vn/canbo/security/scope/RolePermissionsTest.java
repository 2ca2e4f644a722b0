package vn.canbo.security.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.canbo.org.UnitService;
import vn.canbo.people.PersonService;
import vn.canbo.security.Role;
import vn.canbo.security.TestUsers;

/**
 * Each role's permissions across modules, table-driven: for every representative endpoint
 * and every role (scoped to commune A; the administrator to the whole tree), whether the
 * call is allowed (anything but 401/403) or refused (403). ADMIN everything; ORG_OFFICER
 * reads and writes dossiers and units, exports; LEADER read only (and exports); AUDITOR
 * the audit log only; CLERK writes dossiers and drafts decisions, no exports, no reports,
 * no sensitive fields, no unit writes, never approves or issues a decision.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RolePermissionsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	@Autowired
	PersonService people;

	TwoCommunes f;

	@BeforeEach
	void fixture() {
		f = TwoCommunes.create(units, people);
	}

	/**
	 * One row: what is called, and for ADMIN, ORG_OFFICER, LEADER, AUDITOR, CLERK whether
	 * it is allowed.
	 */
	record Row(String what, Function<TwoCommunes, MockHttpServletRequestBuilder> call, boolean admin, boolean officer,
			boolean leader, boolean auditor, boolean clerk) {

		boolean allowed(Role r) {
			return switch (r) {
				case ADMIN -> admin;
				case ORG_OFFICER -> officer;
				case LEADER -> leader;
				case AUDITOR -> auditor;
				case CLERK -> clerk;
			};
		}
	}

	static final List<Row> TABLE = List.of(
			// ADMIN OFFICER LEADER AUDITOR CLERK
			new Row("read a dossier", x -> get("/api/v1/persons/" + x.personA()), true, true, true, false, true),
			new Row("search dossiers", x -> get("/api/v1/persons").param("q", "Anthư"), true, true, true, false, true),
			new Row("add to a dossier",
					x -> post("/api/v1/persons/" + x.personA() + "/awards").contentType(MediaType.APPLICATION_JSON)
						.content("{\"year\":2024,\"formCode\":\"GIAY_KHEN\"}"),
					true, true, false, false, true),
			new Row("export dossiers", x -> get("/api/v1/persons/export.xlsx"), true, true, true, false, false),
			new Row("read a unit", x -> get("/api/v1/units/" + x.unitA()), true, true, true, false, true),
			new Row("unit tree page", x -> get("/units"), true, true, true, false, true),
			new Row("set a staffing quota",
					x -> put("/api/v1/units/" + x.unitA() + "/quotas/2026").contentType(MediaType.APPLICATION_JSON)
						.content("{\"quota\":7}"),
					true, true, false, false, false),
			new Row("restructure a unit",
					x -> post("/api/v1/restructurings").contentType(MediaType.APPLICATION_JSON)
						.content("{\"kind\":\"RENAME\",\"unitId\":" + x.unitA() + "}"),
					true, true, false, false, false),
			// issue 12: the clerk drafts decisions, only officers and administrators
			// approve
			// and issue them (an absent id: 404 = allowed)
			new Row("draft a decision",
					x -> post("/api/v1/decisions").contentType(MediaType.APPLICATION_JSON).content("{}"), true, true,
					false, false, true),
			new Row("approve a decision", x -> post("/api/v1/decisions/" + Long.MAX_VALUE + "/approve"), true, true,
					false, false, false),
			new Row("issue a decision",
					x -> post("/api/v1/decisions/" + Long.MAX_VALUE + "/issue").contentType(MediaType.APPLICATION_JSON)
						.content("{}"),
					true, true, false, false, false),
			new Row("edit a catalog",
					x -> put("/api/v1/catalogs/ETHNICITY/01").contentType(MediaType.APPLICATION_JSON)
						.content("{\"name\":\"Kinh\",\"version\":-1}"),
					true, false, false, false, false),
			new Row("read the audit log", x -> get("/api/v1/audit"), true, false, false, true, false),
			new Row("audit log page", x -> get("/audit"), true, false, false, true, false),
			new Row("export the audit log", x -> get("/api/v1/audit/export.xlsx").param("username", "nobody"), true,
					false, false, true, false),
			new Row("administer users", x -> get("/admin/users"), true, false, false, false, false));

	@Test
	void everyRoleGetsExactlyItsPermissions() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Row row : TABLE) {
			for (Role role : Role.values()) {
				var user = role == Role.ADMIN ? TestUsers.admin() : TestUsers.as(role, f.unitA());
				int status = mvc
					.perform(row.call()
						.apply(f)
						.with(user)
						.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
							.csrf()))
					.andReturn()
					.getResponse()
					.getStatus();
				boolean allowed = status != 401 && status != 403;
				if (allowed != row.allowed(role)) {
					wrong.add(role + " " + row.what() + ": " + status + " (expected "
							+ (row.allowed(role) ? "allowed" : "403") + ")");
				}
				if (allowed && status >= 500) {
					wrong.add(role + " " + row.what() + ": server error " + status);
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void sensitiveFieldsOnlyForRolesGrantedThem() throws Exception {
		for (Role role : List.of(Role.ADMIN, Role.ORG_OFFICER, Role.LEADER, Role.CLERK)) {
			var user = role == Role.ADMIN ? TestUsers.admin() : TestUsers.as(role, f.unitB());
			MockHttpServletResponse r = mvc.perform(get("/api/v1/persons/" + f.personB()).with(user))
				.andReturn()
				.getResponse();
			assertThat(r.getStatus()).isEqualTo(200);
			String body = r.getContentAsString();
			String masked = f.nationalIdB().charAt(0) + "*********" + f.nationalIdB().substring(10);
			if (role == Role.CLERK) {
				assertThat(body).as(role.name()).doesNotContain(f.nationalIdB()).contains(masked);
			}
			else {
				assertThat(body).as(role.name()).contains(f.nationalIdB());
			}
		}
	}

}

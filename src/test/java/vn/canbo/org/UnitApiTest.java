package vn.canbo.org;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.canbo.org.OrgFixtures.code;
import static vn.canbo.org.OrgFixtures.unit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.canbo.security.Role;
import vn.canbo.security.TestUsers;

@SpringBootTest
@AutoConfigureMockMvc
class UnitApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	UnitView province;

	UnitView a;

	UnitView aChild;

	UnitView b;

	@BeforeEach
	void setUp() {
		province = unit(units, "Tỉnh API", "DIA_BAN", AdminLevel.PROVINCE, null);
		a = unit(units, "Xã Alpha", "DIA_BAN", AdminLevel.COMMUNE, province.id());
		aChild = unit(units, "Thôn Alpha Một", "THON", AdminLevel.HAMLET, a.id());
		b = unit(units, "Xã Beta", "DIA_BAN", AdminLevel.COMMUNE, province.id());
	}

	@Test
	void openApiDescribesTheEndpoints() throws Exception {
		mvc.perform(get("/api/v1/openapi"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/api/v1/restructurings")));
	}

	@Test
	void unauthenticatedIs401() throws Exception {
		mvc.perform(get("/api/v1/units")).andExpect(status().isUnauthorized());
	}

	@Test
	void officerSeesOnlyTheirSubtree() throws Exception {
		mvc.perform(get("/api/v1/units/" + b.id()).with(TestUsers.officer(a.id())))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/units/" + b.id() + "/history").with(TestUsers.officer(a.id())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/units/" + b.id() + "/tree").with(TestUsers.officer(a.id())))
			.andExpect(status().isNotFound());
		mvc.perform(
				get("/api/v1/units").param("parentId", String.valueOf(province.id())).with(TestUsers.officer(a.id())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/units/" + aChild.id()).param("asOf", "2024-01-01").with(TestUsers.officer(a.id())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unit.name").value("Thôn Alpha Một"))
			.andExpect(jsonPath("$.unit.validFrom").value("2000-01-01"))
			.andExpect(jsonPath("$.path[0].id").value(province.id()));
		mvc.perform(get("/api/v1/units").with(TestUsers.officer(a.id())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(hasItem((int) a.id())))
			.andExpect(jsonPath("$[*].id").value(not(hasItem((int) b.id()))))
			.andExpect(jsonPath("$.length()").value(1));
		mvc.perform(get("/api/v1/units").param("parentId", String.valueOf(a.id())).with(TestUsers.officer(a.id())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(aChild.id()));
		mvc.perform(get("/api/v1/units").param("q", "xa beta").with(TestUsers.officer(a.id())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/units/" + a.id() + "/tree").with(TestUsers.officer(a.id())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].unit.id").value(a.id()))
			.andExpect(jsonPath("$[1].unit.id").value(aChild.id()))
			.andExpect(jsonPath("$[1].depth").value(1))
			.andExpect(jsonPath("$[0].headcount").value(0));
	}

	@Test
	void writesNeedUnitWriteAndScope() throws Exception {
		String body = """
				{"kind":"RENAME","unitId":%d,"name":"Xã Beta Mới","effectiveDate":"2025-07-01"}""".formatted(b.id());
		mvc.perform(post("/api/v1/restructurings").with(TestUsers.as(Role.LEADER, province.id()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/restructurings").with(TestUsers.officer(a.id()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/restructurings").with(TestUsers.officer(province.id()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("RENAME"))
			.andExpect(jsonPath("$.effectiveDate").value("2025-07-01"));
		mvc.perform(get("/api/v1/units/" + b.id()).param("asOf", "2025-06-30").with(TestUsers.admin()))
			.andExpect(jsonPath("$.unit.name").value("Xã Beta"));
		mvc.perform(get("/api/v1/units/" + b.id()).param("asOf", "2025-07-01").with(TestUsers.admin()))
			.andExpect(jsonPath("$.unit.name").value("Xã Beta Mới"));
		mvc.perform(get("/api/v1/units/" + b.id() + "/history").with(TestUsers.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.versions.length()").value(2))
			.andExpect(jsonPath("$.restructurings[1].kind").value("RENAME"));
	}

	@Test
	void previewOfAMergeWritesNothingAndHonoursBodyChoices() throws Exception {
		UnitView ubA = unit(units, "UBND xã Alpha", "UBND", AdminLevel.COMMUNE, a.id());
		UnitView ubB = unit(units, "UBND xã Beta", "UBND", AdminLevel.COMMUNE, b.id());
		String c = code("AB");
		String body = """
				{"kind":"MERGE","unitIds":[%d,%d],"newUnit":{"code":"%s","name":"Xã Alpha Beta"},"effectiveDate":"2025-07-01",
				 "bodies":{"%d":{"action":"KEEP"}}}"""
			.formatted(a.id(), b.id(), c, ubB.id());
		mvc.perform(post("/api/v1/restructurings/preview").with(TestUsers.officer(a.id()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/restructurings/preview").with(TestUsers.officer(province.id()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("MERGE"))
			.andExpect(jsonPath("$.outcomes[0].name").value("Xã Alpha Beta"))
			.andExpect(jsonPath("$.changes[?(@.unitId == %d)].fate".formatted(ubA.id())).value("RENAMED"))
			.andExpect(jsonPath("$.changes[?(@.unitId == %d)].target".formatted(ubA.id()))
				.value("Ủy ban nhân dân Xã Alpha Beta"))
			.andExpect(jsonPath("$.changes[?(@.unitId == %d)].fate".formatted(ubB.id())).value("MOVED"));
		mvc.perform(get("/api/v1/units/" + ubA.id()).param("asOf", "2025-07-01").with(TestUsers.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unit.name").value("UBND xã Alpha"));
	}

	@Test
	void validationErrorsAreProblemDetailsWithFieldNames() throws Exception {
		mvc.perform(post("/api/v1/restructurings").with(TestUsers.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"kind":"MERGE","unitIds":[%d],"newUnit":{"code":"%s","name":"Xã Gộp"},"effectiveDate":"2025-07-01"}"""
						.formatted(a.id(), code("G"))))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Dữ liệu không hợp lệ"))
			.andExpect(jsonPath("$.errors[0].field").value("unitIds"))
			.andExpect(jsonPath("$.errors[0].message").value("Sáp nhập phải có ít nhất 2 đơn vị"));
		mvc.perform(post("/api/v1/units").with(TestUsers.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"code":"%s","name":"X","typeCode":"KHONG_CO","level":"COMMUNE","parentId":%d,"validFrom":"2020-01-01"}"""
						.formatted(a.code(), province.id())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("code")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("typeCode")));
		mvc.perform(post("/api/v1/units").with(TestUsers.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"x\",\"validFrom\":\"01/07/2025\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void createMergeAndQuotaOverRest() throws Exception {
		String c = code("N");
		mvc.perform(post("/api/v1/units").with(TestUsers.officer(province.id()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"code":"%s","name":"  Thôn   Mới ","typeCode":"THON","level":"HAMLET","parentId":%d,"validFrom":"2020-01-01"}"""
						.formatted(c, b.id())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value("Thôn Mới"));
		mvc.perform(post("/api/v1/units").with(TestUsers.officer(a.id()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"code":"%s","name":"Thôn","typeCode":"THON","level":"HAMLET","parentId":%d,"validFrom":"2020-01-01"}"""
						.formatted(code("N"), b.id())))
			.andExpect(status().isNotFound());
		String m = code("M");
		mvc.perform(post("/api/v1/restructurings").with(TestUsers.officer(province.id()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind":"MERGE","unitIds":[%d,%d],"newUnit":{"code":"%s","name":"Xã Alpha Beta"},
					 "effectiveDate":"2025-07-01","decisionNumber":"1/NQ","issuer":"UBTVQH"}""".formatted(a.id(),
					b.id(), m)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.created[0].code").value(m))
			.andExpect(jsonPath("$.unitMapping['" + a.id() + "']").exists());
		mvc.perform(put("/api/v1/units/" + a.id() + "/quotas/2024").with(TestUsers.officer(province.id()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"quota\":12,\"decisionNumber\":\"QĐ 5\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.quota").value(12));
		mvc.perform(get("/api/v1/units/" + a.id() + "/quotas/2024").with(TestUsers.officer(province.id())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.decisionNumber").value("QĐ 5"));
		mvc.perform(get("/api/v1/units/" + a.id() + "/quotas/2024").with(TestUsers.officer(b.id())))
			.andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/units/" + a.id() + "/quotas/2026").with(TestUsers.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"quota\":-3}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("quota")));
	}

}

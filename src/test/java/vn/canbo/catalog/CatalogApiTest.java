package vn.canbo.catalog;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.security.Role;
import vn.canbo.security.TestUsers;

/**
 * REST API /api/v1/catalogs: reads for everyone signed in, writes with CATALOG_WRITE,
 * problem details.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class CatalogApiTest {

	@Autowired
	MockMvc mvc;

	static String code() {
		return "ZZ" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	@Test
	void unauthenticatedIs401() throws Exception {
		mvc.perform(get("/api/v1/catalogs")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/catalogs/ETHNICITY")).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/catalogs/RELIGION").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void anySignedInUserReads() throws Exception {
		mvc.perform(get("/api/v1/catalogs").with(TestUsers.as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.type == 'ETHNICITY')].label").value("Dân tộc"))
			.andExpect(jsonPath("$[?(@.type == 'ETHNICITY')].labelEn").value("Ethnic groups"))
			.andExpect(jsonPath("$[?(@.type == 'ETHNICITY')].validCount").value(54))
			.andExpect(jsonPath("$[?(@.type == 'RANK')].label").value("Ngạch công chức, viên chức"));
		mvc.perform(get("/api/v1/catalogs/ethnicity").with(TestUsers.as(Role.LEADER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(54))
			.andExpect(jsonPath("$[0].code").value("01"))
			.andExpect(jsonPath("$[0].name").value("Kinh"))
			.andExpect(jsonPath("$[0].attributes.minority").value("false"));
		mvc.perform(get("/api/v1/catalogs/RANK/01.003").with(TestUsers.as(Role.CLERK)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.attributes.coefficients").value("2.34,2.67,3.00,3.33,3.66,3.99,4.32,4.65,4.98"))
			.andExpect(jsonPath("$.validFrom").value("1900-01-01"));
	}

	@Test
	void asOfAndAllFilterByValidity() throws Exception {
		String code = code();
		mvc.perform(post("/api/v1/catalogs/RELIGION").with(TestUsers.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"" + code
					+ "\",\"name\":\"Đạo thử\",\"validFrom\":\"2020-01-01\",\"validTo\":\"2025-07-01\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/catalogs/RELIGION/" + code));
		mvc.perform(get("/api/v1/catalogs/RELIGION").param("asOf", "2025-06-30").with(TestUsers.officer()))
			.andExpect(jsonPath("$[*].code", hasItem(code)));
		mvc.perform(get("/api/v1/catalogs/RELIGION").param("asOf", "2025-07-01").with(TestUsers.officer()))
			.andExpect(jsonPath("$[*].code", not(hasItem(code))));
		mvc.perform(get("/api/v1/catalogs/RELIGION").with(TestUsers.officer()))
			.andExpect(jsonPath("$[*].code", not(hasItem(code))));
		mvc.perform(get("/api/v1/catalogs/RELIGION").param("all", "true").with(TestUsers.officer()))
			.andExpect(jsonPath("$[*].code", hasItem(code)));
		mvc.perform(get("/api/v1/catalogs/RELIGION").param("asOf", "30/06/2025").with(TestUsers.officer()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("asOf"));
	}

	@Test
	void unknownTypeOrCodeIs404ProblemDetails() throws Exception {
		mvc.perform(get("/api/v1/catalogs/NO_SUCH_LIST").with(TestUsers.admin()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("Không tìm thấy"))
			.andExpect(jsonPath("$.status").value(404));
		mvc.perform(get("/api/v1/catalogs/RELIGION/ZZNOSUCH").with(TestUsers.admin())).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/catalogs/NO_SUCH_LIST").with(TestUsers.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"X\",\"name\":\"x\"}")).andExpect(status().isNotFound());
	}

	@Test
	void writesNeedCatalogWrite() throws Exception {
		mvc.perform(post("/api/v1/catalogs/RELIGION").with(TestUsers.as(Role.LEADER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"" + code() + "\",\"name\":\"x\"}")).andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/catalogs/RELIGION/01").with(TestUsers.as(Role.LEADER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"x\",\"version\":0}")).andExpect(status().isForbidden());
		mvc.perform(
				post("/api/v1/catalogs/RELIGION/01/end").param("date", "2030-01-01").with(TestUsers.as(Role.LEADER)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/catalogs/RELIGION/01/reopen").with(TestUsers.officer()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/catalogs/RELIGION/01").with(TestUsers.admin()))
			.andExpect(jsonPath("$.name").value("Phật giáo"))
			.andExpect(jsonPath("$.validTo").doesNotExist());
	}

	@Test
	void badInputIs400WithFieldNames() throws Exception {
		mvc.perform(post("/api/v1/catalogs/RANK").with(TestUsers.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"code\":\"A B\",\"name\":\"\",\"attributes\":{\"payTable\":\"A1\",\"coefficients\":\"3,2\",\"raiseMonths\":\"36\"}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Dữ liệu không hợp lệ"))
			.andExpect(jsonPath("$.errors[*].field", hasItem("code")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("name")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("attributes.coefficients")))
			.andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value("Tên là bắt buộc"));
		mvc.perform(post("/api/v1/catalogs/RELIGION").with(TestUsers.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"" + code() + "\",\"name\":\"x\",\"validFrom\":\"01/01/2020\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("validFrom"));
		mvc.perform(post("/api/v1/catalogs/RELIGION/01/end").with(TestUsers.admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		mvc.perform(put("/api/v1/catalogs/RELIGION/01").with(TestUsers.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Phật giáo\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
	}

	@Test
	void editWithVersionThenConflictThenEnd() throws Exception {
		String code = code();
		mvc.perform(post("/api/v1/catalogs/TITLE").with(TestUsers.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"" + code + "\",\"name\":\"Chức danh\",\"attributes\":{\"groups\":\"CAP_UY\"}}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(0));
		mvc.perform(put("/api/v1/catalogs/TITLE/" + code).with(TestUsers.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"name\":\"Chức danh mới\",\"sortOrder\":3,\"attributes\":{\"groups\":\"CAP_UY,THUONG_VU\"},\"version\":0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Chức danh mới"))
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(put("/api/v1/catalogs/TITLE/" + code).with(TestUsers.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Ghi đè\",\"version\":0}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.title").value("Xung đột cập nhật"));
		mvc.perform(post("/api/v1/catalogs/TITLE/" + code + "/end").param("date", "2026-01-01").with(TestUsers.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.validTo").value("2026-01-01"));
		mvc.perform(get("/api/v1/catalogs/TITLE").param("asOf", "2026-01-01").with(TestUsers.admin()))
			.andExpect(jsonPath("$[*].code", not(hasItem(code))));
		mvc.perform(post("/api/v1/catalogs/TITLE/" + code + "/reopen").with(TestUsers.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.validTo").doesNotExist());
	}

}

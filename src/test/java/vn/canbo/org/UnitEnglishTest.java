package vn.canbo.org;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.security.TestUsers;

/**
 * Restructuring error messages come from the module's bundle: Vietnamese by default,
 * English with {@code lang=en}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class UnitEnglishTest {

	@Autowired
	MockMvc mvc;

	@Test
	void errorMessagesFollowTheLanguage() throws Exception {
		String body = "{\"kind\":\"MERGE\",\"unitIds\":[],\"newUnit\":{\"code\":\"ZZ-EN-1\",\"name\":\"X\"},\"effectiveDate\":\"2025-07-01\"}";
		mvc.perform(post("/api/v1/restructurings").with(TestUsers.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].message", hasItem("Sáp nhập phải có ít nhất 2 đơn vị")));
		mvc.perform(post("/api/v1/restructurings").param("lang", "en")
			.with(TestUsers.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].message", hasItem("A merger needs at least 2 units")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("A merger needs at least 2 units")));
	}

}

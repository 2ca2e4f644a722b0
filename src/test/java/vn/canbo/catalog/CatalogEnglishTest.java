package vn.canbo.catalog;

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
 * Catalog error messages come from the module's bundle: Vietnamese by default, English
 * with {@code lang=en}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class CatalogEnglishTest {

	@Autowired
	MockMvc mvc;

	@Test
	void errorMessagesFollowTheLanguage() throws Exception {
		String body = "{\"code\":\"A B\",\"name\":\"\"}";
		mvc.perform(post("/api/v1/catalogs/RELIGION").with(TestUsers.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].message", hasItem("Tên là bắt buộc")));
		mvc.perform(post("/api/v1/catalogs/RELIGION").param("lang", "en")
			.with(TestUsers.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].message", hasItem("The name is required")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("The code cannot contain spaces")));
	}

}

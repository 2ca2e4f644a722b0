package vn.canbo.career;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
 * Decision error messages come from the module's bundle: Vietnamese by default, English
 * with {@code lang=en}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class DecisionEnglishTest {

	@Autowired
	MockMvc mvc;

	@Test
	void errorMessagesFollowTheLanguage() throws Exception {
		String body = "{\"type\":\"TRANSFER\",\"effectiveOn\":\"2025-03-01\",\"endOn\":\"2025-01-01\",\"subjects\":[]}";
		mvc.perform(
				post("/api/v1/decisions").with(TestUsers.admin()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].message", hasItem("Quyết định phải có ít nhất một người")));
		mvc.perform(post("/api/v1/decisions").param("lang", "en")
			.with(TestUsers.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].message", hasItem("A decision must name at least one person")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("The end date must be after the effective date")));
	}

	@Test
	void listFiltersNameTypesAndStatusesInTheLanguage() throws Exception {
		mvc.perform(
				get("/career/decisions").param("type", "TRANSFER").param("status", "ISSUED").with(TestUsers.admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"TRANSFER\" selected=\"selected\">điều động<")))
			.andExpect(content().string(containsString("value=\"ISSUED\" selected=\"selected\">Đã ban hành<")));
		mvc.perform(get("/career/decisions").param("type", "TRANSFER").param("lang", "en").with(TestUsers.admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"TRANSFER\" selected=\"selected\">transfer<")))
			.andExpect(content().string(containsString(">Draft<")));
	}

}

package vn.canbo.rules;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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
 * Rule parameter error messages come from the module's bundle: Vietnamese by default,
 * English with {@code lang=en}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class RuleEnglishTest {

	@Autowired
	MockMvc mvc;

	@Test
	void errorMessagesFollowTheLanguage() throws Exception {
		String body = "{\"value\":\"x\",\"mode\":\"WARN\",\"legalBasis\":\"\"}";
		mvc.perform(put("/api/v1/rules/{k}", "rotation.min_months").with(TestUsers.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].message", hasItem("Căn cứ pháp lý là bắt buộc")));
		mvc.perform(put("/api/v1/rules/{k}", "rotation.min_months").param("lang", "en")
			.with(TestUsers.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].message", hasItem("The legal basis is required")))
			.andExpect(jsonPath("$.errors[*].message",
					hasItem("The parameter value must be a non-negative whole number")));
	}

}

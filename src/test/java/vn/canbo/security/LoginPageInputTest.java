package vn.canbo.security;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 12, point 14: a malformed {@code ?lang=} is ignored, never a 500. */
@SpringBootTest
@AutoConfigureMockMvc
class LoginPageInputTest {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "\"", "'", "<", "%", "a b", "zz", "fr", "_", "__x", "vi-VN-\"", "" })
	void aMalformedLanguageKeepsVietnamese(String lang) throws Exception {
		mvc.perform(get("/login").param("lang", lang))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đăng nhập")));
	}

	@Test
	void theRawQuoteOfTheReportIsHarmless() throws Exception {
		mvc.perform(get("/login?lang=%22")).andExpect(status().isOk());
		mvc.perform(get("/login?lang=en")).andExpect(status().isOk());
	}

}

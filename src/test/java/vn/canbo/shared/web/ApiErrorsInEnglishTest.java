package vn.canbo.shared.web;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.security.TestUsers;

/**
 * Each module's API errors come from its bundle: Vietnamese by default, English with
 * {@code lang=en} (every message of the answer; two are checked per module).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ApiErrorsInEnglishTest {

	@Autowired
	MockMvc mvc;

	static Stream<Arguments> errors() {
		return Stream.of(
				Arguments.of("catalog", HttpMethod.POST, "/api/v1/catalogs/RELIGION",
						"{\"code\":\"A B\",\"name\":\"\"}", "Tên là bắt buộc", "The name is required",
						"The code cannot contain spaces"),
				Arguments.of("org", HttpMethod.POST, "/api/v1/restructurings",
						"{\"kind\":\"MERGE\",\"unitIds\":[],\"newUnit\":{\"code\":\"ZZ-EN-1\",\"name\":\"X\"},"
								+ "\"effectiveDate\":\"2025-07-01\"}",
						"Sáp nhập phải có ít nhất 2 đơn vị", "A merger needs at least 2 units",
						"A merger needs at least 2 units"),
				Arguments.of("targets", HttpMethod.POST, "/api/v1/programmes",
						"{\"code\":\"\",\"title\":\"\",\"version\":0}", "Tên chương trình không được để trống",
						"The programme title cannot be empty", "The start of the period is required"),
				Arguments.of("rules", HttpMethod.PUT, "/api/v1/rules/rotation.min_months",
						"{\"value\":\"x\",\"mode\":\"WARN\",\"legalBasis\":\"\"}", "Căn cứ pháp lý là bắt buộc",
						"The legal basis is required", "The parameter value must be a non-negative whole number"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("errors")
	void errorMessagesFollowTheLanguage(String module, HttpMethod method, String url, String body, String vietnamese,
			String english, String otherEnglish) throws Exception {
		mvc.perform(call(method, url, body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].message", hasItem(vietnamese)));
		mvc.perform(call(method, url, body).param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].message", hasItem(english)))
			.andExpect(jsonPath("$.errors[*].message", hasItem(otherEnglish)));
	}

	private static MockHttpServletRequestBuilder call(HttpMethod method, String url, String body) {
		return request(method, url).with(TestUsers.admin()).contentType(MediaType.APPLICATION_JSON).content(body);
	}

}

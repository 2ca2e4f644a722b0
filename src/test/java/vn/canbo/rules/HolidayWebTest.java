package vn.canbo.rules;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
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
import vn.canbo.security.Role;
import vn.canbo.security.TestUsers;

/**
 * API and page of the holiday calendar (issue 13, point 6): read by every signed-in user,
 * changed by administrators only.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class HolidayWebTest {

	@Autowired
	MockMvc mvc;

	static final String SWAP = """
			{"date":"2025-01-27","name":"Nghỉ hoán đổi","kind":"SWAPPED_DAY_OFF","legalBasis":"Thông báo của Bộ Nội vụ (thử)"}""";

	@Test
	void readByAllChangedByAdmins() throws Exception {
		mvc.perform(get("/api/v1/rules/holidays/{y}", 2025).with(TestUsers.as(Role.CLERK)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.recorded").value(false))
			.andExpect(jsonPath("$.days[*].date", hasItem("2025-01-29")))
			.andExpect(jsonPath("$.days[*].date", hasItem("2025-04-07")));
		mvc.perform(post("/api/v1/rules/holidays/{y}", 2025).with(TestUsers.officer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(SWAP)).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/rules/holidays/{y}", 2025).with(TestUsers.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(SWAP)).andExpect(status().isCreated()).andExpect(jsonPath("$.kind").value("SWAPPED_DAY_OFF"));
		mvc.perform(post("/api/v1/rules/holidays/{y}", 2025).with(TestUsers.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(SWAP))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("date")));
		mvc.perform(get("/api/v1/rules/holidays/{y}", 2025).with(TestUsers.as(Role.CLERK)))
			.andExpect(jsonPath("$.recorded").value(true))
			.andExpect(jsonPath("$.days[*].date", hasItem("2025-01-27")));
		mvc.perform(delete("/api/v1/rules/holidays/{y}/{d}", 2025, "2025-01-27").with(TestUsers.officer()))
			.andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/rules/holidays/{y}/{d}", 2025, "2025-01-27").with(TestUsers.admin()))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/rules/holidays/{y}", 3000).with(TestUsers.admin())).andExpect(status().isBadRequest());
	}

	@Test
	void page() throws Exception {
		mvc.perform(get("/rules/holidays/{y}", 2026).with(TestUsers.as(Role.CLERK)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Giỗ Tổ Hùng Vương")))
			// the year is a year, not a number with a thousands separator (2.026)
			.andExpect(content().string(containsString("Lịch nghỉ lễ, Tết năm 2026")))
			.andExpect(content().string(containsString("26/04/2026")))
			.andExpect(content().string(containsString("Bộ luật Lao động 2019 Điều 112")));
		mvc.perform(
				post("/rules/holidays/{y}", 2026).with(TestUsers.officer()).with(csrf()).param("date", "2026-02-23"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/rules/holidays/{y}", 2026).with(TestUsers.admin())
			.with(csrf())
			.param("date", "2027-02-23")
			.param("name", "Nghỉ")
			.param("kind", "SWAPPED_DAY_OFF")
			.param("legalBasis", "Thông báo"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("không thuộc năm 2026")));
		mvc.perform(post("/rules/holidays/{y}", 2026).with(TestUsers.admin())
			.with(csrf())
			.param("date", "2026-02-23")
			.param("name", "Nghỉ hoán đổi")
			.param("kind", "SWAPPED_DAY_OFF")
			.param("legalBasis", "Thông báo")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/rules").with(TestUsers.as(Role.CLERK)))
			.andExpect(content().string(containsString("/rules/holidays/")));
	}

	/** A refused day: each field with a problem is marked, with its message under it. */
	@Test
	void everyProblemUnderItsField() throws Exception {
		mvc.perform(post("/rules/holidays/{y}", 2026).with(TestUsers.admin()).with(csrf()).param("date", "2026-02-23"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"form-control is-invalid\" id=\"name\" name=\"name\"")))
			.andExpect(content()
				.string(containsString("class=\"form-control is-invalid\" id=\"legalBasis\" name=\"legalBasis\"")))
			.andExpect(content().string(containsString("class=\"form-control\" type=\"text\" data-date")));
	}

}

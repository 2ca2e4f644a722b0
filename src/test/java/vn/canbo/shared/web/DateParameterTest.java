package vn.canbo.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.text.ParseException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.canbo.security.TestUsers;

/**
 * Issue 20, point 10: a page's date parameter reads dd/MM/yyyy and keeps reading ISO
 * (links, the API), and an impossible date is a Vietnamese field error on the page, not
 * Spring's 400.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DateParameterTest {

	static final LocalDate DAY = LocalDate.of(2026, 12, 7);

	@Autowired
	MockMvc mvc;

	@Test
	void aPageParameterReadsDayMonthYearAndIso() throws Exception {
		for (String text : new String[] { "07/12/2026", "7/12/2026", "2026-12-07" }) {
			mvc.perform(get("/career/asof").param("date", text).with(TestUsers.admin()))
				.andExpect(status().isOk())
				.andExpect(model().attribute("date", DAY))
				// printed back dd/MM/yyyy in the input
				.andExpect(content().string(containsString("value=\"07/12/2026\"")));
		}
	}

	@Test
	void aFilterRecordReadsDayMonthYear() throws Exception {
		mvc.perform(
				get("/career/decisions").param("from", "01/12/2026").param("to", "07/12/2026").with(TestUsers.admin()))
			.andExpect(status().isOk())
			.andExpect(model().attribute("to", DAY));
	}

	@Test
	void anImpossibleDateIsAFieldErrorNotA400() throws Exception {
		MvcResult r = mvc
			.perform(get("/career/asof").param("date", "31/02/2026").param("unitId", "").with(TestUsers.admin()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/career/asof?unitId="))
			.andExpect(flash().attributeExists("dateErrors"))
			.andReturn();
		@SuppressWarnings("unchecked")
		Map<String, String> errors = (Map<String, String>) r.getFlashMap().get("dateErrors");
		assertThat(errors).containsEntry("date",
				"Ngày không hợp lệ: 31/02/2026 (nhập theo dạng ngày/tháng/năm, ví dụ 07/12/2026)");
		// the page it comes back to shows the message for the field
		mvc.perform(get("/career/asof").flashAttrs(r.getFlashMap()).with(TestUsers.admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-date-error=\"date\"")))
			.andExpect(content().string(containsString("Ngày không hợp lệ: 31/02/2026")));
		// a filter record too
		mvc.perform(get("/career/decisions").param("from", "32/01/2026").with(TestUsers.admin()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("dateErrors",
					Map.of("from", "Ngày không hợp lệ: 32/01/2026 (nhập theo dạng ngày/tháng/năm, ví dụ 07/12/2026)")));
	}

	@Test
	void theDecisionFormsDateFieldsAreDateInputs() throws Exception {
		mvc.perform(get("/career/decisions/new").with(TestUsers.admin()))
			.andExpect(status().isOk())
			// the form's own date fields (effectiveOn, signedOn) are text inputs for
			// date.js
			.andExpect(content().string(org.hamcrest.Matchers
				.matchesPattern("(?s).*<input[^>]*id=\"effectiveOn\"[^>]*type=\"text\"[^>]*>.*")))
			.andExpect(content().string(org.hamcrest.Matchers
				.matchesPattern("(?s).*<input[^>]*id=\"effectiveOn\"[^>]*data-date=[^>]*>.*")));
	}

	@Test
	void theApiStillAnswersProblemDetails() throws Exception {
		mvc.perform(get("/api/v1/decisions").param("from", "31/02/2026").with(TestUsers.admin()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theRuleItself() throws ParseException {
		assertThat(DayFormatter.day("07/12/2026")).isEqualTo(DAY);
		assertThat(DayFormatter.day("2026-12-07")).isEqualTo(DAY);
		assertThat(new DayFormatter().print(DAY, null)).isEqualTo("07/12/2026");
		for (String bad : new String[] { "31/02/2026", "2026-02-31", "12/31/2026", "07/12/26", "hôm nay" }) {
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> DayFormatter.day(bad))
				.as(bad)
				.isInstanceOf(ParseException.class);
		}
	}

}

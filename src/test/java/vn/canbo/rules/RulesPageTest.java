package vn.canbo.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.security.TestUsers;

/**
 * Issue 13: the rules page shows every version of each parameter with its legal basis and
 * the [U] mark, and the raise interval that really applies to each rank.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class RulesPageTest {

	@Autowired
	MockMvc mvc;

	String page(String date) throws Exception {
		return mvc.perform(get("/rules").param("date", date).with(TestUsers.admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The rows (their HTML) carrying the attribute, in page order. */
	static List<String> rows(String html, String attribute) {
		return Arrays.stream(html.split("<tr"))
			.filter(r -> r.contains(attribute))
			.map(r -> r.split("</tr>")[0])
			.toList();
	}

	static String text(String html) {
		return html.replaceAll("^[^>]*>", "").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
	}

	static boolean active(String row) {
		return row.substring(0, row.indexOf('>')).contains("table-active");
	}

	/** The text of the n-th cell (from 0) of a row. */
	static String cell(String row, int n) {
		return text(row.split("<td")[n + 1].split("</td>")[0]);
	}

	@Test
	void everyVersionWithItsBasisAndTheOneInForce() throws Exception {
		String d = page("2023-01-01");
		List<String> rows = rows(d, "data-key=\"reappoint.notice_working_days\"");
		assertThat(rows).hasSize(3);
		assertThat(text(rows.get(0))).contains("Quy định 105-QĐ/TW", "01/01/2021", "18/08/2022");
		assertThat(text(rows.get(1))).contains("Quy định 80-QĐ/TW", "18/08/2022", "08/10/2025");
		assertThat(active(rows.get(1))).isTrue();
		assertThat(text(rows.get(2))).contains("Quy định 377-QĐ/TW", "08/10/2025");
		assertThat(active(rows.get(2))).isFalse();
		// [U] said so, only where unconfirmed
		assertThat(text(rows.get(0))).contains("[U] chưa xác minh");
		assertThat(text(rows.get(2))).doesNotContain("[U] chưa xác minh");
		List<String> extend = rows(d, "data-key=\"reappoint.extend_to_retirement_if_remaining_lt\"");
		assertThat(extend).isNotEmpty().allMatch(r -> text(r).contains("[U] chưa xác minh"));
		assertThat(active(rows(page("2026-01-01"), "data-key=\"reappoint.notice_working_days\"").get(2))).isTrue();
	}

	@Test
	void rankIntervalsThatApply() throws Exception {
		List<String> canSu = rows(page("2026-01-01"), "data-rank=\"01.004\"");
		assertThat(canSu).hasSize(1);
		assertThat(cell(canSu.get(0), 2)).isEqualTo("36");
		assertThat(cell(rows(page("2021-07-31"), "data-rank=\"01.004\"").get(0), 2)).isEqualTo("24");
		String ktv = rows(page("2026-01-01"), "data-rank=\"06.032\"").get(0);
		assertThat(cell(ktv, 2)).isEqualTo("24");
		assertThat(text(ktv)).contains("ngoại lệ theo ngạch");
	}

	@Test
	void apiSaysUnconfirmed() throws Exception {
		mvc.perform(get("/api/v1/rules/{k}", "reappoint.extend_to_retirement_if_remaining_lt").with(TestUsers.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].unconfirmed").value(true));
	}

}

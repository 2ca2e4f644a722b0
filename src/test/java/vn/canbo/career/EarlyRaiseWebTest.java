package vn.canbo.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.people.Award;
import vn.canbo.people.Gender;
import vn.canbo.people.HistoryKind;
import vn.canbo.people.PersonService;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;

/**
 * Issue 15, point 3: the early raise page in Vietnamese and English, its .xlsx and its
 * API, each within the scope (another commune's officer: 404).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class EarlyRaiseWebTest {

	@Autowired
	CareerFixture fx;

	@Autowired
	PersonService people;

	@Autowired
	MockMvc mvc;

	@Test
	void pageExportAndApiInScope() throws Exception {
		CareerFixture.Tree t = fx.tree();
		long id = fx.person("Tô Văn Sớm", Gender.MALE, PartialDate.of(LocalDate.of(1984, 1, 2)), t.a().id(), 3,
				LocalDate.of(2023, 6, 1));
		people.add(id, HistoryKind.AWARD, new Award(null, 2025, "BK_TINH", "8/QĐ-UBND", LocalDate.of(2025, 10, 1),
				"UBND tỉnh", "Thành tích xuất sắc"), Scope.all());
		RequestPostProcessor officerA = TestUsers.officer(t.a().id());
		RequestPostProcessor officerB = TestUsers.officer(t.b().id());
		String a = String.valueOf(t.a().id());

		String vi = mvc.perform(get("/career/early-raises").param("unitId", a).param("year", "2025").with(officerA))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(vi).contains("Đề nghị nâng bậc lương trước thời hạn", "Tô Văn Sớm", "01/06/2026",
				"Bằng khen của Chủ tịch UBND tỉnh", "Tỷ lệ theo đơn vị");
		String en = mvc
			.perform(get("/career/early-raises").param("unitId", a)
				.param("year", "2025")
				.cookie(new Cookie("canbo-lang", "en"))
				.with(officerA))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(en).contains("Early salary raise proposals", "Tô Văn Sớm",
				"Certificate of Merit of the Chairman of the Provincial People&#39;s Committee", "Quota by unit");
		mvc.perform(get("/career/early-raises").with(officerA)).andExpect(status().isOk());

		List<List<String>> rows = ListExportsTest.rows(mvc
			.perform(get("/career/early-raises/export.xlsx").param("unitId", a).param("year", "2025").with(officerA))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(rows.get(0)).startsWith("Họ và tên", "Đơn vị", "Ngạch");
		assertThat(rows).anySatisfy(r -> assertThat(r).contains("Tô Văn Sớm", "3", "6", "8/QĐ-UBND"));

		assertThat(mvc.perform(get("/api/v1/early-raises").param("unitId", a).param("year", "2025").with(officerA))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("\"fullName\":\"Tô Văn Sớm\"", "\"monthsLacking\":6");

		for (String url : List.of("/career/early-raises", "/career/early-raises/export.xlsx", "/api/v1/early-raises")) {
			mvc.perform(get(url).param("unitId", a).param("year", "2025").with(officerB))
				.andExpect(status().isNotFound());
		}
	}

}

package vn.canbo.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.Scope;

/**
 * Issue 16: the training list of a unit as .xlsx (API for a period, page link for a
 * year), read back: the enrolments of courses starting in the period of the persons of
 * the unit's subtree, with kind, dates, decision, result and certificate; a unit outside
 * the scope is 404; a period ending before it starts is refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TrainingListExportTest {

	@Autowired
	TrainingFixture fx;

	@Autowired
	Courses courses;

	@Autowired
	MockMvc mvc;

	private List<List<String>> read(MockHttpServletRequestBuilder r, RequestPostProcessor user) throws Exception {
		byte[] xlsx = mvc.perform(r.with(user))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<List<String>> out = new ArrayList<>();
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : wb.getFirstSheet().read()) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < 12; c++) {
					cells.add(row.getCellCount() > c && row.getCell(c) != null ? row.getCellText(c) : "");
				}
				out.add(cells);
			}
		}
		return out;
	}

	@Test
	void theListOfAUnitReadBack() throws Exception {
		TrainingFixture.Tree t = fx.tree();
		long a1 = fx.person("Kiều Văn Danh", t.a().id());
		long a2 = fx.person("Kiều Văn Cũ", t.a().id());
		long b1 = fx.person("Kiều Thị Tây", t.b().id());
		Course c = fx.course("Trung cấp LLCT khóa 12", CourseKind.POLITICAL_THEORY_INTERMEDIATE, "TRUNG_CAP",
				t.a().id(), LocalDate.of(2025, 3, 3), LocalDate.of(2025, 11, 28));
		Course old = fx.course("Tin học khóa cũ", CourseKind.IT, null, t.a().id(), LocalDate.of(2024, 12, 31),
				LocalDate.of(2025, 2, 1));
		List<Long> e = fx.send(c.id(), a1, b1);
		fx.send(old.id(), a2);
		courses.record(c.id(), List.of(new ResultEntry(e.get(0), CourseResult.COMPLETED, null, "LL-77",
				LocalDate.of(2025, 12, 5), "Giỏi", null)), Scope.all());

		List<List<String>> inA = read(get("/api/v1/training/list.xlsx").param("unitId", String.valueOf(t.a().id()))
			.param("from", "2025-01-01")
			.param("to", "2025-12-31"), TestUsers.officer(t.a().id()));
		assertThat(inA.get(0)).containsExactly("Họ và tên", "Đơn vị (ngày bắt đầu khóa học)", "Khóa học",
				"Loại khóa học", "Từ ngày", "Đến ngày", "Cơ sở đào tạo", "Quyết định cử đi học", "Kết quả",
				"Ngày kết quả", "Số chứng chỉ, văn bằng", "Ngày cấp");
		assertThat(inA).hasSize(2);
		List<String> row = inA.get(1);
		assertThat(row.get(0)).isEqualTo("Kiều Văn Danh");
		assertThat(row.get(1)).isEqualTo(t.a().name());
		assertThat(row.get(2)).isEqualTo("Trung cấp LLCT khóa 12");
		assertThat(row.get(3)).isEqualTo(CourseKind.POLITICAL_THEORY_INTERMEDIATE.label());
		assertThat(row.get(6)).isEqualTo("Trường Chính trị tỉnh");
		assertThat(row.get(7)).endsWith("/QĐ-TU (02/01/2024)");
		assertThat(row.get(8)).isEqualTo(CourseResult.COMPLETED.label());
		assertThat(row.get(10)).isEqualTo("LL-77");
		assertThat(row.get(4)).isNotBlank();

		// the province: both communes; the course of 2024 is outside the period
		List<List<String>> province = read(
				get("/api/v1/training/list.xlsx").param("unitId", String.valueOf(t.province().id()))
					.param("from", "2025-01-01")
					.param("to", "2025-12-31"),
				TestUsers.admin());
		assertThat(province.stream().skip(1).map(r -> r.get(0))).containsExactly("Kiều Thị Tây", "Kiều Văn Danh");
		List<List<String>> from2024 = read(
				get("/api/v1/training/list.xlsx").param("unitId", String.valueOf(t.province().id()))
					.param("from", "2024-12-31")
					.param("to", "2024-12-31"),
				TestUsers.admin());
		assertThat(from2024.stream().skip(1).map(r -> r.get(0))).containsExactly("Kiều Văn Cũ");

		// the page link: the year, the caller's scope
		List<List<String>> page = read(get("/training/list.xlsx").param("year", "2025"), TestUsers.officer(t.b().id()));
		assertThat(page.stream().skip(1).map(r -> r.get(0))).containsExactly("Kiều Thị Tây");

		mvc.perform(get("/api/v1/training/list.xlsx").param("unitId", String.valueOf(t.b().id()))
			.param("from", "2025-01-01")
			.param("to", "2025-12-31")
			.with(TestUsers.officer(t.a().id()))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/training/list.xlsx").param("unitId", String.valueOf(t.a().id()))
			.param("from", "2025-12-31")
			.param("to", "2025-01-01")
			.with(TestUsers.officer(t.a().id()))).andExpect(status().is4xxClientError());
	}

}

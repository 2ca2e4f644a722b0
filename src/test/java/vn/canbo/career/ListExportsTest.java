package vn.canbo.career;

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
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.security.Role;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.Scope;

/**
 * Lists without an export of their own (decisions, alerts, a unit's subtree, a catalog)
 * export to .xlsx, in scope.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ListExportsTest {

	@Autowired
	CareerFixture fx;

	@Autowired
	DecisionService decisions;

	@Autowired
	MockMvc mvc;

	@Test
	void decisionsAlertsUnitsAndCatalogsExportWithinTheScope() throws Exception {
		CareerFixture.Tree t = fx.tree();
		long p = fx.person("Vương Thị Xuất", t.a().id());
		Decision d = decisions.create(CareerFixture.draft(DecisionType.TRANSFER, LocalDate.of(2026, 3, 1),
				DecisionSubject.post(p, t.a().id(), "CHUYEN_VIEN", "Chuyên viên văn phòng")), Scope.all());
		RequestPostProcessor officerA = TestUsers.officer(t.a().id());
		RequestPostProcessor officerB = TestUsers.officer(t.b().id());

		List<List<String>> mine = rows(mvc.perform(get("/career/decisions/export.xlsx").with(officerA))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(mine.get(0)).startsWith("Số quyết định", "Loại", "Ngày ký");
		assertThat(mine).anySatisfy(r -> assertThat(r).contains(d.number(), "điều động", "Vương Thị Xuất"));
		List<List<String>> theirs = rows(mvc.perform(get("/career/decisions/export.xlsx").with(officerB))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(theirs).noneSatisfy(r -> assertThat(r).contains(d.number()));

		assertThat(rows(mvc.perform(get("/career/alerts/export.xlsx").with(officerA))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray()).get(0)).startsWith("Loại cảnh báo", "Họ và tên");

		List<List<String>> tree = rows(
				mvc.perform(get("/units/{id}/tree.xlsx", t.province().id()).with(TestUsers.officer(t.province().id())))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsByteArray());
		assertThat(tree).hasSize(4); // header, the province, its two communes
		assertThat(tree).anySatisfy(r -> assertThat(String.join("|", r)).contains(t.a().name(), "1"));
		mvc.perform(get("/units/{id}/tree.xlsx", t.b().id()).with(officerA)).andExpect(status().isNotFound());
		mvc.perform(get("/units/{id}/tree.xlsx", t.a().id()).with(TestUsers.as(Role.CLERK, t.a().id())))
			.andExpect(status().isForbidden());

		List<List<String>> ethnicities = rows(mvc.perform(get("/catalogs/ETHNICITY/export.xlsx").with(officerA))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(ethnicities).hasSize(55).anySatisfy(r -> assertThat(r).startsWith("01", "Kinh"));
		mvc.perform(get("/catalogs/NO_SUCH_LIST/export.xlsx").with(officerA)).andExpect(status().isNotFound());
	}

	static List<List<String>> rows(byte[] xlsx) throws Exception {
		List<List<String>> out = new ArrayList<>();
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row r : wb.getFirstSheet().read()) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < r.getCellCount(); c++) {
					org.dhatim.fastexcel.reader.Cell cell = r.getCell(c);
					cells.add(cell == null || cell.getValue() == null ? ""
							: cell.getType() == org.dhatim.fastexcel.reader.CellType.NUMBER
									? cell.asNumber().stripTrailingZeros().toPlainString() : cell.getText());
				}
				out.add(cells);
			}
		}
		return out;
	}

}

package vn.canbo.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import vn.canbo.org.UnitService;
import vn.canbo.people.PersonService;
import vn.canbo.security.Role;
import vn.canbo.security.TestUsers;

/** Pages, exports and drill-downs over the known dataset, with scope enforcement. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportWebTest {

	static final String DATE = "date=2026-06-30";

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	@Autowired
	PersonService people;

	KnownDataset data;

	@BeforeAll
	void dataset() {
		data = new KnownDataset(units, people);
	}

	private String root() {
		return "root=" + data.province.id();
	}

	@Test
	void pivotPageShowsTableChartAndDrillDownLinks() throws Exception {
		String html = mvc
			.perform(get("/reports/pivot?" + root() + "&" + DATE + "&rows=SUBUNIT&cols=GENDER&chart=pyramid")
				.with(TestUsers.admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains(data.communeA.name(), data.communeB.name(), "42,86%", "data-chart",
				"/reports/persons?");
		assertThat(html).contains("rd=SUBUNIT&amp;rv=" + data.communeA.id());
		assertThat(html).contains("-4"); // pyramid: 4 men of commune A drawn negative
		assertThat(html).contains("/reports/pivot/xlsx?", "/reports/pivot/pdf?");
	}

	@Test
	void standardPageShowsTheLayoutWithItsExportsForTheSameQuery() throws Exception {
		String html = mvc.perform(get("/reports/standard/NOI_VU_SLCL?" + root() + "&" + DATE).with(TestUsers.admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Báo cáo số lượng, chất lượng", "Dân tộc thiểu số", data.communeA.name(),
				"30/06/2026");
		assertThat(html).contains("/reports/standard/NOI_VU_SLCL/xlsx?" + root(),
				"/reports/standard/NOI_VU_SLCL/pdf?" + root());
	}

	@Test
	void officerSeesOnlyTheirScope() throws Exception {
		String html = mvc
			.perform(get("/reports/pivot?" + DATE + "&rows=UNIT&cols=GENDER")
				.with(TestUsers.officer(data.communeA.id())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains(data.ubndA.name()).doesNotContain(data.ubndB.name());
		// another subtree as root: 404, for the page, the exports and the drill-down
		mvc.perform(get("/reports/pivot?" + root() + "&" + DATE).with(TestUsers.officer(data.communeA.id())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/reports/pivot/xlsx?root=" + data.communeB.id() + "&" + DATE)
			.with(TestUsers.officer(data.communeA.id()))).andExpect(status().isNotFound());
		mvc.perform(get("/reports/standard/NOI_VU_SLCL/pdf?root=" + data.communeB.id() + "&" + DATE)
			.with(TestUsers.officer(data.communeA.id()))).andExpect(status().isNotFound());
		mvc.perform(get("/reports/persons?" + DATE + "&rd=UNIT&rv=" + data.ubndB.id())
			.with(TestUsers.officer(data.communeA.id()))).andExpect(status().isNotFound());
		String women = mvc
			.perform(get("/reports/persons?" + DATE + "&cd=GENDER&cv=FEMALE")
				.with(TestUsers.officer(data.communeA.id())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(women).contains("An Hai", "An Bốn", "An Bảy").doesNotContain("Bình Hai", "Bình Bốn");
		// the export of the officer's own scope counts only their 7 persons
		byte[] xlsx = mvc
			.perform(get("/reports/pivot/xlsx?" + DATE + "&rows=UNIT&cols=GENDER")
				.with(TestUsers.officer(data.communeA.id())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Row total = totalRow(xlsx);
		assertThat(total.getCell(1).asNumber()).isEqualByComparingTo("7");
	}

	@Test
	void rolesAreChecked() throws Exception {
		mvc.perform(get("/reports/pivot").with(TestUsers.as(Role.CLERK, data.communeA.id())))
			.andExpect(status().isForbidden());
		mvc.perform(post("/reports/populations").param("name", "Thử")
			.with(csrf())
			.with(TestUsers.as(Role.LEADER, data.province.id()))).andExpect(status().isForbidden());
	}

	@Test
	void standardReportXlsxHasNumbersAndPercentFormats() throws Exception {
		byte[] xlsx = mvc
			.perform(get("/reports/standard/NOI_VU_SLCL/xlsx?" + root() + "&" + DATE).with(TestUsers.admin()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", ReportPageControllerAccess.XLSX))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Row total = totalRow(xlsx);
		assertThat(total.getCell(1).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
		assertThat(total.getCell(1).asNumber()).isEqualByComparingTo("12");
		// columns: label, [Tổng số count, %], [Nữ count, %] … (a layout brings its own
		// total column: no second one)
		Cell women = total.getCell(3);
		Cell womenPct = total.getCell(4);
		assertThat(women.asNumber()).isEqualByComparingTo("5");
		assertThat(womenPct.asNumber()).isEqualByComparingTo(new BigDecimal("0.4167"));
		assertThat(womenPct.getDataFormatString()).isEqualTo("0.00%");
	}

	@Test
	void standardReportPdfHasTheFiguresAndEmbeddedFonts() throws Exception {
		byte[] pdf = mvc
			.perform(get("/reports/standard/DANG_THONG_KE/pdf?" + root() + "&" + DATE).with(TestUsers.admin()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
			assertThat(text).contains("THỐNG KÊ CHẤT LƯỢNG ĐỘI NGŨ", "Tuổi bình quân", "Lý luận chính trị",
					"Dân tộc thiểu số", data.communeA.name(), "41,1", "41,67%", "42,86%");
			List<PDFont> fonts = new ArrayList<>();
			for (PDPage page : doc.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					fonts.add(page.getResources().getFont(name));
				}
			}
			assertThat(fonts).isNotEmpty().allSatisfy(f -> {
				assertThat(f.isEmbedded()).isTrue();
				assertThat(f.getName()).contains("NotoSans");
			});
		}
	}

	@Test
	void dashboardShowsTheScopeFigures() throws Exception {
		String html = mvc.perform(get("/?" + DATE).with(TestUsers.officer(data.communeA.id())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("key-figures", "career-alerts", "42,86%"); // 3 women of
																				// 7
		String clerk = mvc.perform(get("/").with(TestUsers.as(Role.CLERK, data.communeA.id())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(clerk).doesNotContain("key-figures");
	}

	@Test
	void populationsAreEditedAsData() throws Exception {
		String location = mvc
			.perform(post("/reports/populations").with(csrf())
				.with(TestUsers.admin())
				.param("name", "Ban Chấp hành các xã (web)")
				.param("rootUnitId", String.valueOf(data.province.id()))
				.param("unitTypeCode", "DANG_UY_XA")
				.param("titleGroups", "CAP_UY")
				.param("asOf", "2026-06-30")
				.param("where", "GENDER:FEMALE"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/reports/pivot?pop=");
		String html = mvc.perform(get(location + "&rows=TOTAL&cols=GENDER").with(TestUsers.admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Ban Chấp hành các xã (web)").contains("100,00%");
		String invalid = mvc
			.perform(post("/reports/populations").with(csrf())
				.with(TestUsers.admin())
				.param("name", " ")
				.param("unitTypeCode", "KHONG_CO"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(invalid).contains("Tên đối tượng thống kê không được để trống",
				"Loại đơn vị không có trong danh mục");
	}

	@Test
	void restApiAnswersTablesFiguresAndProblemDetails() throws Exception {
		String json = mvc
			.perform(get("/api/v1/reports/pivot?" + root() + "&" + DATE + "&rows=GENDER&cols=PARTY")
				.with(TestUsers.admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json).contains("\"rowDim\":\"GENDER\"", "\"label\":\"Nữ\"");
		String figure = mvc
			.perform(get("/api/v1/reports/figures/PEOPLE_WOMEN?" + root() + "&" + DATE).with(TestUsers.admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(figure).contains("\"count\":5", "\"of\":12", "\"percent\":41.67");
		mvc.perform(get("/api/v1/reports/persons?" + DATE + "&rd=UNIT&rv=" + data.ubndB.id())
			.with(TestUsers.officer(data.communeA.id()))).andExpect(status().isNotFound());
		String bad = mvc
			.perform(post("/api/v1/reports/populations").with(csrf())
				.with(TestUsers.admin())
				.contentType("application/json")
				.content("{\"name\": \"\", \"unitTypeCode\": \"KHONG_CO\"}"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(bad).contains("unitTypeCode", "Loại đơn vị không có trong danh mục");
	}

	private static Row totalRow(byte[] xlsx) throws Exception {
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
				new ReadingOptions(true, false))) {
			List<Row> rows = wb.getFirstSheet().read();
			Optional<Row> total = rows.stream()
				.filter(r -> r.getCellCount() > 0 && r.getCell(0) != null && "Tổng số".equals(r.getCell(0).getText()))
				.reduce((a, b) -> b);
			return total.orElseThrow();
		}
	}

}

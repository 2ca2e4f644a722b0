package vn.canbo.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.TreeRow;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitView;
import vn.canbo.people.Gender;
import vn.canbo.people.NewPerson;
import vn.canbo.people.PersonCategory;
import vn.canbo.people.PersonService;
import vn.canbo.people.Position;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.Scope;

/**
 * Issue 20, point 11: report rows in the tree's administrative order (Tỉnh ủy, HĐND,
 * UBND, MTTQ, then the communes — not alphabetically), average ages with one decimal
 * everywhere (40,0 — 43,5 — 42,3), and the Excel export of a standard layout with the
 * screen's grouped two-row header (merged cells), "Tổng số" once and frozen panes.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportLayoutOrderTest {

	static final LocalDate D = LocalDate.of(2026, 6, 30);

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	@Autowired
	PersonService people;

	UnitView root;

	/**
	 * Created in alphabetical order (hđnd, tinh uy, ubnd, uy ban mttq, xa): not the
	 * tree's.
	 */
	final List<UnitView> children = new ArrayList<>();

	@BeforeAll
	void data() {
		String k = UUID.randomUUID().toString().substring(0, 8);
		LocalDate founded = LocalDate.of(2000, 1, 1);
		root = units.create(new UnitService.NewUnit("RO-" + k, "Tỉnh Thứ Tự " + k, null, "DIA_BAN", AdminLevel.PROVINCE,
				null, founded));
		UnitView council = child("RO-HD-" + k, "HĐND tỉnh Thứ Tự " + k, "HDND", AdminLevel.PROVINCE);
		UnitView party = child("RO-TU-" + k, "Tỉnh ủy Thứ Tự " + k, "TINH_UY", AdminLevel.PROVINCE);
		UnitView committee = child("RO-UB-" + k, "UBND tỉnh Thứ Tự " + k, "UBND", AdminLevel.PROVINCE);
		UnitView front = child("RO-MT-" + k, "Ủy ban MTTQ tỉnh Thứ Tự " + k, "MTTQ", AdminLevel.PROVINCE);
		UnitView commune = child("RO-XA-" + k, "Xã An Thứ Tự " + k, "DIA_BAN", AdminLevel.COMMUNE);
		// ages on D: Tỉnh ủy 40 (→ 40,0); HĐND 43, 44 (→ 43,5); UBND 41, 42, 44 (→ 42,3)
		person(party, "Tự Một", "1986-03-17");
		person(council, "Tự Hai", "1983-02-11");
		person(council, "Tự Ba", "1982-04-23");
		person(committee, "Tự Bốn", "1985-01-19");
		person(committee, "Tự Năm", "1984-05-27");
		person(committee, "Tự Sáu", "1982-03-09");
		person(front, "Tự Bảy", "1990-02-13");
		person(commune, "Tự Tám", "1995-04-03");
	}

	private UnitView child(String code, String name, String type, AdminLevel level) {
		UnitView u = units
			.create(new UnitService.NewUnit(code, name, null, type, level, root.id(), LocalDate.of(2000, 1, 1)));
		children.add(u);
		return u;
	}

	private void person(UnitView unit, String name, String birth) {
		people.create(new NewPerson(
				KnownDataset.data(name, Gender.MALE, birth, "01", "00", null, null, PersonCategory.CIVIL_SERVANT),
				Position.main(unit.id(), "CHUYEN_VIEN", "Chuyên viên", LocalDate.of(2020, 1, 1)), null, List.of()),
				Scope.all());
	}

	private String query() {
		return "root=" + root.id() + "&date=2026-06-30";
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path).with(TestUsers.admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The names of the units in the order the text shows them. */
	private List<String> orderIn(String text) {
		return children.stream()
			.filter(u -> text.contains(u.name()))
			.sorted(java.util.Comparator.comparingInt(u -> text.indexOf(u.name())))
			.map(UnitView::name)
			.toList();
	}

	@Test
	void theTreeAndTheReportRowsAreInAdministrativeOrder() throws Exception {
		List<String> tree = units.subtree(root.id(), D, 1)
			.stream()
			.skip(1)
			.map(TreeRow::unit)
			.map(UnitView::name)
			.toList();
		List<String> expected = List.of(children.get(1).name(), children.get(0).name(), children.get(2).name(),
				children.get(3).name(), children.get(4).name());
		assertThat(tree).containsExactlyElementsOf(expected);
		assertThat(units.children(root.id(), D).stream().map(UnitView::name).toList())
			.containsExactlyElementsOf(expected);
		assertThat(orderIn(page("/reports/pivot?" + query() + "&rows=SUBUNIT&cols=GENDER")))
			.containsExactlyElementsOf(expected);
		assertThat(orderIn(page("/reports/standard/NOI_VU_SLCL?" + query()))).containsExactlyElementsOf(expected);
		try (XSSFWorkbook wb = xlsx("/reports/standard/NOI_VU_SLCL/xlsx?" + query())) {
			StringBuilder firstColumn = new StringBuilder();
			wb.getSheetAt(0).forEach(r -> firstColumn.append(text(r.getCell(0))).append('\n'));
			assertThat(orderIn(firstColumn.toString())).containsExactlyElementsOf(expected);
		}
	}

	@Test
	void averageAgesHaveOneDecimalOnScreenAndInExcel() throws Exception {
		String html = page("/reports/standard/DANG_THONG_KE?" + query()).replaceAll("\\s+", "");
		assertThat(html).contains(">40,0<", ">43,5<", ">42,3<", ">40,1<").doesNotContain(">40<", ">42,33<");
		// the dashboard's average age of the same eight persons: 321 / 8 = 40,125 → 40,1
		String dashboard = mvc.perform(get("/?date=2026-06-30").with(TestUsers.officer(root.id())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("\\s+", "");
		assertThat(dashboard).contains(">40,1<").doesNotContain(">40,13<");
		try (XSSFWorkbook wb = xlsx("/reports/standard/DANG_THONG_KE/xlsx?" + query())) {
			Sheet s = wb.getSheetAt(0);
			List<String> formats = new ArrayList<>();
			for (Row r : s) {
				for (Cell c : r) {
					if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
							&& c.getNumericCellValue() == 42.3) {
						formats.add(c.getCellStyle().getDataFormatString());
					}
				}
			}
			assertThat(formats).containsExactly("0.0");
		}
	}

	@Test
	void theStandardExcelHasTheGroupedHeaderTotalOnceAndFrozenPanes() throws Exception {
		try (XSSFWorkbook wb = xlsx("/reports/standard/NOI_VU_SLCL/xlsx?" + query())) {
			Sheet s = wb.getSheetAt(0);
			// header rows 4 and 5 (indexes 3, 4): the group "Trong đó" spans Nữ … Đảng
			// viên
			CellRangeAddress group = region(s, "Trong đó");
			assertThat(group.getFirstRow()).isEqualTo(3);
			assertThat(group.getLastRow()).isEqualTo(3);
			assertThat(group.getNumberOfCells()).isEqualTo(8); // 4 columns × (count, %)
			assertThat(text(s.getRow(4).getCell(group.getFirstColumn()))).isEqualTo("Nữ");
			// the row dimension and ungrouped "Tổng số" span both header rows
			assertThat(region(s, "Tổng số").getLastRow()).isEqualTo(4);
			assertThat(s.getMergedRegions()).anySatisfy(r -> assertThat(r.formatAsString()).isEqualTo("A4:A5"));
			long totals = 0;
			for (int r = 3; r <= 4; r++) {
				for (Cell c : s.getRow(r)) {
					if ("Tổng số".equals(text(c))) {
						totals++;
					}
				}
			}
			assertThat(totals).isEqualTo(1);
			var pane = s.getPaneInformation();
			assertThat(pane).isNotNull();
			assertThat(pane.isFreezePane()).isTrue();
			assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 1);
			assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 5);
		}
	}

	private CellRangeAddress region(Sheet s, String text) {
		return s.getMergedRegions()
			.stream()
			.filter(r -> text.equals(text(s.getRow(r.getFirstRow()).getCell(r.getFirstColumn()))))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no merged header " + text + " in " + s.getMergedRegions()));
	}

	private static String text(Cell c) {
		return c == null || c.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING ? ""
				: c.getStringCellValue();
	}

	private XSSFWorkbook xlsx(String path) throws Exception {
		byte[] bytes = mvc.perform(get(path).with(TestUsers.admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return new XSSFWorkbook(new ByteArrayInputStream(bytes));
	}

}

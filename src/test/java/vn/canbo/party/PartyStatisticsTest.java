package vn.canbo.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * The party statistics form on PostgreSQL: counts over exactly the organisation's subtree
 * (commune B's members never in commune A's form), as of a day (a member admitted after
 * it, or deceased before it, not counted), the age bands at their boundaries (30 and 31
 * full years on the day), sex, ethnicity, religion, education, political theory, the era
 * of admission and the movements of the period (its first and last day in, the day after
 * out); scope (404); the page, the .xlsx read back and the PDF's text through MockMvc.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PartyStatisticsTest {

	static final LocalDate ON = LocalDate.of(2026, 6, 30);

	@Autowired
	PartyFixture fx;

	@Autowired
	PartyStatistics statistics;

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	PartyMember member(String name, String gender, LocalDate born, String ethnicity, String religion, String edu,
			String theory, long org, LocalDate decided, LocalDate official) {
		return fx.members.create(new PartyMember.Input(null, null, name, null, gender, born, null, null, null,
				ethnicity, religion, null, null, edu, null, theory, org, decided, decided, official, null, null),
				Scope.all());
	}

	static Map<String, Long> lines(PartyStatistics.Form f) {
		Map<String, Long> out = new LinkedHashMap<>();
		f.sections().forEach(s -> s.lines().forEach(l -> out.put(s.code() + "." + l.code(), l.count())));
		return out;
	}

	record Setup(PartyFixture.Tree t, PartyOrg enterprise) {
	}

	Setup setup() {
		PartyFixture.Tree t = fx.tree();
		PartyOrg grass = fx.org("G-" + t.cellA().code(), "Đảng bộ Công ty " + t.cellA().code(), OrgLevel.GRASSROOTS,
				PlaceKind.ENTERPRISE, t.communeA().id(), t.a().id());
		PartyOrg cell = fx.org("GC-" + t.cellA().code(), "Chi bộ Phân xưởng " + t.cellA().code(), OrgLevel.CELL,
				PlaceKind.ENTERPRISE, grass.id(), t.a().id());
		// 30 full years on 30/6/2026 (born 30/6/1996... born 1/7/1995 is still 30)
		member("Nguyễn Văn Ba Mươi", "MALE", LocalDate.of(1995, 7, 1), "01", "00", "THPT", "SO_CAP", t.cellA().id(),
				LocalDate.of(2020, 3, 2), LocalDate.of(2021, 3, 20));
		// 31 full years on the day (born 30/6/1995)
		member("Trần Thị Ba Mốt", "FEMALE", LocalDate.of(1995, 6, 30), "02", "01", "THCS", null, cell.id(),
				LocalDate.of(2026, 1, 1), null);
		// over 60, admitted in 1970 (era 21/7/1954–30/4/1975), Catholic, Tày
		PartyMember old = member("Lê Văn Lão Thành", "MALE", LocalDate.of(1950, 1, 1), "02", "02", "THPT", "CAO_CAP",
				cell.id(), LocalDate.of(2001, 5, 2), LocalDate.of(2002, 5, 2));
		// admitted in 1970, before the organisations of the fixture were founded: from
		// the papers
		jdbc.sql("update party_member set admission_decided_on = date '1970-05-01' where id = ?")
			.param(old.id())
			.update();
		// admitted on the day after: not yet counted
		member("Phạm Văn Sau", "MALE", LocalDate.of(1990, 1, 1), "01", null, "THPT", null, t.cellA().id(),
				LocalDate.of(2026, 7, 1), null);
		// deceased before the day: off the rolls, counted as a movement of the period
		PartyMember gone = member("Đỗ Văn Mất", "MALE", LocalDate.of(1960, 2, 2), "01", null, "THPT", null,
				t.cellA().id(), LocalDate.of(2000, 1, 3), LocalDate.of(2001, 1, 3));
		fx.members.changeStatus(gone.id(),
				new PartyMember.StatusChange(MemberStatus.DECEASED, LocalDate.of(2026, 6, 30), null, null, "Từ trần"),
				Scope.all());
		// commune B: never in commune A's form
		member("Vũ Thị Bên Kia", "FEMALE", LocalDate.of(1980, 1, 1), "01", null, "THPT", null, t.cellB().id(),
				LocalDate.of(2026, 2, 2), null);
		return new Setup(t, cell);
	}

	@Test
	void countsExactlyTheSubtreeAsOfTheDay() {
		Setup s = setup();
		PartyStatistics.Form f = statistics.form(s.t().communeA().id(), Scope.of(s.t().a().id()), ON,
				LocalDate.of(2026, 1, 1), ON);
		assertThat(f.total()).isEqualTo(3);
		Map<String, Long> l = lines(f);
		assertThat(l).containsEntry("status.PROBATIONARY", 1L)
			.containsEntry("status.OFFICIAL", 2L)
			.containsEntry("gender.MALE", 2L)
			.containsEntry("gender.FEMALE", 1L)
			.containsEntry("age.0", 1L) // 18–30
			.containsEntry("age.1", 1L) // 31–35
			.containsEntry("age.7", 1L) // over 60
			.containsEntry("ethnicity.MAJORITY", 1L)
			.containsEntry("ethnicity.MINORITY", 2L)
			.containsEntry("religion.BELIEVER", 2L)
			.containsEntry("education.THPT", 2L)
			.containsEntry("education.THCS", 1L)
			.containsEntry("theory.SO_CAP", 1L)
			.containsEntry("theory.CAO_CAP", 1L)
			.containsEntry("theory.", 1L)
			.containsEntry("era.2", 1L)
			.containsEntry("era.3", 2L)
			.containsEntry("movements.ADMITTED", 1L)
			.containsEntry("movements.DECEASED", 1L)
			.containsEntry("movements.RECOGNISED", 0L);
		assertThat(f.sections().get(2).lines().get(0).label()).isEqualTo("Từ 18 đến 30 tuổi");
		assertThat(f.sections().get(2).lines().get(7).label()).isEqualTo("Trên 60 tuổi");
		assertThat(f.sections().get(1).lines().get(1).percent()).isEqualByComparingTo("33.33");
		// the average age of 30, 31 and 76: 45,7
		assertThat(f.averageAge()).isEqualByComparingTo("45.7");
		// the enterprise's subtree only: two members
		assertThat(statistics.form(s.enterprise().parentId(), Scope.all(), ON, null, null).total()).isEqualTo(2);
		// the province: commune B's member too; the period ending the day before the
		// death
		PartyStatistics.Form p = statistics.form(s.t().provinceOrg().id(), Scope.all(), ON, LocalDate.of(2026, 1, 2),
				LocalDate.of(2026, 6, 29));
		assertThat(p.total()).isEqualTo(4);
		assertThat(lines(p)).containsEntry("movements.ADMITTED", 1L).containsEntry("movements.DECEASED", 0L);
		// on 31/12/2025 the probationary 2026 members were not yet admitted; the deceased
		// was
		assertThat(statistics.form(s.t().communeA().id(), Scope.all(), LocalDate.of(2025, 12, 31), null, null).total())
			.isEqualTo(3);
	}

	@Test
	void scopeFirstAndBadPeriod() {
		Setup s = setup();
		assertThatThrownBy(() -> statistics.form(s.t().communeB().id(), Scope.of(s.t().a().id()), ON, null, null))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> statistics.form(s.t().communeA().id(), Scope.all(), ON, LocalDate.of(2026, 6, 1),
				LocalDate.of(2026, 5, 1)))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors().get(0).message()).contains("01/06/2026", "01/05/2026"));
	}

	@Test
	void thePageTheXlsxAndThePdf() throws Exception {
		Setup s = setup();
		long unit = s.t().a().id();
		String q = "?date=30/06/2026&from=01/01/2026&to=30/06/2026";
		MockHttpServletResponse page = mvc
			.perform(get("/party/orgs/" + s.t().communeA().id() + "/statistics" + q).with(TestUsers.officer(unit)))
			.andReturn()
			.getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		Document d = Jsoup.parse(page.getContentAsString(StandardCharsets.UTF_8));
		assertThat(d.text()).doesNotContain("??")
			.contains("Thống kê số lượng, chất lượng đảng viên", "Từ 18 đến 30 tuổi");
		assertThat(d.select("[data-total]").text()).isEqualTo("3");
		assertThat(d.select("[data-line='gender.FEMALE']").text()).contains("Nữ", "1", "33,33%");
		assertThat(d.select("a[href*=/api/v1]")).isEmpty();
		assertThat(d.select("[data-download-xlsx]").attr("href")).startsWith("/party/orgs/");
		// commune B's organisation: 404 for A's officer
		assertThat(mvc
			.perform(get("/party/orgs/" + s.t().communeB().id() + "/statistics.xlsx").with(TestUsers.officer(unit)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);

		byte[] xlsx = mvc
			.perform(get("/party/orgs/" + s.t().communeA().id() + "/statistics.xlsx" + q).with(TestUsers.officer(unit)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = wb.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(0)).isEqualTo("Thống kê số lượng, chất lượng đảng viên");
			Row total = rows.stream()
				.filter(r -> "Tổng số đảng viên".equals(r.getCellText(0)))
				.findFirst()
				.orElseThrow();
			assertThat(total.getCellAsNumber(1).orElseThrow()).isEqualByComparingTo("3");
			Row women = rows.stream().filter(r -> "  Nữ".equals(r.getCellText(0))).findFirst().orElseThrow();
			assertThat(women.getCellAsNumber(1).orElseThrow()).isEqualByComparingTo("1");
			assertThat(women.getCellAsNumber(2).orElseThrow()).isEqualByComparingTo("0.3333");
		}
		MockHttpServletResponse pdf = mvc
			.perform(get("/party/orgs/" + s.t().communeA().id() + "/statistics.pdf" + q).with(TestUsers.officer(unit)))
			.andReturn()
			.getResponse();
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		Path out = Path.of("target/party-statistics.pdf");
		Files.write(out, pdf.getContentAsByteArray());
		try (PDDocument doc = Loader.loadPDF(pdf.getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains("Thống kê số lượng, chất lượng đảng viên", "Tổng số đảng viên",
					"Từ 18 đến 30 tuổi", "33,33%", "Dân tộc thiểu số", "Trên 60 tuổi");
		}
	}

}

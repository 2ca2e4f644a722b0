package vn.canbo.targets;

import vn.canbo.reports.KnownDataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.canbo.org.UnitService;
import vn.canbo.people.PersonService;
import vn.canbo.reports.ParagraphTemplates;
import vn.canbo.reports.SummaryExports;
import vn.canbo.reports.SummaryReport;
import vn.canbo.reports.TableExports;
import vn.canbo.security.Role;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * The summary report on the known dataset (12 persons on 30/6/2026, 5 women) with a
 * programme's women target.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SummaryReportTest {

	static final LocalDate D = KnownDataset.D;
	static final LocalDate FROM = LocalDate.of(2026, 1, 1);
	static final String WOMEN_PHRASE = "5/12 đồng chí, đạt 41,67%, vượt 26,67% so với chỉ tiêu";

	@Autowired
	SummaryReport summaries;

	@Autowired
	SummaryExports exports;

	@Autowired
	TableExports tables;

	@Autowired
	ParagraphTemplates templates;

	@Autowired
	Programmes programmes;

	@Autowired
	UnitService units;

	@Autowired
	PersonService people;

	@Autowired
	MockMvc mvc;

	KnownDataset data;

	@BeforeAll
	void setUp() {
		data = new KnownDataset(units, people);
		String k = UUID.randomUUID().toString().substring(0, 8);
		Programme p = programmes.save(new Programme(null, "DA-" + k, "Đề án cán bộ nữ", "Tỉnh ủy", data.province.id(),
				FROM, LocalDate.of(2026, 12, 31), null, 0, null), Scope.all());
		programmes.saveIndicator(p.id(),
				new vn.canbo.targets.Indicator(null, "NU", "Tỷ lệ cán bộ nữ", Indicator.Kind.RATIO,
						Indicator.Direction.AT_LEAST, new BigDecimal("15"), "PEOPLE_WOMEN", null, null, null, false,
						null, null, null, 1),
				Scope.all());
	}

	SummaryReport.Summary build(Scope scope, long unit) {
		return summaries.build(scope, unit, FROM, D, D, null, "12", null);
	}

	String text(SummaryReport.Summary s) {
		return s.paragraphs().stream().map(SummaryReport.Paragraph::text).collect(Collectors.joining("\n"));
	}

	@Test
	void paragraphsCarryTheFiguresAndTheIndicatorSentences() {
		SummaryReport.Summary s = build(Scope.of(data.province.id()), data.province.id());
		String t = text(s);
		// the label is true of its number: 10 cadres, civil servants and public
		// employees;
		// the non-specialised person and the contract worker are named apart
		assertThat(t).contains("Toàn tỉnh hiện có 10 cán bộ, công chức, viên chức, 1 người hoạt động không chuyên"
				+ " trách và 1 lao động hợp đồng, trong đó cấp xã 12 đồng chí.");
		// the report is dated with its own date, not today's
		assertThat(s.header().signedOn()).isEqualTo(D);
		assertThat(t).contains("nữ 5 đồng chí (41,67%)");
		assertThat(t).contains("chưa có quyết định nhân sự nào");
		assertThat(t).contains("Tỷ lệ cán bộ nữ (DA-").contains(WOMEN_PHRASE);
		assertThat(s.table().total().total()).isEqualTo(12);
		// every figure of the paragraphs has a link
		s.paragraphs()
			.forEach(p -> p.segments()
				.stream()
				.filter(g -> g.text().matches("[0-9.,%]*[0-9][0-9.,%]*"))
				.forEach(g -> assertThat(g.link()).as(g.text()).isNotNull()));
		// a commune's report counts the commune only
		assertThat(text(build(Scope.of(data.communeA.id()), data.communeA.id())))
			.contains("hiện có 6 cán bộ, công chức, viên chức và 1 lao động hợp đồng, trong đó")
			.doesNotContain(WOMEN_PHRASE);
		assertThatThrownBy(() -> build(Scope.of(data.communeA.id()), data.province.id()))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void docxAndPdfReadBack() throws Exception {
		SummaryReport.Summary s = build(Scope.of(data.province.id()), data.province.id());
		byte[] docx = exports.docx(s);
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
			String t = ex.getText();
			assertThat(t).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO",
					"Số: 12", "hiện có 10 cán bộ", "nữ 5 đồng chí (41,67%)", WOMEN_PHRASE);
			XWPFParagraph body = doc.getParagraphs()
				.stream()
				.filter(p -> p.getText().contains("hiện có 10"))
				.findFirst()
				.orElseThrow();
			assertThat(body.getRuns().get(0).getFontFamily()).isEqualTo("Times New Roman");
			assertThat(body.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
			var mar = doc.getDocument().getBody().getSectPr().getPgMar();
			assertThat(((BigInteger) mar.getLeft()).intValue() / 56).isEqualTo(30);
			assertThat(((BigInteger) mar.getTop()).intValue() / 56).isEqualTo(20);
			assertThat(((BigInteger) mar.getRight()).intValue() / 56).isEqualTo(15);
			assertThat(doc.getTables()).hasSize(2);
			assertThat(doc.getTables().get(1).getText()).contains("12");
			assertThat(doc.getAllPictures()).hasSize(1);
		}
		byte[] pdf = exports.pdf(s, tables);
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			String t = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
			assertThat(t).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO", "hiện có 10 cán bộ", "41,67%",
					WOMEN_PHRASE);
		}
	}

	@Test
	void templatesAreEditableAndBrokenOnesRejected() {
		ParagraphTemplates.Template before = templates.get("HEADCOUNT");
		try {
			ParagraphTemplates.Template saved = templates.save("HEADCOUNT",
					"Tổng số: [(${total})] người, nữ [(${women.pct})].", before.version());
			assertThat(saved.version()).isEqualTo(before.version() + 1);
			assertThat(text(build(Scope.of(data.province.id()), data.province.id())))
				.contains("Tổng số: 12 người, nữ 41,67%.");
			assertThatThrownBy(() -> templates.save("HEADCOUNT", "Tổng số: [(${total.khongCo})]", saved.version()))
				.isInstanceOf(ValidationException.class)
				.satisfies(e -> assertThat(((ValidationException) e).errors().get(0).field()).isEqualTo("body"))
				.satisfies(e -> assertThat(((ValidationException) e).errors().get(0).message())
					.startsWith("Mẫu đoạn văn"));
			assertThatThrownBy(
					() -> templates.save("HEADCOUNT", "[# th:each=\"x : ${levels}\"] chưa đóng", saved.version()))
				.isInstanceOf(ValidationException.class);
			assertThatThrownBy(
					() -> templates.save("HEADCOUNT", "[(${T(java.lang.Runtime).getRuntime()})]", saved.version()))
				.isInstanceOf(ValidationException.class);
			assertThatThrownBy(
					() -> templates.save("HEADCOUNT", "[(${total.getClass().getClassLoader()})]", saved.version()))
				.isInstanceOf(ValidationException.class);
			assertThatThrownBy(() -> templates.save("HEADCOUNT", "[(${@environment})]", saved.version()))
				.isInstanceOf(ValidationException.class);
			assertThat(templates.get("HEADCOUNT").body()).startsWith("Tổng số: [(${total})] người");
		}
		finally {
			ParagraphTemplates.Template now = templates.get("HEADCOUNT");
			templates.save("HEADCOUNT", before.body(), now.version());
		}
	}

	@Test
	void previewLinksLeadToDrillDownsWithinTheScope() throws Exception {
		String q = "/reports/summary?unitId=" + data.province.id() + "&from=" + FROM + "&to=" + D + "&asOf=" + D;
		MvcResult r = mvc.perform(get(q).with(TestUsers.officer(data.province.id())))
			.andExpect(status().isOk())
			.andReturn();
		String html = r.getResponse().getContentAsString();
		assertThat(html).contains("BÁO CÁO").contains(WOMEN_PHRASE).contains("data:image/png;base64,");
		List<String> links = new ArrayList<>();
		Matcher m = Pattern.compile("<a class=\"figure\" href=\"([^\"]+)\">([^<]+)</a>").matcher(html);
		while (m.find()) {
			links.add(m.group(1).replace("&amp;", "&"));
		}
		assertThat(links).hasSizeGreaterThan(10);
		String women = links.stream()
			.filter(l -> l.contains("cd=GENDER") && l.startsWith("/reports/persons"))
			.findFirst()
			.orElseThrow();
		String list = mvc.perform(get(women).with(TestUsers.officer(data.province.id())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("An Hai", "Bình Bốn").doesNotContain("An Một");
		// the same link for an officer of another scope: not found
		mvc.perform(get(women).with(TestUsers.officer(data.communeA.id()))).andExpect(status().isNotFound());
		mvc.perform(get(q).with(TestUsers.officer(data.communeA.id()))).andExpect(status().isNotFound());
		// exports over HTTP
		mvc.perform(get(q.replace("/reports/summary?", "/reports/summary/docx?"))
			.with(TestUsers.officer(data.province.id()))).andExpect(status().isOk());
		mvc.perform(get(q.replace("/reports/summary?", "/reports/summary/pdf?"))
			.with(TestUsers.officer(data.province.id()))).andExpect(status().isOk());
		// templates page: administrators only; a broken template is shown back with the
		// message
		mvc.perform(get("/reports/summary/templates").with(TestUsers.officer(data.province.id())))
			.andExpect(status().isForbidden());
		mvc.perform(get("/reports/summary/templates").with(TestUsers.admin())).andExpect(status().isOk());
		String page = mvc
			.perform(post("/reports/summary/templates/QUALITY").param("body", "[(${nope.x.y})]")
				.param("version", "0")
				.with(csrf())
				.with(TestUsers.as(Role.ADMIN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Mẫu đoạn văn không hợp lệ");
	}

}

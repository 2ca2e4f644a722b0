package vn.canbo.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditFilter;
import vn.canbo.audit.AuditLog;
import vn.canbo.people.PersonView;
import vn.canbo.security.Role;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class CvDocumentsTest {

	static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

	@Autowired
	MockMvc mvc;

	@Autowired
	CvDocuments cvs;

	@Autowired
	DocumentsFixture fixture;

	@Autowired
	AuditLog audit;

	DocumentsFixture.Tree tree;

	PersonView person;

	@BeforeEach
	void data() {
		tree = fixture.tree();
		person = fixture.person(DocumentsFixture.NAME, DocumentsFixture.NATIONAL_ID, tree.communeA().id());
	}

	@Test
	void docxOf2cHasTheHeaderItemsAndTablesInFormOrder() throws Exception {
		byte[] bytes = cvs.cv2cDocx(person.id(), AS_OF, CvLayout.BNV_2008, Scope.all());
		String text = Read.docx(bytes);

		assertThat(text).contains("Mẫu 2C-BNV/2008", "SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC",
				"Cơ quan, đơn vị có thẩm quyền quản lý CBCC: " + tree.province().name(),
				"Cơ quan, đơn vị sử dụng CBCC: " + tree.communeA().name(), "Số hiệu cán bộ, công chức: SH-0427",
				"Ảnh màu", "1) Họ và tên khai sinh (viết chữ in hoa): NGUYỄN THỊ THU HẰNG",
				"3) Sinh ngày: 17/05/1980   Giới tính (nam, nữ): Nữ",
				"4) Nơi sinh: xã Ea Kao, thành phố Buôn Ma Thuột, tỉnh Đắk Lắk",
				"5) Quê quán: xã Nghĩa Kỳ, huyện Tư Nghĩa, tỉnh Quảng Ngãi",
				"6) Dân tộc: Kinh   7) Tôn giáo: Phật giáo",
				"12) Chức vụ (chức danh) hiện tại: Phó Trưởng phòng Tổ chức, " + tree.communeA().name(),
				// item 14: the salary valid at the date (step 6 since 09/2019), item 15
				// the qualifications valid then
				"14) Ngạch công chức (viên chức): Chuyên viên   Mã ngạch: 01.003",
				"Bậc lương: 6   Hệ số: 3,99   Ngày hưởng: 01/09/2019",
				"15.2- Trình độ chuyên môn cao nhất: Đại học, chuyên ngành Luật", "15.3- Lý luận chính trị: Trung cấp",
				"15.5- Ngoại ngữ: Tiếng Anh Trình độ B",
				"16) Ngày vào Đảng Cộng sản Việt Nam: 19/05/2008   Ngày chính thức: 19/05/2009",
				"21) Khen thưởng: Huân chương Lao động hạng Nhất, năm 2020",
				"25) Số chứng minh nhân dân (căn cước công dân): 066180001234", "26) Số sổ BHXH: 6612345678",
				"Có em gái định cư tại Cộng hòa Pháp",
				"32) NHẬN XÉT, ĐÁNH GIÁ CỦA CƠ QUAN, ĐƠN VỊ QUẢN LÝ VÀ SỬ DỤNG CÁN BỘ, CÔNG CHỨC", "Người khai",
				"Thủ trưởng cơ quan, đơn vị quản lý và sử dụng CBCC");
		// every item 1–32 present, in order
		int at = -1;
		for (int i = 1; i <= 32; i++) {
			int next = text.indexOf(i + ") ", Math.max(at, 0));
			assertThat(next).as("item %d after position %d", i, at).isGreaterThan(at);
			at = next;
		}
		// tables: 27 training, 28 work history + positions, 30 family (both sides), 31
		// salary progression
		assertThat(text).contains(
				"Trường Đại học Luật Hà Nội | Luật hành chính | 09/1998 - 06/2002 | Chính quy | Cử nhân Luật",
				"Trường Chính trị tỉnh Đắk Lắk | Lý luận chính trị | 03/2011 - 06/2012 | Tại chức, vừa làm vừa học | Trung cấp",
				"09/2003 - 02/2015 | Chuyên viên Phòng Nội vụ, UBND huyện Tư Nghĩa, tỉnh Quảng Ngãi",
				"03/2015 - nay | Phó Trưởng phòng Tổ chức, " + tree.communeA().name(), "Bố | Nguyễn Văn Đức | 1950 |",
				"Chồng | Trần Quốc Bảo | 1978 |", "Mẹ vợ (chồng) | Lê Thị Huệ | 1955 |",
				"Tháng/năm | 09/2004 | 09/2013 | 09/2019", "Mã ngạch/bậc | 01.003/1 | 01.003/4 | 01.003/6",
				"Hệ số lương | 2,34 | 3,33 | 3,99");
		assertThat(text.indexOf("Nguyễn Văn Đức")).isLessThan(text.indexOf("b) Về bên vợ (hoặc chồng)"));
		assertThat(text.indexOf("Lê Thị Huệ")).isGreaterThan(text.indexOf("b) Về bên vợ (hoặc chồng)"));

		// page setup of NĐ 30/2020: A4, margins 20/20/30/15 mm, Times New Roman 13 pt
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			var sect = doc.getDocument().getBody().getSectPr();
			assertThat(sect.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
			assertThat(sect.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1701));
			assertThat(sect.getPgMar().getRight()).isEqualTo(BigInteger.valueOf(850));
			assertThat(sect.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(1134));
			XWPFParagraph item = doc.getParagraphs()
				.stream()
				.filter(p -> p.getText().startsWith("9) Nơi ở hiện nay"))
				.findFirst()
				.orElseThrow();
			XWPFRun r = item.getRuns().get(0);
			assertThat(r.getFontFamily()).isEqualTo("Times New Roman");
			assertThat(r.getFontSizeAsDouble()).isEqualTo(13.0);
		}
	}

	@Test
	void asOfAnEarlierDatePrintsTheDossierAsItWasThen() throws Exception {
		String text = Read.docx(cvs.cv2cDocx(person.id(), LocalDate.of(2010, 1, 1), CvLayout.BNV_2008, Scope.all()));
		assertThat(text)
			.contains("Bậc lương: 1   Hệ số: 2,34   Ngày hưởng: 01/09/2004", "15.3- Lý luận chính trị:    15.4-")
			.doesNotContain("Phó Trưởng phòng Tổ chức", "09/2013", "Huân chương Lao động");
	}

	@Test
	void the38ItemLayoutHasItsOwnHeaderAndItems() throws Exception {
		String text = Read.docx(cvs.cv2cDocx(person.id(), AS_OF, CvLayout.TT06_2023, Scope.all()));
		assertThat(text).contains("SƠ YẾU LÝ LỊCH", "Mã số định danh: 066180001234-ĐD",
				"1) Họ và tên khai sinh (viết chữ in hoa): NGUYỄN THỊ THU HẰNG   Giới tính: Nữ",
				"5) Quê quán (xã/phường, tỉnh/thành phố): xã Nghĩa Giang, tỉnh Quảng Ngãi (trước đây: xã Nghĩa Kỳ, huyện Tư Nghĩa, tỉnh Quảng Ngãi)",
				"8) Số CCCD: 066180001234", "SĐT liên hệ: 0912345678", "9) Số BHXH: 6612345678",
				"32.2- Lý luận chính trị", "03/2011 - 06/2012 | Trường Chính trị tỉnh Đắk Lắk",
				"36.2- Về bên vợ (hoặc chồng)", "38) NHẬN XÉT, ĐÁNH GIÁ CỦA CƠ QUAN, TỔ CHỨC, ĐƠN VỊ SỬ DỤNG");
		int at = -1;
		for (int i = 1; i <= 38; i++) {
			int next = text.indexOf(i + ") ", Math.max(at, 0));
			assertThat(next).as("item %d", i).isGreaterThan(at);
			at = next;
		}
	}

	@Test
	void pdfHasTheSameContentWithEmbeddedFontsHavingEveryVietnameseGlyph() throws Exception {
		byte[] pdf = cvs.cv2cPdf(person.id(), AS_OF, CvLayout.BNV_2008, Scope.all());
		dump("cv-2c.pdf", pdf);
		dump("cv-2c.docx", cvs.cv2cDocx(person.id(), AS_OF, CvLayout.BNV_2008, Scope.all()));
		dump("cv-38.pdf", cvs.cv2cPdf(person.id(), AS_OF, CvLayout.TT06_2023, Scope.all()));
		String text = Read.squash(Read.pdf(pdf)); // lines wrap inside table cells:
													// compare without white space
		for (String s : List.of("SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC", "NGUYỄN THỊ THU HẰNG", "Sinh ngày: 17/05/1980",
				"Nơi sinh: xã Ea Kao, thành phố Buôn Ma Thuột, tỉnh Đắk Lắk",
				"Quê quán: xã Nghĩa Kỳ, huyện Tư Nghĩa, tỉnh Quảng Ngãi", "Trường Đại học Luật Hà Nội",
				"Chuyên viên Phòng Nội vụ", "Nguyễn Văn Đức", "Lê Thị Huệ", "01.003/6", "Người khai",
				DocumentsFixture.NAME)) {
			assertThat(text).contains(Read.squash(s));
		}
		for (int i = 1; i <= 32; i++) {
			assertThat(text).contains(i + ")");
		}

		List<org.apache.pdfbox.pdmodel.font.PDFont> fonts = Read.fonts(pdf);
		assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
		assertThat(fonts).allSatisfy(f -> assertThat(f.getName()).contains("NotoSerif"));

		List<Read.Drawn> drawn = Read.drawn(pdf);
		assertThat(drawn).hasSizeGreaterThan(2000);
		// every drawn character comes from an embedded font and maps to a real glyph (not
		// .notdef)
		assertThat(drawn).allSatisfy(d -> {
			assertThat(d.embedded()).as(d.unicode()).isTrue();
			assertThat(d.gid()).as("glyph of '%s' in %s", d.unicode(), d.font()).isGreaterThan(0);
		});
		// and the Vietnamese letters of the probe are among them
		String probe = "Nguyễn Thị Thu Hằng — Đắk Lắk — Quảng Ngãi";
		String drawnText = String.join("", drawn.stream().map(Read.Drawn::unicode).toList());
		for (int cp : probe.replace(" ", "").replace("—", "").codePoints().toArray()) {
			assertThat(Read.nfc(drawnText)).contains(Character.toString(cp));
		}
	}

	/**
	 * With DOCUMENTS_DUMP=1 the generated files are kept under target/documents-samples/
	 * to look at.
	 */
	static void dump(String name, byte[] bytes) throws java.io.IOException {
		if (System.getenv("DOCUMENTS_DUMP") != null) {
			java.nio.file.Path dir = java.nio.file.Path.of("target/documents-samples");
			java.nio.file.Files.createDirectories(dir);
			java.nio.file.Files.write(dir.resolve(name), bytes);
		}
	}

	@Test
	void everyCharacterOfTheProbeHasAGlyphInTheShippedFonts() throws Exception {
		String probe = "Nguyễn Thị Thu Hằng — Đắk Lắk — Quảng Ngãi ẮẰẲẴẶ ấầẩẫậ ếềểễệ ốồổỗộ ớờởỡợ ứừửữự ỳỵỷỹ đĐ ơƠ ưƯ";
		for (String file : List.of("NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf", "NotoSerif-Italic.ttf")) {
			try (var in = HtmlPdf.font(file)) {
				var ttf = new org.apache.fontbox.ttf.TTFParser()
					.parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(in));
				var cmap = ttf.getUnicodeCmapLookup();
				for (int cp : Read.nfc(probe).codePoints().toArray()) {
					assertThat(cmap.getGlyphId(cp)).as("%s has U+%04X '%s'", file, cp, Character.toString(cp))
						.isGreaterThan(0);
				}
				ttf.close();
			}
		}
		// and a PDF made of the probe text reads back identical
		String html = "<html><head><style>* { font-family: 'Noto Serif'; }</style></head><body><p>" + probe
				+ "</p><p><b>" + probe + "</b></p><p><i>" + probe + "</i></p></body></html>";
		String back = Read.pdf(HtmlPdf.render(html)).replaceAll("\\s+", " ").strip();
		assertThat(back).isEqualTo(probe + " " + probe + " " + probe);
	}

	@Test
	void outsideTheScopeIsNotFoundAndNothingIsGenerated() throws Exception {
		assertThatThrownBy(() -> cvs.cv2cDocx(person.id(), AS_OF, CvLayout.BNV_2008, Scope.of(tree.communeB().id())))
			.isInstanceOf(NotFoundException.class);
		mvc.perform(get("/documents/persons/{id}/cv.docx", person.id()).with(TestUsers.officer(tree.communeB().id())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/persons/{id}/cv.pdf", person.id()).with(TestUsers.officer(tree.communeB().id())))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("Không tìm thấy"));
		mvc.perform(post("/api/v1/documents/cv.zip").with(TestUsers.officer(tree.communeB().id()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"ids\":[" + person.id() + "]}"))
			.andExpect(status().isNotFound())
			.andExpect(header().doesNotExist("Content-Disposition"));
	}

	@Test
	void inScopeDownloadsAreWordAndPdfFilesAndAudited() throws Exception {
		byte[] docx = mvc
			.perform(get("/documents/persons/{id}/cv.docx", person.id()).param("asOf", "2025-06-30")
				.with(TestUsers.officer(tree.province().id())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", DocumentFormat.DOCX.mediaType()))
			.andExpect(
					header().string("Content-Disposition", org.hamcrest.Matchers.containsString("nguyen-thi-thu-hang")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(Read.docx(docx)).contains("NGUYỄN THỊ THU HẰNG", "6) Dân tộc: Kinh");
		byte[] pdf = mvc
			.perform(get("/api/v1/persons/{id}/cv.pdf", person.id()).param("layout", "TT06_2023")
				.with(TestUsers.officer(tree.communeA().id())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(Read.squash(Read.pdf(pdf))).contains("38)", "NGUYỄNTHỊTHUHẰNG");
		var events = audit
			.search(new AuditFilter(null, person.id(), "person", null, AuditAction.EXPORT, null, null), 0, 10)
			.items();
		assertThat(events).hasSizeGreaterThanOrEqualTo(2);
		assertThat(events.get(0).after()).contains("SYLL", "TT06_2023", "pdf");
		mvc.perform(get("/documents/persons/{id}/cv.docx", person.id()).param("layout", "2D").with(TestUsers.admin()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aClerkGetsSensitiveValuesMasked() throws Exception {
		for (String layout : List.of("BNV_2008", "TT06_2023")) {
			byte[] docx = mvc
				.perform(get("/documents/persons/{id}/cv.docx", person.id()).param("layout", layout)
					.param("asOf", "2025-06-30")
					.with(TestUsers.as(Role.CLERK, tree.communeA().id())))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			String text = Read.docx(docx);
			assertThat(text)
				.contains("NGUYỄN THỊ THU HẰNG", "Dân tộc: ******", "Tôn giáo: ******", "0*********34",
						"Nhóm máu: ******")
				.doesNotContain("066180001234 ", "Kinh", "Phật giáo", "158 cm", "em gái định cư");
		}
		byte[] pdf = mvc
			.perform(get("/documents/persons/{id}/cv.pdf", person.id())
				.with(TestUsers.as(Role.CLERK, tree.communeA().id())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(Read.pdf(pdf)).contains("******").doesNotContain("Phật giáo", "em gái định cư");
	}

	@Test
	void batchZipHasOneFilePerPerson() throws Exception {
		PersonView other = fixture.person("Đỗ Văn Đức", "066180009876", tree.communeB().id());
		byte[] zip = mvc
			.perform(post("/api/v1/documents/cv.zip").with(TestUsers.officer(tree.province().id()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"ids\":[" + person.id() + "," + other.id()
						+ "],\"asOf\":\"2025-06-30\",\"format\":\"pdf\"}"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/zip"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Map<String, byte[]> files = Read.zip(zip);
		assertThat(files).hasSize(2);
		assertThat(files.keySet()).anyMatch(n -> n.contains("nguyen-thi-thu-hang") && n.endsWith(".pdf"))
			.anyMatch(n -> n.contains("do-van-duc") && n.endsWith(".pdf"));
		for (byte[] f : files.values()) {
			assertThat(Read.pdf(f)).contains("SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC");
		}

		// the same through the page URL with the search parameters (everyone in commune B
		// found by name)
		byte[] byQuery = mvc
			.perform(get("/documents/cv.zip").param("q", "Đỗ Văn Đức")
				.param("unitId", String.valueOf(tree.communeB().id()))
				.with(TestUsers.officer(tree.province().id())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Map<String, byte[]> found = Read.zip(byQuery);
		assertThat(found).hasSize(1);
		assertThat(Read.docx(found.values().iterator().next())).contains("ĐỖ VĂN ĐỨC");

		// a person outside the caller's scope fails the whole batch, no zip
		mvc.perform(get("/documents/cv.zip").param("ids", person.id() + "," + other.id())
			.with(TestUsers.officer(tree.communeA().id())))
			.andExpect(status().isNotFound())
			.andExpect(header().doesNotExist("Content-Disposition"));
		// no ids, nothing found / bad ids
		assertThatThrownBy(() -> cvs.cvZip(List.of(), null, null, null, Scope.all(), new ByteArrayOutputStream()))
			.isInstanceOf(ValidationException.class);
		mvc.perform(get("/documents/cv.zip").param("ids", "1,abc").with(TestUsers.admin()))
			.andExpect(status().isBadRequest());
		// a clerk has no EXPORT permission
		mvc.perform(get("/documents/cv.zip").param("ids", String.valueOf(person.id()))
			.with(TestUsers.as(Role.CLERK, tree.communeA().id()))).andExpect(status().isForbidden());
	}

	@Test
	void optionsPageOffersBothLayoutsAndFormats() throws Exception {
		mvc.perform(get("/documents/persons/{id}", person.id()).with(TestUsers.officer(tree.communeA().id())))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("In 2C (DOCX)"),
						org.hamcrest.Matchers.containsString("In 2C (PDF)"),
						org.hamcrest.Matchers.containsString("TT06_2023"),
						org.hamcrest.Matchers.containsString(DocumentsFixture.NAME))));
		mvc.perform(get("/documents/persons/{id}", person.id()).with(TestUsers.officer(tree.communeB().id())))
			.andExpect(status().isNotFound());
	}

}

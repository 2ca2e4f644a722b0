package vn.canbo.career;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.documents.CvDocuments;
import vn.canbo.documents.CvLayout;
import vn.canbo.evaluation.Rating;
import vn.canbo.shared.Scope;
import vn.canbo.security.TestUsers;

/**
 * The person's final ratings on the dossier page (the people module's DossierPanel
 * extension point, contributed by the evaluation module): a final rating shown, a rating
 * not yet final not; in English with ?lang=en.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class RatingsOnDossierTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	CareerFixture fx;

	@Autowired
	RatingsFixture ratings;

	@Autowired
	CvDocuments cvs;

	/**
	 * Item 35.1 of the 38-item CV ("Xếp loại chuyên môn" by year) prints the final
	 * ratings; Mẫu 2C-BNV/2008 has no such item (its item 32 is the free remarks).
	 */
	@Test
	void finalRatingsArePrintedOnThe38ItemCv() throws Exception {
		CareerFixture.Tree t = fx.tree();
		long id = fx.person("Đoàn Văn Lý Lịch", t.a().id());
		ratings.year(t.province().id(), 2023, Map.of(id, Rating.COMPLETE), true);
		ratings.year(t.province().id(), 2024, Map.of(id, Rating.INCOMPLETE), true);
		ratings.year(t.province().id(), 2025, Map.of(id, Rating.GOOD), false);
		byte[] docx = cvs.cv2cDocx(id, LocalDate.of(2026, 6, 1), CvLayout.TT06_2023, Scope.all());
		String text;
		try (var doc = new XWPFDocument(new ByteArrayInputStream(docx)); var ex = new XWPFWordExtractor(doc)) {
			text = Normalizer.normalize(ex.getText(), Normalizer.Form.NFC);
		}
		assertThat(text).contains("2023\tHoàn thành nhiệm vụ")
			.contains("2024\tKhông hoàn thành nhiệm vụ")
			.doesNotContain("Hoàn thành tốt nhiệm vụ");
		// as of 2023 the 2024 rating is not printed
		byte[] before = cvs.cv2cDocx(id, LocalDate.of(2023, 12, 31), CvLayout.TT06_2023, Scope.all());
		try (var doc = new XWPFDocument(new ByteArrayInputStream(before)); var ex = new XWPFWordExtractor(doc)) {
			assertThat(ex.getText()).doesNotContain("Không hoàn thành nhiệm vụ");
		}
	}

	@Test
	void finalRatingsAreShownOnTheDossier() throws Exception {
		CareerFixture.Tree t = fx.tree();
		long id = fx.person("Đoàn Văn Hồ Sơ", t.a().id());
		ratings.year(t.province().id(), 2024, Map.of(id, Rating.INCOMPLETE), true);
		ratings.year(t.province().id(), 2025, Map.of(id, Rating.COMPLETE), false);
		mvc.perform(get("/persons/{id}", id).with(TestUsers.admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kết quả đánh giá, xếp loại chất lượng")))
			.andExpect(content().string(containsString("Không hoàn thành nhiệm vụ (KHTNV)")))
			.andExpect(content().string(not(containsString("(HTNV)"))));
		mvc.perform(get("/persons/{id}", id).param("lang", "en").with(TestUsers.admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Evaluation and classification results")));
		long other = fx.person("Đoàn Văn Trống", t.b().id());
		mvc.perform(get("/persons/{id}", other).with(TestUsers.admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chưa có kết quả đánh giá chính thức")));
	}

}

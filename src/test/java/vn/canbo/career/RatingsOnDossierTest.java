package vn.canbo.career;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.evaluation.Rating;
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

	@Test
	void finalRatingsAreShownOnTheDossier() throws Exception {
		CareerFixture.Tree t = fx.tree();
		long id = fx.person("Đoàn Văn Hồ Sơ", t.a().id());
		ratings.year(t.province().id(), 2024, Map.of(id, Rating.INCOMPLETE), true);
		ratings.year(t.province().id(), 2025, Map.of(id, Rating.EXCELLENT), false);
		mvc.perform(get("/persons/{id}", id).with(TestUsers.admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kết quả đánh giá, xếp loại chất lượng")))
			.andExpect(content().string(containsString("Không hoàn thành nhiệm vụ (KHTNV)")))
			.andExpect(content().string(not(containsString("(HTXSNV)"))));
		mvc.perform(get("/persons/{id}", id).param("lang", "en").with(TestUsers.admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Evaluation and classification results")));
		long other = fx.person("Đoàn Văn Trống", t.b().id());
		mvc.perform(get("/persons/{id}", other).with(TestUsers.admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chưa có kết quả đánh giá chính thức")));
	}

}

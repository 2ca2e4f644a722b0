package vn.canbo.reports.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.canbo.people.PersonCategory;
import vn.canbo.reports.Layout;
import vn.canbo.reports.Layouts;
import vn.canbo.shared.Messages;

/**
 * Issue 20, point 12: every text of the seeded standard layouts (name, column groups and
 * headers) and every person category has an English term, and Vietnamese pages keep the
 * stored text unchanged.
 */
@SpringBootTest
class ReportTermsTest {

	static final String VIETNAMESE = ".*[ăâđêôơưĂÂĐÊÔƠƯ\\u0300-\\u0323àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ].*";

	@Autowired
	Layouts layouts;

	@Test
	void theSeededLayoutsAndTheCategoriesHaveEnglishTerms() {
		List<String> texts = new ArrayList<>();
		for (String code : List.of("NOI_VU_SLCL", "DANG_THONG_KE", "XEP_LOAI_CHAT_LUONG")) {
			Layout l = layouts.find(code).orElseThrow();
			texts.add(l.name());
			for (Layout.Column c : l.columns()) {
				if (c.group() != null) {
					texts.add(c.group());
				}
				texts.add(c.header());
			}
		}
		for (PersonCategory c : PersonCategory.values()) {
			texts.add(c.label());
		}
		List<String> untranslated = texts.stream()
			.filter(t -> ReportTerms.of(t, Locale.ENGLISH).matches(VIETNAMESE))
			.distinct()
			.toList();
		assertThat(untranslated).isEmpty();
		assertThat(ReportTerms.of("Dân tộc thiểu số", Locale.ENGLISH)).isEqualTo("Ethnic minorities");
		// Vietnamese: the stored text, unchanged; an unknown text passes through in
		// English
		texts.forEach(t -> assertThat(ReportTerms.of(t, Messages.VIETNAMESE)).isEqualTo(t));
		assertThat(ReportTerms.of("Cột do quản trị thêm", Locale.ENGLISH)).isEqualTo("Cột do quản trị thêm");
	}

}

package vn.canbo.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.canbo.shared.ValidationException;

/**
 * Issue 14, point 6: any provider's figure in a paragraph template through
 * {@code fig['CODE']} — the only indexer the allow-list takes (a string literal on
 * {@code fig}), known codes only, computed only when named.
 */
@SpringBootTest
class TemplateFiguresTest {

	@Autowired
	ParagraphTemplates templates;

	@ParameterizedTest
	@ValueSource(strings = { "[(${fig['PEOPLE_WOMEN']})] ([(${fig['PEOPLE_WOMEN'].pct})])",
			"[(${fig['CAREER_SET:TRANSFER+APPOINTMENT']})] lượt",
			"[# th:if=\"${fig['CAREER_CONCURRENT_BI_THU_CHU_TICH_HDND'].total > 0}\"][(${fig['CAREER_CONCURRENT_BI_THU_CHU_TICH_HDND'].of})][/]",
			"[(${movementPhrase})] / [# th:each=\"m : ${movementGroups}\"][(${m.label})] [(${m})][/]" })
	void knownFiguresAreAccepted(String body) {
		assertThatCode(() -> templates.validate(body)).doesNotThrowAnyException();
	}

	@ParameterizedTest
	@ValueSource(strings = { "[(${total['PEOPLE_WOMEN']})]", "[(${fig[total]})]", "[(${fig['PEOPLE_WOMEN']['x']})]",
			"[(${fig['PEOPLE_'+'WOMEN']})]", "[(${fig['PEOPLE_WOMEN'].getClass()})]",
			"[(${fig['PEOPLE_WOMEN'].khongCo})]", "[(${levels['PEOPLE_WOMEN']})]", "[(${fig[\"PEOPLE_WOMEN\"]})]",
			"[(${fig['KHONG_CO']})]", "[(${fig['CAREER_SET:KHONG_CO']})]" })
	void anythingElseIsRefused(String body) {
		assertThatThrownBy(() -> templates.validate(body)).isInstanceOfSatisfying(ValidationException.class,
				e -> assertThat(e.errors().get(0).message()).startsWith("Mẫu đoạn văn"));
	}

	@Test
	void onlyTheNamedFiguresAreComputed() {
		AtomicInteger computed = new AtomicInteger();
		TemplateFigures fig = new TemplateFigures(code -> {
			computed.incrementAndGet();
			return new ParagraphTemplates.Fig(code, 7, 9L, null, null, null);
		});
		var out = templates.render("[(${fig['PEOPLE_WOMEN']})]/[(${fig['PEOPLE_WOMEN'].of})] và [(${fig['X']})]",
				java.util.Map.of("fig", fig));
		assertThat(out).singleElement()
			.satisfies(p -> assertThat(p.stream().map(ParagraphTemplates.Segment::text).reduce("", String::concat))
				.isEqualTo("7/9 và 7"));
		assertThat(computed).hasValue(2);
	}

}

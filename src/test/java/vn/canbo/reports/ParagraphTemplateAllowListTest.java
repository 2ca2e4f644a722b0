package vn.canbo.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.canbo.shared.ValidationException;

/**
 * Issue 12 (point 14): paragraph templates reach only the report's figures, through an
 * allow-list checked on save and before every render. The known SpEL and Thymeleaf
 * escapes are refused with a clear error; the built-in templates render as before.
 */
@SpringBootTest
class ParagraphTemplateAllowListTest {

	@Autowired
	ParagraphTemplates templates;

	@ParameterizedTest
	@ValueSource(strings = { "[(${T(java.lang.Runtime).getRuntime().exec('id')})]",
			"[(${T (java.lang.Runtime).getRuntime()})]", "[(${new java.lang.ProcessBuilder('id').start()})]",
			"[(${new String('x')})]", "[(${#this.getClass()})]", "[(${#root})]", "[(${#ctx})]", "[(${#vars})]",
			"[(${total['cla'+'ss']})]", "[(${total['class']})]", "[(${total.class})]",
			"[(${total.getClass().getClassLoader()})]", "[(${total.label.getClass()})]",
			"[(${total.label.toUpperCase()})]", "[(${@environment})]", "[(${@environment.getProperty('x')})]",
			"[(${&environment})]", "[(${khongCo})]", "[(${total.khongCo})]", "[(${total = 1})]",
			"[(${total.label matches '(a+)+b'})]", "[(${levels.?[count > 0]})]", "[(${levels.![label]})]",
			"[(${T(java.lang.System).getenv()})]", "[(${__${'T'}__(java.lang.Runtime)})]", "[(${total})] [(*{total})]",
			"[(#{reports.title})]", "[(@{/admin})]", "[(~{fragments/page})]", "[# th:text=\"${total}\"][/]",
			"[# th:each=\"x : ${levels}\" th:with=\"y=${T(java.lang.System)}\"][/]",
			"[# th:each=\"x : ${T(java.lang.System).getenv()}\"][(${x})][/]",
			"[# th:if=\"${levels.get(0) != null}\"]x[/]", "[[${total}]] [[${#strings.toString(total)}]]",
			"[(${total})] th:utext", "[(${levels.size() > 0 ? T(java.lang.Runtime) : 1})]", "[(${{'a', 'b'}})]" })
	void escapesAreRefusedWithAClearMessage(String body) {
		assertThatThrownBy(() -> templates.validate(body)).isInstanceOf(ValidationException.class)
			.satisfies(e -> assertThat(((ValidationException) e).errors().get(0).field()).isEqualTo("body"))
			.satisfies(e -> assertThat(((ValidationException) e).errors().get(0).message()).startsWith("Mẫu đoạn văn"));
	}

	@Test
	void theMessageNamesWhatIsRefused() {
		assertThatThrownBy(() -> templates.validate("Tổng: [(${total.class})]"))
			.hasMessageContaining("không được dùng: class");
		assertThatThrownBy(() -> templates.validate("[(${total['cla'+'ss']})]"))
			.hasMessageContaining("không được dùng: [(");
		assertThatThrownBy(() -> templates.validate("[(${T(java.lang.Runtime).getRuntime()})]"))
			.hasMessageContaining("T(java.lang.Runtime)");
	}

	@Test
	void aStoredBodyIsCheckedAgainBeforeEachRender() {
		assertThatThrownBy(
				() -> templates.render("[(${T(java.lang.Runtime).getRuntime()})]", ParagraphTemplates.sampleModel()))
			.isInstanceOf(ValidationException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Tổng số: [(${total})] người, nữ [(${women.pct})].", "[[${total.label}]] [(${total.of})]",
			"[# th:if=\"${total.count > 0 and not levels.isEmpty()}\"]có[/][# th:unless=\"${levels.empty}\"] x[/]",
			"[# th:each=\"l, s : ${levels}\"][(${l.labelLower})] [(${s.index + 1})]/[(${s.size})][# th:unless=\"${s.last}\"], [/][/]",
			"Văn bản thường có dấu ngoặc [1] và (2), 50% {không phải biểu thức}.",
			"[(${total.count >= 1 ? 'nhiều' : 'ít'})] [(${unitName ?: scopeName})] [(${'a' + 'b'})]" })
	void legitimateTemplatesAreAccepted(String body) {
		assertThatCode(() -> templates.validate(body)).doesNotThrowAnyException();
	}

	@Test
	void builtInTemplatesRenderAsBefore() {
		Map<String, String> out = templates.list()
			.stream()
			.collect(Collectors.toMap(ParagraphTemplates.Template::code, t -> text(t.body())));
		ParagraphTemplates.Fig w = new ParagraphTemplates.Fig("Nữ", 5, 12L, new BigDecimal("41.67"), null, null);
		assertThat(out)
			.containsEntry("HEADCOUNT",
					"Toàn thị xã hiện có 1 cán bộ, công chức, viên chức, 1 người hoạt động không chuyên trách"
							+ " và 1 lao động hợp đồng, trong đó mẫu 1 đồng chí, mẫu 1 đồng chí.")
			.containsEntry("MOVEMENTS", "Từ ngày 01/01/2026 đến ngày 30/06/2026, đã thực hiện mẫu 1 lượt.")
			.containsEntry("TARGETS", "Kết quả thực hiện các chỉ tiêu:\n- Chỉ tiêu: 1/2 đồng chí, đạt 50%.");
		assertThat(out.get("QUALITY")).startsWith("Về cơ cấu, chất lượng: nữ 1 đồng chí (50");
		Map<String, Object> model = new java.util.HashMap<>(ParagraphTemplates.sampleModel());
		model.put("women", w);
		assertThat(templates.render("nữ [(${women})] ([(${women.pct})]) trên [(${women.of})]", model).get(0))
			.extracting(ParagraphTemplates.Segment::text)
			.containsExactly("nữ ", "5", " (", "41,67%", ") trên ", "12");
	}

	/**
	 * Issue 14, point 7: a paragraph chooses the precision of a percentage, computed from
	 * the counts (5/12 = 41,666…%), trailing zeros not written.
	 */
	@Test
	void aParagraphChoosesThePrecisionOfAPercentage() {
		Map<String, Object> model = new java.util.HashMap<>(ParagraphTemplates.sampleModel());
		model.put("women", new ParagraphTemplates.Fig("Nữ", 5, 12L, new BigDecimal("41.67"), null, null));
		model.put("party", new ParagraphTemplates.Fig("Đảng viên", 21, 100L, new BigDecimal("21.00"), null, null));
		String body = "nữ chiếm [(${women.pct1})], [(${women.pct0})], [(${women.pct2})], [(${women.pct3})];"
				+ " đảng viên chiếm [(${party.pct1})]";
		assertThatCode(() -> templates.validate(body)).doesNotThrowAnyException();
		assertThat(templates.render(body, model).get(0)).extracting(ParagraphTemplates.Segment::text)
			.containsExactly("nữ chiếm ", "41,7%", ", ", "42%", ", ", "41,67%", ", ", "41,667%", "; đảng viên chiếm ",
					"21%");
		assertThatThrownBy(() -> templates.validate("[(${women.pct4})]")).isInstanceOf(ValidationException.class);
	}

	private String text(String body) {
		return templates.render(body, ParagraphTemplates.sampleModel())
			.stream()
			.map(p -> p.stream().map(ParagraphTemplates.Segment::text).collect(Collectors.joining()))
			.collect(Collectors.joining("\n"));
	}

}

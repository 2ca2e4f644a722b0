package vn.canbo.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.canbo.reports.FigureRequest;
import vn.canbo.reports.Figures;
import vn.canbo.reports.ParagraphTemplates;
import vn.canbo.reports.Population;
import vn.canbo.shared.Scope;

/**
 * Issue 16: the summary report's training sentences ("cử 749 lượt cán bộ đi đào tạo, bồi
 * dưỡng…", "700 cán bộ … đi đào tạo trung cấp lý luận chính trị - hành chính") printed by
 * a paragraph template from the records: lượt and persons by the course's start date, the
 * completed variants by the certificate date; the figures' labels say which date.
 */
@SpringBootTest
class TrainingSentencesTest {

	@Autowired
	TrainingFixture fx;

	@Autowired
	Courses courses;

	@Autowired
	Figures figures;

	@Autowired
	ParagraphTemplates templates;

	@Test
	void sentencesFromRecords() {
		TrainingFixture.Tree t = fx.tree();
		long a1 = fx.person("Đinh Văn Một", t.a().id());
		long a2 = fx.person("Đinh Văn Hai", t.a().id());
		long b1 = fx.person("Đinh Thị Ba", t.b().id());
		Course llct = fx.course("Trung cấp lý luận chính trị - hành chính", CourseKind.POLITICAL_THEORY_INTERMEDIATE,
				"TRUNG_CAP", t.a().id(), LocalDate.of(2025, 3, 3), LocalDate.of(2025, 11, 28));
		Course qpan = fx.course("Bồi dưỡng kiến thức QP-AN đối tượng 3", CourseKind.DEFENCE_SECURITY_3, null,
				t.a().id(), LocalDate.of(2025, 9, 8), LocalDate.of(2025, 9, 19));
		Course old = fx.course("Tin học năm trước", CourseKind.IT, null, t.a().id(), LocalDate.of(2024, 10, 1),
				LocalDate.of(2025, 1, 10));
		List<Long> e = fx.send(llct.id(), a1, a2, b1);
		fx.send(qpan.id(), a1, b1);
		List<Long> o = fx.send(old.id(), a2);
		courses.record(llct.id(), List.of(
				new ResultEntry(e.get(0), CourseResult.COMPLETED, null, "LL-1", LocalDate.of(2025, 12, 5), null, null),
				new ResultEntry(e.get(1), CourseResult.COMPLETED, null, "LL-2", LocalDate.of(2026, 1, 2), null, null)),
				Scope.all());
		courses.record(old.id(), List
			.of(new ResultEntry(o.get(0), CourseResult.COMPLETED, null, "TH-1", LocalDate.of(2025, 1, 10), null, null)),
				Scope.all());

		LocalDate from = LocalDate.of(2025, 1, 1), to = LocalDate.of(2025, 12, 31);
		Map<String, ParagraphTemplates.Fig> fig = new HashMap<>();
		for (String code : List.of("TRAINING_TURNS", "TRAINING_PERSONS", "TRAINING_TURNS_COMPLETED",
				"TRAINING_PERSONS_COMPLETED")) {
			fig.put(code, fig(code, t, from, to, Map.of()));
		}
		fig.put("LLCT",
				fig("TRAINING_PERSONS", t, from, to, Map.of("COURSE_KIND", List.of("POLITICAL_THEORY_INTERMEDIATE"))));
		List<List<ParagraphTemplates.Segment>> out = templates.render(
				"Năm 2025, cử [(${fig['TRAINING_TURNS']})] lượt cán bộ đi đào tạo, bồi dưỡng "
						+ "([(${fig['TRAINING_PERSONS']})] cán bộ); cử [(${fig['LLCT']})] cán bộ, đảng viên đi đào tạo "
						+ "trung cấp lý luận chính trị - hành chính; [(${fig['TRAINING_TURNS_COMPLETED']})] lượt "
						+ "([(${fig['TRAINING_PERSONS_COMPLETED']})] cán bộ) hoàn thành trong năm.",
				Map.of("fig", fig));
		String text = out.get(0).stream().map(ParagraphTemplates.Segment::text).reduce("", String::concat);
		// started in 2025: 3 + 2 lượt of 3 persons; LL-2 (2/1/2026) is not a 2025
		// completion,
		// the IT course of 2024 completed on 10/1/2025 is
		assertThat(text).isEqualTo("Năm 2025, cử 5 lượt cán bộ đi đào tạo, bồi dưỡng (3 cán bộ); cử 3 cán bộ, "
				+ "đảng viên đi đào tạo trung cấp lý luận chính trị - hành chính; 2 lượt (2 cán bộ) hoàn thành "
				+ "trong năm.");
		assertThat(fig.get("TRAINING_TURNS").getLabel()).endsWith("(theo ngày bắt đầu khóa học)");
		assertThat(fig.get("TRAINING_PERSONS_COMPLETED").getLabel()).endsWith("(theo ngày cấp chứng chỉ)");
	}

	private ParagraphTemplates.Fig fig(String code, TrainingFixture.Tree t, LocalDate from, LocalDate to,
			Map<String, List<String>> filters) {
		return ParagraphTemplates.Fig.of(
				figures
					.compute(code,
							new FigureRequest(Population.adHoc(t.province().id(), null, Population.Conditions.NONE, to),
									to, from, to, Scope.all(), filters))
					.orElseThrow(),
				null);
	}

}

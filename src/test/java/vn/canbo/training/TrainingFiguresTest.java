package vn.canbo.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.canbo.reports.FigureRequest;
import vn.canbo.reports.Figures;
import vn.canbo.reports.Population;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Lượt vs persons, the period's first and last day (a course starting the day before or
 * the day after is outside), the course-kind filter, the units of the population and the
 * scope, and the "completed in the period" variants counted by the certificate date.
 */
@SpringBootTest
class TrainingFiguresTest {

	@Autowired
	TrainingFixture fx;

	@Autowired
	Courses courses;

	@Autowired
	Figures figures;

	private long fig(String code, long root, Scope scope, int year, List<String> kinds) {
		LocalDate from = LocalDate.of(year, 1, 1), to = LocalDate.of(year, 12, 31);
		return figures
			.compute(code,
					new FigureRequest(Population.adHoc(root, null, Population.Conditions.NONE, to), to, from, to, scope,
							kinds == null ? Map.of() : Map.of("COURSE_KIND", kinds)))
			.orElseThrow()
			.count();
	}

	@Test
	void turnsPersonsAndPeriodBoundaries() {
		TrainingFixture.Tree t = fx.tree();
		long a1 = fx.person("Lục Văn Một", t.a().id());
		long a2 = fx.person("Lục Văn Hai", t.a().id());
		long b1 = fx.person("Lục Văn Ba", t.b().id());
		long root = t.province().id();
		Course c1 = fx.course("Trung cấp LLCT", CourseKind.POLITICAL_THEORY_INTERMEDIATE, "TRUNG_CAP", t.a().id(),
				LocalDate.of(2025, 1, 1), LocalDate.of(2025, 10, 31));
		Course c2 = fx.course("Tin học cuối năm", CourseKind.IT, null, t.a().id(), LocalDate.of(2025, 12, 31),
				LocalDate.of(2026, 1, 15));
		Course c3 = fx.course("Tin học năm trước", CourseKind.IT, null, t.a().id(), LocalDate.of(2024, 12, 31),
				LocalDate.of(2025, 3, 1));
		Course c4 = fx.course("Tin học năm sau", CourseKind.IT, null, t.a().id(), LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 3, 1));
		List<Long> e1 = fx.send(c1.id(), a1, a2, b1);
		fx.send(c2.id(), a1);
		List<Long> e3 = fx.send(c3.id(), a2);
		fx.send(c4.id(), a2);

		assertThat(fig("TRAINING_TURNS", root, Scope.all(), 2025, null)).isEqualTo(4);
		assertThat(fig("TRAINING_PERSONS", root, Scope.all(), 2025, null)).isEqualTo(3);
		assertThat(fig("TRAINING_TURNS", root, Scope.all(), 2025, List.of("IT"))).isEqualTo(1);
		assertThat(fig("TRAINING_TURNS", root, Scope.all(), 2024, null)).isEqualTo(1);
		assertThat(fig("TRAINING_TURNS", root, Scope.all(), 2026, null)).isEqualTo(1);
		assertThat(fig("TRAINING_TURNS", t.a().id(), Scope.all(), 2025, null)).isEqualTo(3);
		assertThat(fig("TRAINING_PERSONS", t.a().id(), Scope.all(), 2025, null)).isEqualTo(2);
		assertThat(fig("TRAINING_PERSONS", t.b().id(), Scope.of(t.b().id()), 2025, null)).isEqualTo(1);
		assertThatThrownBy(() -> fig("TRAINING_TURNS", t.a().id(), Scope.of(t.b().id()), 2025, null))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> fig("TRAINING_TURNS", root, Scope.all(), 2025, List.of("NO_SUCH_KIND")))
			.isInstanceOf(ValidationException.class);

		courses.record(c1.id(), List.of(
				new ResultEntry(e1.get(0), CourseResult.COMPLETED, null, "C-1", LocalDate.of(2025, 12, 31), null, null),
				new ResultEntry(e1.get(1), CourseResult.COMPLETED, null, "C-2", LocalDate.of(2026, 1, 1), null, null),
				new ResultEntry(e1.get(2), CourseResult.WITHDRAWN, LocalDate.of(2025, 3, 1), null, null, null, null)),
				Scope.all());
		courses.record(c3.id(), List
			.of(new ResultEntry(e3.get(0), CourseResult.COMPLETED, null, "C-3", LocalDate.of(2025, 1, 1), null, null)),
				Scope.all());
		assertThat(fig("TRAINING_TURNS_COMPLETED", root, Scope.all(), 2025, null)).isEqualTo(2);
		assertThat(fig("TRAINING_PERSONS_COMPLETED", root, Scope.all(), 2025, null)).isEqualTo(2);
		assertThat(fig("TRAINING_TURNS_COMPLETED", root, Scope.all(), 2026, null)).isEqualTo(1);
		assertThat(fig("TRAINING_TURNS_COMPLETED", root, Scope.all(), 2025, List.of("POLITICAL_THEORY_INTERMEDIATE")))
			.isEqualTo(1);
		assertThat(fig("TRAINING_PERSONS_COMPLETED", root, Scope.all(), 2024, null)).isZero();
	}

	/**
	 * The category filter reads the person's period on the counted day, with and without
	 * a kind (the two statements TrainingFigures writes); a person who is no longer a
	 * live dossier counts nowhere.
	 */
	@Test
	void categoriesWithAndWithoutAKind() {
		TrainingFixture.Tree t = fx.tree();
		long a1 = fx.person("Lục Thị Bốn", t.a().id());
		long a2 = fx.person("Lục Thị Năm", t.a().id());
		Course it = fx.course("Tin học hạng loại", CourseKind.IT, null, t.a().id(), LocalDate.of(2025, 5, 1),
				LocalDate.of(2025, 5, 9));
		Course lang = fx.course("Ngoại ngữ hạng loại", CourseKind.FOREIGN_LANGUAGE, null, t.a().id(),
				LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 9));
		fx.send(it.id(), a1, a2);
		fx.send(lang.id(), a1);
		long root = t.province().id();
		assertThat(byCategory(root, "CIVIL_SERVANT", null)).isEqualTo(3);
		assertThat(byCategory(root, "CIVIL_SERVANT", List.of("IT"))).isEqualTo(2);
		assertThat(byCategory(root, "CIVIL_SERVANT", List.of("IT", "FOREIGN_LANGUAGE"))).isEqualTo(3);
		assertThat(byCategory(root, "PUBLIC_EMPLOYEE", null)).isZero();
		assertThat(byCategory(root, "PUBLIC_EMPLOYEE", List.of("IT"))).isZero();

		fx.people.softDelete(a2, "Hồ sơ trùng", Scope.all());
		assertThat(byCategory(root, "CIVIL_SERVANT", null)).isEqualTo(2);
		assertThat(byCategory(root, "CIVIL_SERVANT", List.of("IT"))).isEqualTo(1);
		assertThat(fig("TRAINING_TURNS", root, Scope.all(), 2025, List.of("IT"))).isEqualTo(1);
	}

	private long byCategory(long root, String category, List<String> kinds) {
		LocalDate from = LocalDate.of(2025, 1, 1), to = LocalDate.of(2025, 12, 31);
		Population p = Population.adHoc(root, null, new Population.Conditions(List.of(category), List.of(), Map.of()),
				to);
		return figures
			.compute("TRAINING_TURNS",
					new FigureRequest(p, to, from, to, Scope.all(),
							kinds == null ? Map.of() : Map.of("COURSE_KIND", kinds)))
			.orElseThrow()
			.count();
	}

}

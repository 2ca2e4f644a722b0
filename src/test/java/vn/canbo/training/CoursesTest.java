package vn.canbo.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Courses: every error at once (end before start, a level the kind cannot confer, an
 * organising unit outside the scope…), nothing stored; the end on the start day is
 * accepted; scope (outside = not found); filters; change with version; audit.
 */
@SpringBootTest
class CoursesTest {

	@Autowired
	TrainingFixture fx;

	@Autowired
	Courses courses;

	@Autowired
	JdbcClient jdbc;

	@Test
	void badCourseReportsEveryErrorAtOnceAndStoresNothing() {
		TrainingFixture.Tree t = fx.tree();
		TrainingFixture.Tree other = fx.tree();
		String code = "K-" + TrainingFixture.key();
		CourseInput bad = new CourseInput(code, "Trung cấp LLCT khóa 1", CourseKind.POLITICAL_THEORY_INTERMEDIATE,
				"CAO_CAP", null, other.a().id(), " ", null, "KHONG_CO", LocalDate.of(2024, 3, 1),
				LocalDate.of(2024, 2, 29), null, 0);
		assertThatThrownBy(() -> courses.create(bad, Scope.of(t.province().id())))
			.isInstanceOfSatisfying(ValidationException.class, e -> {
				assertThat(e.errors()).extracting(FieldError::field)
					.containsExactlyInAnyOrder("levelCode", "unitId", "organiser", "formCode", "endsOn", "capacity");
				assertThat(e.errors()).extracting(FieldError::message)
					.anySatisfy(m -> assertThat(m).contains("Trung cấp LLCT khóa 1")
						.contains("Trung cấp lý luận chính trị")
						.contains("CAO_CAP"))
					.anySatisfy(m -> assertThat(m).contains("29/02/2024").contains("01/03/2024"));
			});
		assertThat(
				jdbc.sql("select count(*) from training_course where code = ?").param(code).query(Long.class).single())
			.isZero();
	}

	@Test
	void endOnTheStartDayIsAcceptedAndTheConferredLevelIsChecked() {
		TrainingFixture.Tree t = fx.tree();
		LocalDate d = LocalDate.of(2024, 5, 6);
		Course c = fx.course("Bồi dưỡng QP-AN đối tượng 4", CourseKind.DEFENCE_SECURITY_4, "DT4", t.a().id(), d, d);
		assertThat(c.startsOn()).isEqualTo(c.endsOn());
		assertThat(c.unitName()).contains("UBND xã Đông");
		assertThatThrownBy(() -> fx.course("QP-AN", CourseKind.DEFENCE_SECURITY_4, "DT3", t.a().id(), d, d))
			.isInstanceOf(ValidationException.class);
		assertThatThrownBy(() -> fx.course("Chức danh", CourseKind.TITLE_POSITION, "DAI_HOC", t.a().id(), d, d))
			.isInstanceOf(ValidationException.class);
		assertThat(fx.course("Chức danh", CourseKind.TITLE_POSITION, null, t.a().id(), d, d).levelCode()).isNull();
		CourseInput english = new CourseInput("K-" + TrainingFixture.key(), "Tiếng Anh B1", CourseKind.FOREIGN_LANGUAGE,
				"BAC_3", null, t.a().id(), "Đại học tỉnh", null, "TRUC_TUYEN", d, d.plusMonths(3), null, 30);
		assertThatThrownBy(() -> courses.create(english, Scope.all())).isInstanceOfSatisfying(ValidationException.class,
				e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("languageCode"));
		CourseInput withLanguage = new CourseInput(english.code(), english.name(), english.kind(), "BAC_3", "ANH",
				english.unitId(), english.organiser(), null, "TRUC_TUYEN", d, d.plusMonths(3), null, 30);
		assertThat(courses.create(withLanguage, Scope.all()).formCode()).isEqualTo("TRUC_TUYEN");
		assertThatThrownBy(() -> courses.create(withLanguage, Scope.all())).isInstanceOfSatisfying(
				ValidationException.class,
				e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("code"));
	}

	@Test
	void scopeFiltersUpdateAndDelete() {
		TrainingFixture.Tree t = fx.tree();
		String organiser = "Học viện " + TrainingFixture.key();
		CourseInput in = new CourseInput("K-" + TrainingFixture.key(), "Cao cấp LLCT",
				CourseKind.POLITICAL_THEORY_ADVANCED, "CAO_CAP", null, t.a().id(), organiser, null, null,
				LocalDate.of(2023, 9, 1), LocalDate.of(2025, 6, 30), null, null);
		Course c = courses.create(in, Scope.of(t.a().id()));
		assertThatThrownBy(() -> courses.get(c.id(), Scope.of(t.b().id()))).isInstanceOf(NotFoundException.class);
		assertThat(courses.get(c.id(), Scope.of(t.province().id())).name()).isEqualTo("Cao cấp LLCT");
		assertThat(courses.list(new CourseFilter(null, null, organiser.toUpperCase()), Scope.all()))
			.extracting(Course::id)
			.containsExactly(c.id());
		assertThat(courses.list(new CourseFilter(null, null, organiser), Scope.of(t.b().id()))).isEmpty();
		// a course counts in every year it runs through: 2023 to 2025, not 2026
		for (int y : new int[] { 2023, 2024, 2025 }) {
			assertThat(courses.list(new CourseFilter(CourseKind.POLITICAL_THEORY_ADVANCED, y, organiser), Scope.all()))
				.hasSize(1);
		}
		assertThat(courses.list(new CourseFilter(null, 2026, organiser), Scope.all())).isEmpty();
		assertThat(courses.list(new CourseFilter(CourseKind.IT, null, organiser), Scope.all())).isEmpty();

		CourseInput changed = new CourseInput(in.code(), "Cao cấp LLCT K75", in.kind(), in.levelCode(), null,
				in.unitId(), organiser, "Hà Nội", null, in.startsOn(), in.endsOn(), null, 50);
		assertThat(courses.update(c.id(), c.version(), changed, Scope.all()).place()).isEqualTo("Hà Nội");
		assertThatThrownBy(() -> courses.update(c.id(), c.version(), changed, Scope.all()))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'training_course' and entity_id = ?")
			.param(String.valueOf(c.id()))
			.query(Long.class)
			.single()).isEqualTo(2);
		courses.delete(c.id(), Scope.all());
		assertThatThrownBy(() -> courses.get(c.id(), Scope.all())).isInstanceOf(NotFoundException.class);
	}

}

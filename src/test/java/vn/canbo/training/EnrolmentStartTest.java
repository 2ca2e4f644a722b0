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
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * A late joiner's own start date (issue 16): optional, the course's start by default,
 * within the course (its first and last day accepted, the days around refused); the
 * figures by start date count the enrolment on its own date (31/12 in the year, 1/1 in
 * the next); moving the course moves the others, not the late joiner, and a course may
 * not be moved past a late joiner's date.
 */
@SpringBootTest
class EnrolmentStartTest {

	@Autowired
	TrainingFixture fx;

	@Autowired
	Courses courses;

	@Autowired
	Figures figures;

	private long turns(long root, int year) {
		LocalDate from = LocalDate.of(year, 1, 1), to = LocalDate.of(year, 12, 31);
		return figures
			.compute("TRAINING_TURNS",
					new FigureRequest(Population.adHoc(root, null, Population.Conditions.NONE, to), to, from, to,
							Scope.all(), Map.of()))
			.orElseThrow()
			.count();
	}

	private Sending sending(long courseId, LocalDate startsOn, Long... persons) {
		return new Sending(TrainingFixture.key() + "/QĐ", LocalDate.of(2025, 11, 1), "Ban Tổ chức", courseId,
				List.of(persons), startsOn);
	}

	@Test
	void aLateJoinerCountsOnTheirOwnStartWithinTheCourse() {
		TrainingFixture.Tree t = fx.tree();
		long a = t.a().id();
		long p1 = fx.person("Kha Văn Một", a), p2 = fx.person("Kha Văn Hai", a), p3 = fx.person("Kha Văn Ba", a);
		long p4 = fx.person("Kha Văn Bốn", a);
		Course c = fx.course("Lớp chuyên viên", CourseKind.STATE_MANAGEMENT, null, a, LocalDate.of(2025, 12, 1),
				LocalDate.of(2026, 3, 31));
		courses.send(sending(c.id(), null, p1), Scope.all());
		courses.send(sending(c.id(), LocalDate.of(2025, 12, 31), p2), Scope.all());
		courses.send(sending(c.id(), LocalDate.of(2026, 1, 1), p3), Scope.all());
		// the last day of the course is accepted, the days around the course are not
		courses.send(sending(c.id(), LocalDate.of(2026, 3, 31), p4), Scope.all());
		assertThatThrownBy(() -> courses.send(sending(c.id(), LocalDate.of(2025, 11, 30), p1), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors()).extracting(FieldError::field).contains("startsOn"));
		long p5 = fx.person("Kha Văn Năm", a);
		assertThatThrownBy(() -> courses.send(sending(c.id(), LocalDate.of(2026, 4, 1), p5), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class, e -> {
				assertThat(e.errors()).extracting(FieldError::field).containsExactly("startsOn");
				assertThat(e.errors().get(0).message()).contains("01/04/2026", "01/12/2025 – 31/03/2026");
			});
		assertThat(courses.enrolments(c.id(), Scope.all())).extracting(Enrolment::startsOn)
			.containsExactlyInAnyOrder(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 1),
					LocalDate.of(2026, 3, 31));
		assertThat(turns(a, 2025)).isEqualTo(2);
		assertThat(turns(a, 2026)).isEqualTo(2);

		// moving the course's start moves those starting with it only
		courses.update(c.id(), c.version(),
				TrainingFixture.input(c.name(), c.kind(), null, a, LocalDate.of(2025, 12, 2), c.endsOn()), Scope.all());
		assertThat(courses.enrolments(c.id(), Scope.all())).extracting(Enrolment::startsOn)
			.contains(LocalDate.of(2025, 12, 2), LocalDate.of(2025, 12, 31))
			.doesNotContain(LocalDate.of(2025, 12, 1));
		Course moved = courses.get(c.id(), Scope.all());
		assertThatThrownBy(
				() -> courses.update(c.id(), moved.version(),
						TrainingFixture.input(c.name(), c.kind(), null, a, LocalDate.of(2026, 1, 2),
								LocalDate.of(2026, 3, 31)),
						Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors()).extracting(FieldError::field).contains("startsOn"));
	}

}

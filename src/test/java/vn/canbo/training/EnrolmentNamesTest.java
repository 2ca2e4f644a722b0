package vn.canbo.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.canbo.shared.Scope;

/**
 * The persons' names of enrolments and of the training list come through the people API
 * (training reads no table of the people module for them): a course's enrolments and the
 * list are ordered by name (then as enrolled), a person's enrolments and one enrolment
 * carry the name, a deleted person drops out of the list.
 */
@SpringBootTest
class EnrolmentNamesTest {

	@Autowired
	TrainingFixture fx;

	@Autowired
	Courses courses;

	@Autowired
	TrainingList list;

	@Autowired
	TrainingAccess access;

	@Test
	void namesOrderedByNameThroughThePeopleApi() {
		TrainingFixture.Tree t = fx.tree();
		long a = t.a().id();
		long vu = fx.person("Vũ Thị Sau", a);
		long an = fx.person("An Văn Trước", a);
		long binh = fx.person("Bình Văn Giữa", a);
		LocalDate start = LocalDate.of(2023, 3, 1);
		Course c = fx.course("Tin học " + TrainingFixture.key(), CourseKind.IT, "CO_BAN", a, start, start.plusDays(5));
		List<Long> ids = fx.send(c.id(), vu, an, binh);

		assertThat(courses.enrolments(c.id(), Scope.all())).extracting(Enrolment::personName)
			.containsExactly("An Văn Trước", "Bình Văn Giữa", "Vũ Thị Sau");
		assertThat(courses.ofPerson(vu, Scope.all())).extracting(Enrolment::personName).containsExactly("Vũ Thị Sau");
		assertThat(access.enrolment(ids.get(0), Scope.all()).personName()).isEqualTo("Vũ Thị Sau");

		List<List<Object>> rows = list.rows(a, start, start, Scope.all());
		assertThat(rows).extracting(r -> r.get(0)).containsExactly("An Văn Trước", "Bình Văn Giữa", "Vũ Thị Sau");
		assertThat(rows.get(0).get(1)).isEqualTo(t.a().name());

		fx.people.softDelete(binh, "Hồ sơ trùng", Scope.all());
		assertThat(list.rows(a, start, start, Scope.all())).extracting(r -> r.get(0))
			.containsExactly("An Văn Trước", "Vũ Thị Sau");
	}

}

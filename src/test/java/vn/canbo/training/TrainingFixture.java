package vn.canbo.training;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitView;
import vn.canbo.people.Gender;
import vn.canbo.people.NewPerson;
import vn.canbo.people.PersonCategory;
import vn.canbo.people.PersonData;
import vn.canbo.people.PersonService;
import vn.canbo.people.Position;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;

/**
 * Test data through the published APIs: a unique province with two communes, persons with
 * a main post from 1/1/2010, courses with unique codes.
 */
@Component
class TrainingFixture {

	final UnitService units;

	final PersonService people;

	final Courses courses;

	TrainingFixture(UnitService units, PersonService people, Courses courses) {
		this.units = units;
		this.people = people;
		this.courses = courses;
	}

	record Tree(UnitView province, UnitView a, UnitView b) {
	}

	Tree tree() {
		String k = key();
		LocalDate founded = LocalDate.of(2000, 1, 1);
		UnitView p = units.create(new UnitService.NewUnit("TT-" + k, "Tỉnh Đào tạo " + k, null, "DIA_BAN",
				AdminLevel.PROVINCE, null, founded));
		UnitView a = units.create(new UnitService.NewUnit("TA-" + k, "UBND xã Đông " + k, null, "UBND",
				AdminLevel.COMMUNE, p.id(), founded));
		UnitView b = units.create(new UnitService.NewUnit("TB-" + k, "UBND xã Tây " + k, null, "UBND",
				AdminLevel.COMMUNE, p.id(), founded));
		return new Tree(p, a, b);
	}

	static String key() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	long person(String name, long unitId) {
		PersonData d = PersonData.basic(PersonCategory.CIVIL_SERVANT, name, Gender.MALE,
				PartialDate.of(LocalDate.of(1986, 4, 2)));
		Position main = Position.main(unitId, "CHUYEN_VIEN", null, LocalDate.of(2010, 1, 1));
		return people.create(new NewPerson(d, main, null, List.of()), Scope.all()).id();
	}

	static CourseInput input(String name, CourseKind kind, String level, long unitId, LocalDate start, LocalDate end) {
		return new CourseInput("K-" + key(), name, kind, level, null, unitId, "Trường Chính trị tỉnh", "Thành phố",
				"TAP_TRUNG", start, end, "Ngân sách tỉnh", null);
	}

	Course course(String name, CourseKind kind, String level, long unitId, LocalDate start, LocalDate end) {
		return courses.create(input(name, kind, level, unitId, start, end), Scope.all());
	}

	List<Long> send(long courseId, Long... personIds) {
		return courses.send(new Sending(key() + "/QĐ-TU", LocalDate.of(2024, 1, 2), "Ban Thường vụ Tỉnh ủy", courseId,
				List.of(personIds)), Scope.all());
	}

}

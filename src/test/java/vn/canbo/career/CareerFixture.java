package vn.canbo.career;

import java.math.BigDecimal;
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
import vn.canbo.people.Salary;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;

/**
 * Test data: a unique province with two commune committees; persons with a main post and
 * a salary.
 */
@Component
class CareerFixture {

	static final LocalDate FOUNDED = LocalDate.of(2000, 1, 1);

	final UnitService units;

	final PersonService people;

	CareerFixture(UnitService units, PersonService people) {
		this.units = units;
		this.people = people;
	}

	record Tree(UnitView province, UnitView a, UnitView b) {
	}

	Tree tree() {
		String k = key();
		UnitView p = units.create(new UnitService.NewUnit("CT-" + k, "Tỉnh Thử " + k, null, "DIA_BAN",
				AdminLevel.PROVINCE, null, FOUNDED));
		UnitView a = units.create(new UnitService.NewUnit("CA-" + k, "UBND xã An " + k, null, "UBND",
				AdminLevel.COMMUNE, p.id(), FOUNDED));
		UnitView b = units.create(new UnitService.NewUnit("CB-" + k, "UBND xã Bình " + k, null, "UBND",
				AdminLevel.COMMUNE, p.id(), FOUNDED));
		return new Tree(p, a, b);
	}

	UnitView unit(String name, long parentId) {
		return units
			.create(new UnitService.NewUnit("CU-" + key(), name, null, "UBND", AdminLevel.COMMUNE, parentId, FOUNDED));
	}

	static String key() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * A civil servant, Chuyên viên (01.003) at the step from the date, main post in the
	 * unit from 1/1/2010.
	 */
	long person(String name, Gender g, PartialDate birth, long unitId, int step, LocalDate stepFrom) {
		return person(name, g, birth, PersonCategory.CIVIL_SERVANT, unitId, "CHUYEN_VIEN", step, stepFrom);
	}

	long person(String name, Gender g, PartialDate birth, PersonCategory category, long unitId, String title, int step,
			LocalDate stepFrom) {
		PersonData d = PersonData.basic(category, name, g, birth);
		Position main = Position.main(unitId, title, null, LocalDate.of(2010, 1, 1));
		Salary s = Salary.of("01.003", step,
				new BigDecimal(
						List.of("2.34", "2.67", "3.00", "3.33", "3.66", "3.99", "4.32", "4.65", "4.98").get(step - 1)),
				stepFrom);
		return people.create(new NewPerson(d, main, s, List.of()), Scope.all()).id();
	}

	long person(String name, long unitId) {
		return person(name, Gender.MALE, PartialDate.of(LocalDate.of(1980, 5, 17)), unitId, 3,
				LocalDate.of(2020, 1, 1));
	}

	static DecisionDraft draft(DecisionType type, LocalDate effective, DecisionSubject... subjects) {
		return DecisionDraft.of(type, key() + "/QĐ-UBND", LocalDate.of(2026, 1, 5), "UBND tỉnh Thử", effective,
				List.of(subjects));
	}

}

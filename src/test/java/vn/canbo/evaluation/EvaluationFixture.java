package vn.canbo.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitView;
import vn.canbo.people.Discipline;
import vn.canbo.people.DisciplineKind;
import vn.canbo.people.Gender;
import vn.canbo.people.HistoryKind;
import vn.canbo.people.NewPerson;
import vn.canbo.people.PersonCategory;
import vn.canbo.people.PersonData;
import vn.canbo.people.PersonService;
import vn.canbo.people.Position;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;

/**
 * Test data through the published APIs: a unique province with two commune committees,
 * persons with a main post (Chuyên viên, title group CHUYEN_MON) from 1/1/2010.
 */
@Component
class EvaluationFixture {

	static final LocalDate FOUNDED = LocalDate.of(2000, 1, 1);

	final UnitService units;

	final PersonService people;

	EvaluationFixture(UnitService units, PersonService people) {
		this.units = units;
		this.people = people;
	}

	record Tree(UnitView province, UnitView a, UnitView b) {
	}

	Tree tree() {
		String k = key();
		UnitView p = units.create(new UnitService.NewUnit("ET-" + k, "Tỉnh Đánh giá " + k, null, "DIA_BAN",
				AdminLevel.PROVINCE, null, FOUNDED));
		UnitView a = units.create(new UnitService.NewUnit("EA-" + k, "UBND xã Đông " + k, null, "UBND",
				AdminLevel.COMMUNE, p.id(), FOUNDED));
		UnitView b = units.create(new UnitService.NewUnit("EB-" + k, "UBND xã Tây " + k, null, "UBND",
				AdminLevel.COMMUNE, p.id(), FOUNDED));
		return new Tree(p, a, b);
	}

	static String key() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	long person(String name, PersonCategory category, long unitId) {
		PersonData d = PersonData.basic(category, name, Gender.FEMALE, PartialDate.of(LocalDate.of(1985, 3, 9)));
		Position main = Position.main(unitId, "CHUYEN_VIEN", null, LocalDate.of(2010, 1, 1));
		return people.create(new NewPerson(d, main, null, List.of()), Scope.all()).id();
	}

	long person(String name, long unitId) {
		return person(name, PersonCategory.CIVIL_SERVANT, unitId);
	}

	/**
	 * Ends the person's main position on {@code end} (exclusive) and opens one in the
	 * unit.
	 */
	void move(long personId, long toUnitId, LocalDate on) {
		long pos = people.get(personId, null, Scope.all()).positions().get(0).id();
		people.endPosition(personId, pos, on, Scope.all());
		if (toUnitId > 0) {
			people.add(personId, HistoryKind.POSITION, Position.main(toUnitId, "CHUYEN_VIEN", null, on), Scope.all());
		}
	}

	void discipline(long personId, LocalDate decidedOn) {
		people.add(personId, HistoryKind.DISCIPLINE,
				new Discipline(null, DisciplineKind.ADMINISTRATIVE, "KHIEN_TRACH", decidedOn, decidedOn,
						decidedOn.plusMonths(12), "UBND tỉnh", "Vi phạm quy chế làm việc", key() + "/QĐ-UBND"),
				Scope.all());
	}

	static NewCampaign year(String name, long root, int year) {
		return new NewCampaign(name + " " + key(), root, PeriodKind.YEAR, LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31), CampaignKind.INDIVIDUAL, null, null);
	}

	static ScoreEntry score(long subjectId, String score, Rating rating) {
		return new ScoreEntry(subjectId, null, null, null, score == null ? null : new BigDecimal(score), rating, null,
				null);
	}

	static ScoreEntry parts(long subjectId, String common, String task, Rating rating) {
		return new ScoreEntry(subjectId, null, new BigDecimal(common), new BigDecimal(task), null, rating, null, null);
	}

}

package vn.canbo.planning;

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
import vn.canbo.people.Qualification;
import vn.canbo.people.QualificationKind;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;

/**
 * Test data through the published APIs: a unique province with two communes; persons
 * holding a title from 1/1/2015; plans of the 2025–2030 Party term approved on 1/11/2025
 * (QĐ 377 in force).
 */
@Component
class PlanningFixture {

	static final LocalDate APPROVED = LocalDate.of(2025, 11, 1);

	static final LocalDate ADDED = LocalDate.of(2026, 1, 15);

	final UnitService units;

	final PersonService people;

	final Plans plans;

	PlanningFixture(UnitService units, PersonService people, Plans plans) {
		this.units = units;
		this.people = people;
		this.plans = plans;
	}

	record Tree(UnitView province, UnitView a, UnitView b) {
	}

	Tree tree() {
		String k = key();
		LocalDate founded = LocalDate.of(2000, 1, 1);
		UnitView p = units.create(new UnitService.NewUnit("QT-" + k, "Tỉnh Quy hoạch " + k, null, "DIA_BAN",
				AdminLevel.PROVINCE, null, founded));
		UnitView a = units.create(new UnitService.NewUnit("QA-" + k, "UBND xã Đông Quy " + k, null, "UBND",
				AdminLevel.COMMUNE, p.id(), founded));
		UnitView b = units.create(new UnitService.NewUnit("QB-" + k, "UBND xã Tây Quy " + k, null, "UBND",
				AdminLevel.COMMUNE, p.id(), founded));
		return new Tree(p, a, b);
	}

	static String key() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	long person(String name, long unitId, String titleCode) {
		return person(name, unitId, titleCode, Gender.MALE, LocalDate.of(1985, 4, 2));
	}

	/**
	 * A person with the QP-AN group DT2 from 2020 (meets the seeded standards of V14_3,
	 * DT3 or DT2).
	 */
	long person(String name, long unitId, String titleCode, Gender gender, LocalDate born) {
		long id = bare(name, unitId, titleCode, gender, born);
		people.add(id, HistoryKind.QUALIFICATION,
				Qualification.of(QualificationKind.DEFENCE_SECURITY, "DT2", LocalDate.of(2020, 1, 1)), Scope.all());
		return id;
	}

	/** A person without any qualification. */
	long bare(String name, long unitId, String titleCode, Gender gender, LocalDate born) {
		PersonData d = PersonData.basic(PersonCategory.CIVIL_SERVANT, name, gender, PartialDate.of(born));
		Position main = Position.main(unitId, titleCode, null, LocalDate.of(2015, 1, 1));
		return people.create(new NewPerson(d, main, null, List.of()), Scope.all()).id();
	}

	void discipline(long personId, String form, LocalDate decided, LocalDate validTo) {
		people.add(personId, HistoryKind.DISCIPLINE, new Discipline(null, DisciplineKind.ADMINISTRATIVE, form, decided,
				decided, validTo, "UBND tỉnh", "Vi phạm thử", key() + "/QĐ-KL"), Scope.all());
	}

	Plan plan(long unitId, PlanKind kind, String term, String... titles) {
		return plans.create(new PlanInput(unitId, term, kind, key() + "-QĐ/ĐU", APPROVED, "Ban Thường vụ Tỉnh ủy", null,
				List.of(titles)), Scope.all());
	}

	Plan plan(long unitId, String... titles) {
		return plan(unitId, PlanKind.CURRENT, "DANG_2025_2030", titles);
	}

	static CandidateInput in(String title, long personId, LocalDate on) {
		return new CandidateInput(title, personId, on, CandidateSource.INTERNAL, null, null, null, null);
	}

	static CandidateInput in(String title, long personId) {
		return in(title, personId, ADDED);
	}

	static CandidateInput justified(CandidateInput in, String why, Integer disciplineCase) {
		return new CandidateInput(in.titleCode(), in.personId(), in.addedOn(), in.source(), in.decisionNumber(),
				in.decidedOn(), why, disciplineCase);
	}

	static RuleOutcome outcome(List<RuleOutcome> all, String ruleId) {
		return all.stream().filter(o -> o.ruleId().equals(ruleId)).findFirst().orElseThrow();
	}

}

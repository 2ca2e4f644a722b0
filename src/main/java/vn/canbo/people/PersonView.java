package vn.canbo.people;

import java.time.LocalDate;
import java.util.List;

/**
 * The whole dossier as of a date: the fields, the positions and salary valid on the date,
 * and every (non-deleted) history entry. Sensitive fields are masked for users without
 * SENSITIVE_READ by the web layer.
 */
@org.springframework.modulith.NamedInterface("api")
public record PersonView(Person person, LocalDate asOf, Integer age, boolean partyMember, Position mainPosition,
		List<Position> currentPositions, Salary currentSalary, List<Position> positions, List<Salary> salaries,
		List<Qualification> qualifications, List<Training> trainings, List<WorkHistory> workHistory, List<Award> awards,
		List<Discipline> disciplines, List<FamilyMember> family, List<HistoryNote> historyNotes,
		List<MassOrgMembership> massOrgs, List<RetirementCategoryFact> retirementCategories) {

	public PersonView {
		retirementCategories = retirementCategories == null ? List.of() : retirementCategories;
	}

	/**
	 * The months the retirement category in force on the date moves the statutory age (−
	 * earlier, + later, 0 = normal working conditions).
	 */
	public int retirementAdjustMonths(LocalDate on) {
		return RetirementCategoryFact.adjustMonthsOn(retirementCategories, on);
	}

	public long id() {
		return person.id();
	}

	public int version() {
		return person.version();
	}

	public PersonData data() {
		return person.data();
	}
}

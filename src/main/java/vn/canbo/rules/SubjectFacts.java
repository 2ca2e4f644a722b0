package vn.canbo.rules;

import java.util.List;
import vn.canbo.people.RetirementCategory;
import vn.canbo.people.Discipline;
import vn.canbo.people.Gender;
import vn.canbo.people.PersonCategory;
import vn.canbo.shared.PartialDate;

/**
 * What the rules need to know about a person.
 *
 * @param retirementAdjustMonths the months the person's retirement category in force
 * moves the statutory age (− earlier, NĐ 135 Art. 5; + later, Art. 6; 0 = normal working
 * conditions): see {@link RetirementCategory#adjustMonths}
 */
public record SubjectFacts(long personId, String fullName, Gender gender, PartialDate birth, PersonCategory category,
		List<Discipline> disciplines, int retirementAdjustMonths) {

	public SubjectFacts {
		disciplines = disciplines == null ? List.of() : List.copyOf(disciplines);
	}

	/** A person in normal working conditions (no retirement category). */
	public SubjectFacts(long personId, String fullName, Gender gender, PartialDate birth, PersonCategory category,
			List<Discipline> disciplines) {
		this(personId, fullName, gender, birth, category, disciplines, 0);
	}
}

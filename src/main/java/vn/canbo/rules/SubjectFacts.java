package vn.canbo.rules;

import java.util.List;
import vn.canbo.people.Discipline;
import vn.canbo.people.Gender;
import vn.canbo.people.PersonCategory;
import vn.canbo.shared.PartialDate;

/** What the rules need to know about a person. */
public record SubjectFacts(long personId, String fullName, Gender gender, PartialDate birth, PersonCategory category,
		List<Discipline> disciplines) {

	public SubjectFacts {
		disciplines = disciplines == null ? List.of() : List.copyOf(disciplines);
	}
}

package vn.canbo.people;

import java.util.List;

/**
 * A dossier to create: its fields, the initial main position (required, in the caller's
 * scope) and, optionally, the current salary, qualifications and the salary rows before
 * the current one (diễn biến lương, closed periods; for imports and demo data).
 */
@org.springframework.modulith.NamedInterface("api")
public record NewPerson(PersonData data, Position mainPosition, Salary salary, List<Qualification> qualifications,
		List<Salary> earlierSalaries) {

	public NewPerson {
		qualifications = qualifications == null ? List.of() : List.copyOf(qualifications);
		earlierSalaries = earlierSalaries == null ? List.of() : List.copyOf(earlierSalaries);
	}

	public NewPerson(PersonData data, Position mainPosition, Salary salary, List<Qualification> qualifications) {
		this(data, mainPosition, salary, qualifications, List.of());
	}

	public NewPerson(PersonData data, Position mainPosition) {
		this(data, mainPosition, null, List.of());
	}
}

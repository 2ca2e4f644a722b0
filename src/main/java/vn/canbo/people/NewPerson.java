package vn.canbo.people;

import java.util.List;

/**
 * A dossier to create: its fields, the initial main position (required, in the caller's
 * scope) and, optionally, the current salary and qualifications (for imports and demo
 * data).
 */
@org.springframework.modulith.NamedInterface("api")
public record NewPerson(PersonData data, Position mainPosition, Salary salary, List<Qualification> qualifications) {

	public NewPerson {
		qualifications = qualifications == null ? List.of() : List.copyOf(qualifications);
	}

	public NewPerson(PersonData data, Position mainPosition) {
		this(data, mainPosition, null, List.of());
	}
}

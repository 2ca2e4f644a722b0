package vn.canbo.people;

/**
 * Valid dossiers for tests of other packages (the enumeration test of issue #3): wraps
 * {@link PeopleFixture}.
 */
public final class PeopleTestData {

	private PeopleTestData() {
	}

	/**
	 * A complete, valid new dossier with a national ID, its main position in the unit
	 * since 1/1/2010.
	 */
	public static NewPerson newPerson(String fullName, String nationalId, long unitId) {
		return PeopleFixture.newPerson(With.with(PeopleFixture.data(fullName), "nationalId", nationalId), unitId);
	}

	/** A random, unique, valid 12-digit national ID. */
	public static String nationalId() {
		return PeopleFixture.nationalId();
	}

	/** A copy of the dossier fields with one field changed. */
	public static PersonData with(PersonData d, String field, Object value) {
		return With.with(d, field, value);
	}

}

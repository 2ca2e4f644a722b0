package vn.canbo.people;

/**
 * Public entry to {@link SensitiveData} for the web layer (vn.canbo.people.web): the
 * dossier and its entries as a user without SENSITIVE_READ may see them (sensitive fields
 * hidden, CCCD masked, history notes omitted).
 */
public final class PersonMasking {

	private PersonMasking() {
	}

	public static PersonView mask(PersonView v) {
		return SensitiveData.mask(v);
	}

	public static FamilyMember mask(FamilyMember f) {
		return SensitiveData.mask(f);
	}

	public static String maskNationalId(String id) {
		return SensitiveData.maskNationalId(id);
	}

}

package vn.canbo.people;

/**
 * Public entry to {@link SensitiveData} for the web layer (vn.canbo.people.web): the
 * dossier as a user without SENSITIVE_READ may see it (sensitive fields hidden, CCCD
 * masked, history notes omitted); an entry of a kind: {@link HistoryKind#mask}.
 */
public final class PersonMasking {

	private PersonMasking() {
	}

	public static PersonView mask(PersonView v) {
		return SensitiveData.mask(v);
	}

}

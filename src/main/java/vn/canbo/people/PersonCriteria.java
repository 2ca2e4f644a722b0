package vn.canbo.people;

import java.time.LocalDate;

/**
 * What to search for. All fields optional. {@code q}: words of the name (diacritics- and
 * case-insensitive, word prefixes); {@code unitId}: the unit's subtree as of
 * {@code asOf}; ages at {@code asOf}; {@code minority}: ethnicity other than Kinh ('01');
 * {@code professionalLevelCode} / {@code politicalTheoryCode}: the highest level valid at
 * asOf; {@code titleCode}: holds that title (main or concurrent) at asOf. Only persons
 * with a main position valid at {@code asOf} (default today) are found. {@code sort}:
 * "name" (default), "birthDate", "-birthDate". {@code size} ≤ 200.
 */
@org.springframework.modulith.NamedInterface("api")
public record PersonCriteria(String q, Long unitId, PersonCategory category, Gender gender, Integer ageFrom,
		Integer ageTo, String ethnicityCode, Boolean minority, Boolean partyMember, String professionalLevelCode,
		String politicalTheoryCode, String titleCode, LocalDate asOf, int page, int size, String sort) {

	public static final int MAX_SIZE = 200;

	public PersonCriteria {
		page = Math.max(page, 0);
		size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
		sort = sort == null || sort.isBlank() ? "name" : sort;
	}

	public static PersonCriteria name(String q) {
		return new PersonCriteria(q, null, null, null, null, null, null, null, null, null, null, null, null, 0, 20,
				null);
	}

	public LocalDate asOfOrToday() {
		return asOf == null ? LocalDate.now() : asOf;
	}
}

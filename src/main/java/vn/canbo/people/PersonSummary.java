package vn.canbo.people;

import vn.canbo.shared.PartialDate;

/** One search result: the person with the main position valid at the search date. */
@org.springframework.modulith.NamedInterface("api")
public record PersonSummary(long id, String fullName, Gender gender, PartialDate birthDate, Integer age,
		PersonCategory category, Long unitId, String unitName, String titleCode, String titleText,
		boolean partyMember) {
}

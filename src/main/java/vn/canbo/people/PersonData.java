package vn.canbo.people;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.canbo.shared.PartialDate;

/**
 * The editable fields of a dossier (Mẫu 2C-BNV/2008 items 1–26, 32 and the newer 38-item
 * form). Codes refer to catalogs; sensitive fields (NĐ 356/2025): ethnicity, religion,
 * health, height, weight, blood group, national ID.
 */
@org.springframework.modulith.NamedInterface("api")
public record PersonData(PersonCategory category, String civilServantNo, String personalIdCode, String fullName,
		String otherNames, Gender gender, PartialDate birthDate, Place birthplace, Place homeTown,
		String permanentAddress, String currentAddress, String phone, String ethnicityCode, String religionCode,
		String familyBackgroundCode, String occupationBeforeRecruitment, PartialDate recruitedOn,
		String recruitingAgency, LocalDate joinedCurrentAgencyOn, String mainDuties, String jobPosition,
		String jobPositionCode, String strengths, String longestJob, String generalEducationCode,
		String generalEducationGrade, String academicTitleCode, Integer academicTitleYear, LocalDate partyJoinedOn,
		LocalDate partyOfficialOn, LocalDate partyLeftOn, LocalDate youthUnionJoinedOn, LocalDate militaryEnlistedOn,
		LocalDate militaryDischargedOn, String militaryRankCode, String honoraryTitleCode, Integer honoraryTitleYear,
		String policyGroupCode, String warInvalidGrade, String healthStatus, Integer heightCm, BigDecimal weightKg,
		String bloodGroupCode, String nationalId, LocalDate nationalIdIssuedOn, String nationalIdIssuedBy,
		String socialInsuranceNo, String healthInsuranceNo, String remarks) {

	/**
	 * The minimum a dossier needs; every other field empty. Handy for imports and tests.
	 */
	public static PersonData basic(PersonCategory category, String fullName, Gender gender, PartialDate birthDate) {
		java.util.Map<String, Object> values = new java.util.HashMap<>();
		values.put("category", category);
		values.put("fullName", fullName);
		values.put("gender", gender);
		values.put("birthDate", birthDate);
		return DossierFields.data(values);
	}

	/** Party member on the date: admitted on or before it and not left. */
	public boolean partyMemberOn(LocalDate d) {
		return partyJoinedOn != null && !partyJoinedOn.isAfter(d) && (partyLeftOn == null || partyLeftOn.isAfter(d));
	}
}

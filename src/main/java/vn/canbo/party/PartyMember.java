package vn.canbo.party;

import java.time.LocalDate;
import java.util.List;

/**
 * A party member's record (Phiếu đảng viên, regulations.md §1.4) with the dated
 * histories: statuses, the organisations where they were active, cards, exemptions from
 * activity. {@code personId} links a cadre's dossier. Computed: the current status, the
 * end of probation (PM-02) and the party age in full years from the admission decision
 * (PM-06) on the day asked.
 */
public record PartyMember(long id, int version, String nationalId, Long personId, String fullName, String otherNames,
		String gender, LocalDate birthDate, String birthPlace, String homeTown, String residence, String ethnicityCode,
		String religionCode, String familyBackgroundCode, String occupation, String generalEducationCode,
		String professionalLevelCode, String politicalTheoryCode, LocalDate admissionDecidedOn, LocalDate joinedOn,
		String lateCeremonyConsent, LocalDate officialOn, LocalDate recognitionProposedOn, String recognitionDecision,
		long currentOrgId, String currentOrgName, MemberStatus status, LocalDate probationEndsOn, Integer partyAgeYears,
		String cardNumber, boolean exempt, List<StatusEntry> statuses, List<ActivityEntry> activities,
		List<CardEntry> cards, List<ExemptionEntry> exemptions) {

	/** A status from a day. */
	public record StatusEntry(MemberStatus status, LocalDate validFrom, String decisionNumber, LocalDate decidedOn,
			String note) {
	}

	/** The organisation where the member was active over [validFrom, validTo). */
	public record ActivityEntry(long orgId, String orgName, LocalDate validFrom, LocalDate validTo) {
	}

	/** A card issued. */
	public record CardEntry(String cardNumber, LocalDate issuedOn) {
	}

	/** Miễn công tác và sinh hoạt đảng over [validFrom, validTo). */
	public record ExemptionEntry(LocalDate validFrom, LocalDate validTo, String decisionNumber, String reason) {
	}

	/** One line of the member list. */
	public record Summary(long id, String fullName, String gender, LocalDate birthDate, long orgId, String orgName,
			MemberStatus status, LocalDate joinedOn, Long personId) {
	}

	/**
	 * A member recorded from existing papers (not through the pipeline): the Phiếu
	 * fields, the organisation where active, the admission, ceremony and official dates
	 * and the card. For a cadre, {@code personId} links the dossier and its name, sex and
	 * birth date are taken from it.
	 */
	public record Input(String nationalId, Long personId, String fullName, String otherNames, String gender,
			LocalDate birthDate, String birthPlace, String homeTown, String residence, String ethnicityCode,
			String religionCode, String familyBackgroundCode, String occupation, String generalEducationCode,
			String professionalLevelCode, String politicalTheoryCode, Long orgId, LocalDate admissionDecidedOn,
			LocalDate joinedOn, LocalDate officialOn, String cardNumber, LocalDate cardIssuedOn) {
	}

	/** A change of status: chuyển đi, xóa tên, khai trừ, từ trần. */
	public record StatusChange(MemberStatus status, LocalDate validFrom, String decisionNumber, LocalDate decidedOn,
			String note) {
	}

	/** A move to another organisation of the scope from a day. */
	public record Move(Long orgId, LocalDate validFrom) {
	}

	/** A card. */
	public record Card(String cardNumber, LocalDate issuedOn) {
	}

	/** An exemption from activity. */
	public record Exemption(LocalDate validFrom, LocalDate validTo, String decisionNumber, String reason) {
	}

}

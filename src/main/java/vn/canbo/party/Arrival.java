package vn.canbo.party;

import java.time.LocalDate;

/**
 * An arrival from another province (issue 18, party3): the receiving half of a transfer
 * whose sending organisation is outside the system, named in words; {@code linked}: an
 * existing member found by CCCD (else created); {@code presentDeadline}: TR-03 from the
 * letter's date.
 */
public record Arrival(long id, long memberId, String memberName, long toOrgId, String toOrgName, String fromExternal,
		String letterNumber, LocalDate introducedOn, LocalDate presentedOn, LocalDate presentDeadline,
		String latePresentation, boolean linked) {

	/**
	 * What the receiving chi bộ records: the member's papers (CCCD links a known member,
	 * whose papers are then kept), the letter and the presentation.
	 */
	public record Input(Long orgId, String nationalId, String fullName, String gender, LocalDate birthDate,
			LocalDate admissionDecidedOn, LocalDate joinedOn, LocalDate officialOn, String fromExternal,
			String letterNumber, LocalDate introducedOn, LocalDate presentedOn, String latePresentation) {
	}

}

package vn.canbo.party;

import java.time.LocalDate;
import java.util.Map;

/**
 * A candidate for admission (quần chúng ưu tú): the proposing organisation, source and
 * day of registration, the awareness class certificate, the dossier steps with their
 * days, the recorded exceptions and, once admitted, the decision and the member it
 * created.
 */
public record Candidate(long id, long orgId, String orgName, Long personId, String nationalId, String fullName,
		String gender, LocalDate birthDate, String ethnicityCode, String religionCode, String generalEducationCode,
		String occupation, String residence, PlaceKind source, LocalDate registeredOn, String certificateNumber,
		LocalDate classCompletedOn, String classIssuer, String overAgeException, String educationException,
		Map<DossierStep, LocalDate> steps, String decisionNumber, LocalDate decidedOn, String decisionIssuer,
		Long memberId) {

	/** Registration of a candidate; for a cadre, {@code personId} links the dossier. */
	public record Input(Long orgId, Long personId, String nationalId, String fullName, String gender,
			LocalDate birthDate, String ethnicityCode, String religionCode, String generalEducationCode,
			String occupation, String residence, PlaceKind source, LocalDate registeredOn) {
	}

	/** The awareness class (lớp bồi dưỡng nhận thức về Đảng) certificate. */
	public record ClassCertificate(String certificateNumber, LocalDate completedOn, String issuer) {
	}

	/** A dossier step done on a day. */
	public record Step(DossierStep step, LocalDate doneOn, String note) {
	}

	/**
	 * The admission decision; the exceptions, when they apply, name the decision of the
	 * higher committee (over 60) or the listed area (education below the minimum).
	 */
	public record Decision(String decisionNumber, LocalDate decidedOn, String issuer, String overAgeException,
			String educationException) {
	}

	/**
	 * The admission ceremony (PM-01); a late one names the higher committee's consent.
	 */
	public record Ceremony(LocalDate heldOn, String lateConsent) {
	}

	/** The recognition as official member (PM-03, PM-04). */
	public record Recognition(LocalDate proposedOn, String decisionNumber, LocalDate decidedOn) {
	}

	/** One admission rule's outcome for a candidate, with its legal basis. */
	public record RuleOutcome(String rule, boolean passed, boolean excepted, String message, String legalBasis) {
	}

	/**
	 * One line of the pipeline board: a candidate in progress, a ceremony due, a
	 * probation ending, a recognition overdue; the day it counts from and its deadline.
	 */
	public record BoardItem(String kind, Long candidateId, Long memberId, String name, long orgId, String orgName,
			LocalDate since, LocalDate due, boolean overdue, String detail) {
	}

}

package vn.canbo.career;

import java.time.LocalDate;
import java.util.List;

/**
 * The editable content of a decision (a draft). {@code referenceOn}: the date the
 * organisation advisory body received the dossier (APP-04 age reference), defaults to the
 * effective date. {@code targetDecisionId}: for a revocation or an amendment, the
 * decision concerned. {@code signing}: what its document needs (place, proposer, signing
 * authority, signer title, recipients).
 */
public record DecisionDraft(DecisionType type, String number, LocalDate signedOn, String issuer, String signer,
		LocalDate effectiveOn, LocalDate endOn, LocalDate referenceOn, Long targetDecisionId, String note,
		List<DecisionSubject> subjects, DecisionSigning signing) {

	public DecisionDraft {
		subjects = subjects == null ? List.of() : List.copyOf(subjects);
		signing = signing == null ? DecisionSigning.NONE : signing;
	}

	/** A draft without signing details. */
	public DecisionDraft(DecisionType type, String number, LocalDate signedOn, String issuer, String signer,
			LocalDate effectiveOn, LocalDate endOn, LocalDate referenceOn, Long targetDecisionId, String note,
			List<DecisionSubject> subjects) {
		this(type, number, signedOn, issuer, signer, effectiveOn, endOn, referenceOn, targetDecisionId, note, subjects,
				null);
	}

	public DecisionDraft withSigning(DecisionSigning s) {
		return new DecisionDraft(type, number, signedOn, issuer, signer, effectiveOn, endOn, referenceOn,
				targetDecisionId, note, subjects, s);
	}

	public static DecisionDraft of(DecisionType type, String number, LocalDate signedOn, String issuer,
			LocalDate effectiveOn, List<DecisionSubject> subjects) {
		return new DecisionDraft(type, number, signedOn, issuer, null, effectiveOn, null, null, null, null, subjects);
	}

	public DecisionDraft withEndOn(LocalDate end) {
		return new DecisionDraft(type, number, signedOn, issuer, signer, effectiveOn, end, referenceOn,
				targetDecisionId, note, subjects, signing);
	}

	public DecisionDraft withReferenceOn(LocalDate ref) {
		return new DecisionDraft(type, number, signedOn, issuer, signer, effectiveOn, endOn, ref, targetDecisionId,
				note, subjects, signing);
	}

	public DecisionDraft withTarget(Long target) {
		return new DecisionDraft(type, number, signedOn, issuer, signer, effectiveOn, endOn, referenceOn, target, note,
				subjects, signing);
	}
}

package vn.canbo.career;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.canbo.rules.RuleResult;

/**
 * A stored decision with its subjects, the last rule check, its effects and scan
 * (metadata only), and what its document needs ({@link DecisionSigning}).
 */
public record Decision(long id, int version, DecisionType type, String number, LocalDate signedOn, String issuer,
		String signer, LocalDate effectiveOn, LocalDate endOn, LocalDate referenceOn, DecisionStatus status,
		Long targetDecisionId, Long revokedByDecisionId, Long amendedByDecisionId, String justification, String note,
		Instant issuedAt, String issuedBy, Instant approvedAt, String approvedBy, Instant createdAt, String createdBy,
		Instant updatedAt, String updatedBy, List<DecisionSubject> subjects, List<RuleResult> checks,
		List<EffectView> effects, ScanInfo scan, DecisionSigning signing) {

	public Decision {
		signing = signing == null ? DecisionSigning.NONE : signing;
	}

	/** A change the decision made to a dossier. */
	public record EffectView(long personId, String kind, long rowId, String action, LocalDate previousValidTo,
			boolean undone) {
	}

	/** The attached scan (PDF, PNG or JPEG). */
	public record ScanInfo(String fileName, String contentType, int sizeBytes, Instant uploadedAt, String uploadedBy) {
	}

	public boolean draft() {
		return status == DecisionStatus.DRAFT;
	}

	/** Approved (first approval of the four-eyes flow), not yet issued. */
	public boolean approved() {
		return status == DecisionStatus.APPROVED;
	}

	public DecisionDraft content() {
		return new DecisionDraft(type, number, signedOn, issuer, signer, effectiveOn, endOn, referenceOn,
				targetDecisionId, note, subjects, signing);
	}
}

package vn.canbo.career;

import java.time.LocalDate;
import java.util.List;

/**
 * Published by {@link DecisionService} inside the transaction that issues a decision
 * (issue 17), after its effects are applied to the dossiers: a listener that fails rolls
 * the issue back, so nothing is half-written. {@code type} is the decision's own type;
 * {@code appliedAs} the type its subjects were applied as (an amendment's is its
 * target's; null for a revocation); {@code undoneDecisionId} the decision revoked or
 * amended by it (its effects were undone), else null. Each subject names the person and,
 * for a decision taking a post, the unit and title.
 */
public record DecisionIssued(long decisionId, String number, LocalDate signedOn, String issuer, DecisionType type,
		DecisionType appliedAs, LocalDate effectiveOn, Long undoneDecisionId, List<Subject> subjects) {

	/** A person of the decision and the post it gives (unit and title, null if none). */
	public record Subject(long personId, Long unitId, String titleCode, boolean concurrent) {
	}

	/** Whether the subjects took a post (the decision, as applied, opens one). */
	public boolean opensPost() {
		return appliedAs != null && appliedAs.effect() == DecisionType.Effect.OPEN;
	}

}

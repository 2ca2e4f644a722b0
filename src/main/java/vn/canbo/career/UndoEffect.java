package vn.canbo.career;

import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.people.CareerFacts;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;

/**
 * Revocation: undoes the target decision's effects; its subjects are the target's
 * persons; no rules.
 */
record UndoEffect(DecisionRows rows, CareerFacts facts, AuditLog audit, Supplier<String> user,
		LongFunction<Decision> load) implements DecisionEffect {

	@Override
	public Applied validate(DecisionDraft d, LongFunction<Decision> inScope, List<FieldError> e) {
		Decision target = target(d, inScope, e);
		return new Applied(d.type(), target == null ? d.subjects()
				: target.subjects().stream().map(s -> DecisionSubject.person(s.personId())).toList());
	}

	/**
	 * The decision revoked or amended (null when missing); it must be issued and not
	 * itself a revocation.
	 */
	static Decision target(DecisionDraft d, LongFunction<Decision> inScope, List<FieldError> e) {
		if (d.targetDecisionId() == null) {
			e.add(new FieldError("targetDecisionId", Messages.text("career.error.targetRequired"), null));
			return null;
		}
		Decision target = inScope.apply(d.targetDecisionId());
		if (target.status() != DecisionStatus.ISSUED) {
			e.add(new FieldError("targetDecisionId", Messages.text("career.error.targetNotLive"),
					d.targetDecisionId()));
		}
		else if (target.type().effect() == DecisionType.Effect.UNDO) {
			e.add(new FieldError("targetDecisionId", Messages.text("career.error.targetIsRevocation"),
					d.targetDecisionId()));
		}
		return target;
	}

	@Override
	public DecisionType ruleType(Decision d) {
		return null;
	}

	/**
	 * Undoes the live effects of d's target and marks the target undone and revoked by d
	 * (revocation, amendment).
	 */
	static Decision revokeTarget(Decision d, DecisionRows rows, CareerFacts facts, Supplier<String> user,
			LongFunction<Decision> load) {
		Decision target = load.apply(d.targetDecisionId());
		facts.writes()
			.undo(rows.liveEffects(target.id()),
					Messages.text(Messages.VIETNAMESE,
							d.type() == DecisionType.REVOCATION ? "career.note.revokedBy" : "career.note.amendedBy",
							d.number()));
		rows.markUndone(target.id());
		rows.markRevoked(target.id(), d.id(), user.get());
		return target;
	}

	@Override
	public DecisionType undo(Decision d) {
		Decision target = revokeTarget(d, rows, facts, user, load);
		audit.record(AuditAction.DECISION, "decision", String.valueOf(target.id()), DecisionService.firstPerson(target),
				Map.of("status", "ISSUED"), Map.of("status", "REVOKED", "revokedBy", d.id()));
		return null;
	}

}

package vn.canbo.career;

import java.util.List;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import vn.canbo.people.CareerFacts;
import vn.canbo.shared.FieldError;

/**
 * Amendment: undoes the target decision's effects and applies its own subjects as the
 * target's type.
 */
record AmendEffect(DecisionRows rows, CareerFacts facts, Supplier<String> user,
		LongFunction<Decision> load) implements DecisionEffect {

	@Override
	public Applied validate(DecisionDraft d, LongFunction<Decision> inScope, List<FieldError> e) {
		Decision target = UndoEffect.target(d, inScope, e);
		return new Applied(target == null ? d.type() : target.type(), d.subjects());
	}

	@Override
	public DecisionType ruleType(Decision d) {
		return load.apply(d.targetDecisionId()).type();
	}

	@Override
	public DecisionType undo(Decision d) {
		Decision target = UndoEffect.revokeTarget(d, rows, facts, user, load);
		rows.markAmended(target.id(), d.id(), user.get());
		return target.type();
	}

}

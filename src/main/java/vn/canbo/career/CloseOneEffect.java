package vn.canbo.career;

import java.util.List;
import vn.canbo.people.CareerFacts;

/** Ends one post of the subject. */
final class CloseOneEffect implements DecisionEffect {

	private final CareerFacts facts;

	CloseOneEffect(CareerFacts facts) {
		this.facts = facts;
	}

	@Override
	public DecisionType.Effect effect() {
		return DecisionType.Effect.CLOSE_ONE;
	}

	@Override
	public List<CareerFacts.Effect> apply(Decision d, DecisionType type, DecisionSubject s, int termMonths) {
		return facts.closePosition(s.personId(), s.positionId(), d.effectiveOn(), d.id());
	}

}

package vn.canbo.career;

import java.util.List;
import vn.canbo.people.CareerFacts;

/** Ends one post of the subject. */
record CloseOneEffect(CareerFacts facts) implements DecisionEffect {

	@Override
	public List<CareerFacts.Effect> apply(Decision d, DecisionType type, DecisionSubject s, int termMonths) {
		return facts.writes().closePosition(s.personId(), s.positionId(), d.effectiveOn(), d.id());
	}

}

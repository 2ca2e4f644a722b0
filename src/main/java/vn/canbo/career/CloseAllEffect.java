package vn.canbo.career;

import java.time.LocalDate;
import java.util.List;
import vn.canbo.people.CareerFacts;
import vn.canbo.people.PersonView;
import vn.canbo.rules.RuleChecks;
import vn.canbo.rules.RuleResult;
import vn.canbo.rules.SubjectFacts;

/**
 * Ends every post of the subject (leaves the service); a retirement is checked against
 * the retirement date.
 */
record CloseAllEffect(CareerFacts facts, RuleChecks rules) implements DecisionEffect {

	@Override
	public void checkRules(Decision d, DecisionType type, DecisionSubject s, SubjectFacts f, PersonView p,
			List<RuleResult> out) {
		if (type == DecisionType.RETIREMENT) {
			LocalDate day = d.effectiveOn();
			out.add(rules.retirementDate(f, day));
			out.addAll(rules.retirementTiming(f, day, d.signedOn()));
		}
	}

	@Override
	public List<CareerFacts.Effect> apply(Decision d, DecisionType type, DecisionSubject s, int termMonths) {
		return facts.writes().closeAllPositions(s.personId(), d.effectiveOn(), d.id());
	}

}

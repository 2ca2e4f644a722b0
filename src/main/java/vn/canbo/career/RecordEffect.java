package vn.canbo.career;

import java.util.List;
import vn.canbo.people.PersonView;
import vn.canbo.rules.RuleChecks;
import vn.canbo.rules.RuleResult;
import vn.canbo.rules.SubjectFacts;

/**
 * Recorded only (the dossier is not changed); a nomination to a higher post is checked
 * like an appointment.
 */
record RecordEffect(RuleChecks rules) implements DecisionEffect {

	@Override
	public void checkRules(Decision d, DecisionType type, DecisionSubject s, SubjectFacts f, PersonView p,
			List<RuleResult> out) {
		if (type == DecisionType.NOMINATION) {
			OpenEffect.higherPost(rules, d, s, f, out);
		}
	}

}

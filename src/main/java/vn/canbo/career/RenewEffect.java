package vn.canbo.career;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.canbo.people.CareerFacts;
import vn.canbo.people.PersonService;
import vn.canbo.people.PersonView;
import vn.canbo.people.Position;
import vn.canbo.rules.Retirement;
import vn.canbo.rules.RuleChecks;
import vn.canbo.rules.RuleResult;
import vn.canbo.rules.SubjectFacts;
import vn.canbo.rules.Terms;
import vn.canbo.shared.Scope;

/** Renews the subject's post: the old one ends, the same post opens with a new term. */
record RenewEffect(PersonService people, CareerFacts facts, RuleChecks rules) implements DecisionEffect {

	@Override
	public void checkRules(Decision d, DecisionType type, DecisionSubject s, SubjectFacts f, PersonView p,
			List<RuleResult> out) {
		LocalDate day = d.effectiveOn();
		// APP-08 is measured at the expiry of the CURRENT term (not the end of the new
		// one); without a recorded end, the decision's effective date stands for it
		LocalDate termEnd = s.positionId() == null ? day
				: facts.position(s.personId(), s.positionId())
					.map(x -> x.termEnd() == null ? day : x.termEnd())
					.orElse(day);
		if (type == DecisionType.REAPPOINTMENT) {
			out.add(rules.reappointment(f, day, termEnd));
			rules.incompleteRating(f, day).ifPresent(out::add);
		}
		else if (type == DecisionType.EXTENSION_TO_RETIREMENT) {
			out.add(rules.extension(f, day, termEnd));
		}
	}

	@Override
	public List<CareerFacts.Effect> apply(Decision d, DecisionType type, DecisionSubject s, int termMonths) {
		LocalDate day = d.effectiveOn();
		long pid = s.personId();
		List<CareerFacts.Effect> out = new ArrayList<>();
		LocalDate termEnd = type == DecisionType.EXTENSION_TO_RETIREMENT ? retirementDate(pid, day)
				: Terms.termEnd(day, termMonths);
		out.addAll(facts.writes().closePosition(pid, s.positionId(), day, d.id()));
		Position p = new Position(null, s.unitId(), null, s.titleCode(), s.titleText(), s.concurrent(), s.partyPost(),
				day, null, day, termEnd, d.number(), d.signedOn(), null, s.note());
		out.addAll(s.concurrent() ? facts.writes().openConcurrentPosition(pid, p, d.id())
				: facts.writes().openMainPosition(pid, p, d.id()));
		return out;
	}

	private LocalDate retirementDate(long personId, LocalDate day) {
		PersonView p = people.get(personId, day, Scope.all());
		return Retirement
			.of(p.person().data().gender(), p.person().data().birthDate(), p.retirementAdjustMonths(day),
					rules.parameters().intValue("retire.notice_months", day),
					rules.parameters().intValue("retire.decision_months", day))
			.retirementDate();
	}

}

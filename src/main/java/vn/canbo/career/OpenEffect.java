package vn.canbo.career;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.canbo.people.CareerFacts;
import vn.canbo.people.PersonService;
import vn.canbo.people.PersonView;
import vn.canbo.people.Position;
import vn.canbo.rules.RuleChecks;
import vn.canbo.rules.RuleResult;
import vn.canbo.rules.SubjectFacts;
import vn.canbo.rules.Terms;

/**
 * Opens a post (main, or concurrent), with a salary row when the subject gives rank and
 * step.
 */
record OpenEffect(PersonService people, CareerFacts facts, RuleChecks rules) implements DecisionEffect {

	@Override
	public void checkRules(Decision d, DecisionType type, DecisionSubject s, SubjectFacts f, PersonView p,
			List<RuleResult> out) {
		LocalDate day = d.effectiveOn();
		switch (type) {
			case APPOINTMENT, PROMOTION, DESIGNATION -> {
				higherPost(rules, d, s, f, out);
				rules.incompleteRating(f, day).ifPresent(out::add);
			}
			case ELECTION -> higherPost(rules, d, s, f, out);
			case ROTATION -> {
				out.add(rules.rotationDuration(f, day, s.returnOn() == null ? d.endOn() : s.returnOn()));
				out.add(rules.rotationRemaining(f, day));
			}
			default -> {
			}
		}
	}

	/** A higher post: the age gate and the discipline wait. */
	static void higherPost(RuleChecks rules, Decision d, DecisionSubject s, SubjectFacts f, List<RuleResult> out) {
		if (Boolean.TRUE.equals(s.higherPost())) {
			LocalDate day = d.effectiveOn();
			out.add(rules.ageGate(f, d.referenceOn() == null ? day : d.referenceOn()));
			out.addAll(rules.disciplineWait(f, day));
		}
	}

	@Override
	public List<CareerFacts.Effect> apply(Decision d, DecisionType type, DecisionSubject s, int termMonths) {
		LocalDate day = d.effectiveOn();
		long pid = s.personId();
		List<CareerFacts.Effect> out = new ArrayList<>();
		LocalDate to = type.timeLimited() ? (s.returnOn() != null ? s.returnOn() : d.endOn()) : d.endOn();
		LocalDate termEnd = type.startsTerm()
				? (type == DecisionType.ELECTION && d.endOn() != null ? d.endOn() : Terms.termEnd(day, termMonths))
				: null;
		Position p = new Position(null, s.unitId(), null, s.titleCode(), s.titleText(), s.concurrent(), s.partyPost(),
				day, to, type.startsTerm() ? day : null, termEnd, d.number(), d.signedOn(), null, s.note());
		out.addAll(s.concurrent() ? facts.writes().openConcurrentPosition(pid, p, d.id())
				: facts.writes().openMainPosition(pid, p, d.id()));
		if (s.rankCode() != null && s.step() != null) {
			out.addAll(facts.writes().addSalary(pid, SalaryEffect.salary(people, d, s, day), d.id()));
		}
		return out;
	}

}

package vn.canbo.career;

import static vn.canbo.career.Alerts.d;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.canbo.career.Alerts.Alert;
import vn.canbo.career.Alerts.Kind;
import vn.canbo.people.CareerFacts;
import vn.canbo.rules.Retirement;
import vn.canbo.rules.RuleChecks;
import vn.canbo.rules.RuleParameters;
import vn.canbo.rules.Terms;
import vn.canbo.rules.WorkingDays;
import vn.canbo.shared.Messages;

/**
 * Term-ending alerts of a scope: the reappointment (or the extension to retirement) must
 * start a number of working days before the term ends.
 */
@Component
@Order(1)
class TermAlerts implements AlertSource {

	private final CareerFacts facts;

	private final RuleParameters params;

	TermAlerts(CareerFacts facts, RuleChecks rules) {
		this.facts = facts;
		this.params = rules.parameters();
	}

	@Override
	public Set<Kind> kinds() {
		return Set.of(Kind.TERM_ENDING);
	}

	/** The terms whose reappointment must start in [start, end]. */
	@Override
	public List<Alert> list(Collection<Long> unitIds, LocalDate start, LocalDate end) {
		int wd = params.intValue("reappoint.notice_working_days", start);
		WorkingDays calendar = params.calendar(start);
		int threshold = params.intValue("reappoint.extend_to_retirement_if_remaining_lt", start);
		List<Alert> out = new ArrayList<>();
		// a term ending up to wd working days after the window still needs action in it:
		// wd weeks of five days, plus room for Tết, the other holidays and swapped days
		// off (issue 13, point 6); the exact date is filtered below
		List<CareerFacts.Holder> holders = facts.termsEnding(unitIds, start, end.plusDays(wd * 7L / 5 + 30));
		Map<Long, Integer> adjust = facts
			.retirementAdjustments(holders.stream().map(CareerFacts.Holder::personId).toList(), start);
		for (CareerFacts.Holder h : holders) {
			LocalDate termEnd = h.position().termEnd();
			LocalDate act = Terms.reappointmentStart(termEnd, wd, calendar);
			if (act.isAfter(end)) {
				continue;
			}
			Retirement r = Retirement.of(h.gender(), h.birthDate(), adjust.getOrDefault(h.personId(), 0),
					Retirement.DEFAULT_NOTICE_MONTHS, Retirement.DEFAULT_DECISION_MONTHS);
			boolean extend = Terms.extendToRetirement(termEnd, r.retirementDate(), threshold);
			String title = DecisionValidation.title(h.position());
			out.add(new Alert(Kind.TERM_ENDING, h.personId(), h.fullName(), h.position().unitId(), null, termEnd, act,
					Messages.text("career.alert.termEnding", title, d(termEnd),
							extend ? Messages.text("career.alert.extendProcess", d(r.retirementDate()))
									: Messages.text("career.alert.reappointProcess"),
							d(act), String.valueOf(wd)),
					extend ? DecisionType.EXTENSION_TO_RETIREMENT : DecisionType.REAPPOINTMENT, h.position().id(),
					h.decisionId()));
		}
		return out;
	}

}

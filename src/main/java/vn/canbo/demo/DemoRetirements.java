package vn.canbo.demo;

import java.time.LocalDate;
import java.util.List;
import vn.canbo.career.Alerts;
import vn.canbo.career.DecisionDraft;
import vn.canbo.career.DecisionService;
import vn.canbo.career.DecisionSubject;
import vn.canbo.career.DecisionType;
import vn.canbo.rules.RuleParameters;
import vn.canbo.shared.Scope;

/**
 * Retirements decided on time (issue 20, point 14): the decision on a retirement is
 * issued at the latest {@code retire.decision_months} before the retirement date (the
 * rules module's parameter, NĐ 135/2020), so on the day the demo is generated everyone
 * whose deadline has passed has an issued retirement decision, signed ten days before
 * that deadline and effective on the retirement date. Those whose deadline is still ahead
 * stay in the alerts, as the officer's work to come.
 */
final class DemoRetirements {

	static final String ISSUER = "UBND tỉnh Bình Giang";

	private DemoRetirements() {
	}

	/** Issues the decisions due by {@code today}; returns how many. */
	static int decide(Alerts alerts, DecisionService decisions, RuleParameters params, LocalDate today) {
		int months = params.intValue("retire.decision_months", today);
		List<Alerts.Alert> due = alerts.list(Scope.all(), today, (months + 1) * 31, Alerts.Kind.RETIREMENT)
			.stream()
			.filter(a -> a.kind() == Alerts.Kind.RETIREMENT)
			.filter(a -> !a.dueDate().minusMonths(months).isAfter(today))
			.toList();
		int n = 0;
		for (Alerts.Alert a : due) {
			n++;
			LocalDate signed = a.dueDate().minusMonths(months).minusDays(10);
			long id = decisions.create(DecisionDraft.of(DecisionType.RETIREMENT, n + "/QĐ-NH", signed, ISSUER,
					a.dueDate(), List.of(DecisionSubject.person(a.personId()))), Scope.all())
				.id();
			decisions.issue(id, null, Scope.all());
		}
		return n;
	}

}

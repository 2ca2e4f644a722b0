package vn.canbo.career;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.canbo.people.CareerFacts;
import vn.canbo.people.Gender;
import vn.canbo.rules.Retirement;
import vn.canbo.rules.RuleParameters;
import vn.canbo.shared.Messages;

/**
 * Retirement alerts of a scope: every person working on the start date whose notice date
 * falls on or before the window's end and who has no issued retirement decision. A person
 * on or past the retirement date (the first day no longer in post: the group the reports
 * count as "đủ tuổi nghỉ hưu" on that date) stays, as overdue
 * ({@link Alerts.Kind#RETIREMENT_OVERDUE}, "quá hạn"), until such a decision is issued.
 *
 * <p>
 * The population is read without a row limit; SQL bounds it by an exact pre-filter on the
 * birth date only: nobody born on or after the first birth date that has not reached the
 * statutory age by (window end + notice months) under the roadmap, moved later by
 * {@link Retirement#maxAdjustMonths()}, can be due. The exact dates are then computed
 * here.
 */
@Component
@Order(2)
class RetirementAlerts implements AlertSource {

	/**
	 * The pre-filter's margin: personal retirement categories move the retirement age by
	 * up to {@link Retirement#maxAdjustMonths()} earlier or later (NĐ 135/2020 Art. 5, 6;
	 * the largest maximum the parameters have ever allowed). A bound of the SQL filter,
	 * not a rule: the exact date comes from {@link Retirement}.
	 */
	static int personalShiftMonths() {
		return Retirement.maxAdjustMonths();
	}

	private final CareerFacts facts;

	private final DecisionRows rows;

	private final RuleParameters params;

	RetirementAlerts(CareerFacts facts, DecisionRows rows, vn.canbo.rules.RuleChecks rules) {
		this.facts = facts;
		this.rows = rows;
		this.params = rules.parameters();
	}

	/**
	 * The first birth date that cannot be due in a window ending on {@code end}: the
	 * youngest possible retiree's birth date (both sexes) plus the personal margin.
	 */
	static LocalDate bornBefore(LocalDate end, int noticeMonths) {
		LocalDate horizon = end.plusMonths(noticeMonths);
		LocalDate latest = null;
		for (Gender g : Gender.values()) {
			LocalDate x = Retirement.retiredIfBornBefore(g, horizon);
			latest = latest == null || x.isAfter(latest) ? x : latest;
		}
		return latest.plusMonths(personalShiftMonths());
	}

	@Override
	public Set<Alerts.Kind> kinds() {
		return Set.of(Alerts.Kind.RETIREMENT, Alerts.Kind.RETIREMENT_OVERDUE);
	}

	@Override
	public List<Alerts.Alert> list(Collection<Long> unitIds, LocalDate start, LocalDate end) {
		int notice = params.intValue("retire.notice_months", start);
		int decision = params.intValue("retire.decision_months", start);
		List<CareerFacts.Worker> workers = facts.workersBornBefore(unitIds, start,
				bornBefore(end, notice).minusDays(1));
		List<Long> ids = workers.stream().map(CareerFacts.Worker::personId).toList();
		Set<Long> done = rows.personsWithIssued(DecisionType.RETIREMENT, ids);
		// each person's own statutory age: the retirement category in force moves it
		Map<Long, Integer> adjust = facts.retirementAdjustments(ids, start);
		List<Alerts.Alert> out = new ArrayList<>();
		for (CareerFacts.Worker w : workers) {
			if (done.contains(w.personId())) {
				continue;
			}
			Retirement r = Retirement.of(w.gender(), w.birthDate(), adjust.getOrDefault(w.personId(), 0), notice,
					decision);
			if (r.noticeBy().isAfter(end)) {
				continue;
			}
			// on the retirement date the person is no longer to be in post: from that day
			// on they are counted as the reports count "đủ tuổi nghỉ hưu" (RetiredSql)
			boolean overdue = !r.retirementDate().isAfter(start);
			String age = Retirement.formatAge(r.ageMonths());
			String detail = overdue
					? Messages.text("career.alert.retirementOverdue", age, Alerts.d(r.retirementDate()),
							Alerts.d(r.decisionBy()))
					: Messages.text("career.alert.retirement", age, Alerts.d(r.retirementDate()),
							Alerts.d(r.noticeBy()), Alerts.d(r.decisionBy()));
			out.add(new Alerts.Alert(overdue ? Alerts.Kind.RETIREMENT_OVERDUE : Alerts.Kind.RETIREMENT, w.personId(),
					w.fullName(), w.unitId(), null, r.retirementDate(), overdue ? r.decisionBy() : r.noticeBy(), detail,
					DecisionType.RETIREMENT, null, null));
		}
		return out;
	}

}

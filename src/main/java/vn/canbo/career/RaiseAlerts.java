package vn.canbo.career;

import static vn.canbo.career.Alerts.d;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.canbo.career.Alerts.Alert;
import vn.canbo.career.Alerts.Kind;
import vn.canbo.catalog.Catalogs;
import vn.canbo.catalog.Rank;
import vn.canbo.people.CareerFacts;
import vn.canbo.people.Discipline;
import vn.canbo.people.Salary;
import vn.canbo.rules.RaiseDelays;
import vn.canbo.rules.RuleChecks;
import vn.canbo.rules.SalaryRaises;
import vn.canbo.shared.Messages;

/**
 * Regular salary raise alerts of a scope: the next step due (delayed by disciplines and
 * ratings, as the decision check SAL-01 computes it), or the seniority allowance on the
 * last step.
 */
@Component
@Order(4)
class RaiseAlerts implements AlertSource {

	private static final SortedMap<Integer, String> EMPTY = new TreeMap<>();

	private final CareerFacts facts;

	private final Catalogs catalogs;

	private final RuleChecks rules;

	private final RaiseDelays raiseDelays;

	RaiseAlerts(CareerFacts facts, Catalogs catalogs, RuleChecks rules) {
		this.facts = facts;
		this.catalogs = catalogs;
		this.rules = rules;
		this.raiseDelays = new RaiseDelays(rules, catalogs);
	}

	@Override
	public Set<Kind> kinds() {
		return Set.of(Kind.SALARY_RAISE);
	}

	/**
	 * Raises due: the salary rows are bounded in SQL per rank (rows that can be due in
	 * the window: on the last step, or started late enough for the rank's interval), then
	 * computed exactly.
	 */
	@Override
	public List<Alert> list(Collection<Long> unitIds, LocalDate start, LocalDate end) {
		List<Alert> out = new ArrayList<>();
		Map<String, Rank> ranks = new HashMap<>();
		Map<String, Integer> intervals = new HashMap<>();
		List<CareerFacts.RaiseBound> bounds = new ArrayList<>();
		int slack = 3 * rules.delayMonths(start).heavy();
		for (String code : facts.openSalaryRanks(unitIds, start, end)) {
			Optional<Rank> rank = catalogs.rank(code);
			if (rank.isEmpty() || rank.get().steps() == 0) {
				continue;
			}
			int interval = rules.interval(rank.get(), start);
			ranks.put(code, rank.get());
			intervals.put(code, interval);
			// not on the last step: due (start of step + interval + delays) on or after
			// start − 12 months (a month's slack); any step: first due on or before the
			// end
			// months); the lower bound also leaves room for delays (up to three heavy
			// ones)
			bounds.add(new CareerFacts.RaiseBound(code, rank.get().steps(),
					start.minusMonths(12).minusMonths(interval + 1L + slack), end.minusMonths(interval)));
		}
		List<CareerFacts.SalaryFact> found = facts.salariesWithin(unitIds, start, bounds);
		Delays delays = delays(found, ranks, intervals, end);
		for (CareerFacts.SalaryFact f : found) {
			Salary s = f.salary();
			Optional<Rank> rank = Optional.ofNullable(ranks.get(s.rankCode()));
			if (rank.isEmpty() || s.step() == null) {
				continue;
			}
			int interval = intervals.get(s.rankCode());
			if (rank.get().isLastStep(s.step())) {
				LocalDate first = s.validFrom().plusMonths(interval);
				LocalDate next = first;
				while (next.isBefore(start.minusMonths(1))) {
					next = next.plusYears(1);
				}
				if (next.isAfter(end)) {
					continue;
				}
				int pct = rules.seniorityPct(rank.get(), s.validFrom(), next, 0);
				out.add(new Alert(Kind.SALARY_RAISE, f.personId(), f.fullName(), f.unitId(), null, next, next, Messages
					.text("career.alert.lastStep", rank.get().name(), d(s.validFrom()), String.valueOf(pct), d(next)),
						DecisionType.SALARY_STEP_REGULAR, null, null));
				continue;
			}
			if (s.validFrom().plusMonths(interval).isAfter(end)) {
				continue;
			}
			// the date the decision check SAL-01 accepts: the same computation
			RaiseDelays.Due due = raiseDelays.regularDue(f.category(),
					delays.disciplines().getOrDefault(f.personId(), List.of()),
					delays.ratings().getOrDefault(f.personId(), EMPTY), s.validFrom(), interval);
			if (due.date().isAfter(end) || due.date().isBefore(start.minusMonths(12))) {
				continue;
			}
			String detail = Messages.text("career.alert.stepDue", rank.get().name(), String.valueOf(s.step()),
					d(s.validFrom()), String.valueOf(interval), String.valueOf(s.step() + 1), d(due.date()));
			if (due.months() > 0) {
				detail += Messages.text("career.alert.delayed", String.valueOf(due.months()),
						SalaryRaises.causes(due.delays()));
			}
			out.add(new Alert(Kind.SALARY_RAISE, f.personId(), f.fullName(), f.unitId(), null, due.date(), due.date(),
					detail, DecisionType.SALARY_STEP_REGULAR, null, null));
		}
		return out;
	}

	/** The disciplines and final ratings of the raise candidates, loaded in bulk. */
	private record Delays(Map<Long, List<Discipline>> disciplines, Map<Long, SortedMap<Integer, String>> ratings) {
	}

	/**
	 * Two queries for the whole population: the disciplines and the final ratings of the
	 * persons whose undelayed regular raise falls on or before the end of the window.
	 */
	private Delays delays(List<CareerFacts.SalaryFact> found, Map<String, Rank> ranks, Map<String, Integer> intervals,
			LocalDate end) {
		List<CareerFacts.SalaryFact> candidates = found.stream()
			.filter(f -> f.salary().step() != null && ranks.containsKey(f.salary().rankCode())
					&& !ranks.get(f.salary().rankCode()).isLastStep(f.salary().step())
					&& !f.salary().validFrom().plusMonths(intervals.get(f.salary().rankCode())).isAfter(end))
			.toList();
		if (candidates.isEmpty()) {
			return new Delays(Map.of(), Map.of());
		}
		List<Long> ids = candidates.stream().map(CareerFacts.SalaryFact::personId).distinct().toList();
		int fromYear = candidates.stream().mapToInt(f -> f.salary().validFrom().getYear()).min().getAsInt();
		// a delayed raise can fall some years after the window's end
		return new Delays(facts.disciplines(ids), rules.ratings().finalRatings(ids, fromYear, end.getYear() + 10));
	}

}

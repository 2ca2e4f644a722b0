package vn.canbo.career;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.canbo.catalog.Catalogs;
import vn.canbo.catalog.Rank;
import vn.canbo.org.Units;
import vn.canbo.people.CareerFacts;
import vn.canbo.people.PersonService;
import vn.canbo.people.PersonView;
import vn.canbo.people.Salary;
import vn.canbo.rules.RaiseDelays;
import vn.canbo.rules.RuleChecks;
import vn.canbo.rules.RuleMode;
import vn.canbo.rules.RuleResult;
import vn.canbo.rules.SalaryRaises;
import vn.canbo.rules.SubjectFacts;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;

/**
 * A new salary row; salary steps are checked against the step duration, early ones also
 * against the unit's quota.
 */
record SalaryEffect(DecisionRows rows, PersonService people, CareerFacts facts, Units units, Catalogs catalogs,
		RuleChecks rules, RaiseDelays raiseDelays) implements DecisionEffect {

	@Override
	public void checkRules(Decision d, DecisionType type, DecisionSubject s, SubjectFacts f, PersonView p,
			List<RuleResult> out) {
		if (type == DecisionType.SALARY_STEP_REGULAR || type == DecisionType.SALARY_STEP_EARLY) {
			out.add(raise(type, f, p, s, d.effectiveOn()));
		}
	}

	private RuleResult raise(DecisionType type, SubjectFacts f, PersonView p, DecisionSubject s, LocalDate day) {
		Salary current = p.salaries().stream().filter(x -> x.validOn(day.minusDays(1))).findFirst().orElse(null);
		Rank rank = current == null || current.rankCode() == null ? null
				: catalogs.rank(current.rankCode()).orElse(null);
		if (current == null || rank == null || current.step() == null) {
			return new RuleResult("SAL-01", "salary.step_months_high", RuleMode.BLOCK, false,
					Messages.text("career.rule.noSalary", f.fullName(), day.format(DecisionService.VN)), null,
					f.personId());
		}
		// disciplines and KHTNV years (the final ratings, the typed number only for years
		// without one): the same computation as the SALARY_RAISE alert
		List<SalaryRaises.Delay> delays = raiseDelays.delays(f.personId(), f.category(), f.disciplines(),
				current.validFrom(), day, s.incompleteYears());
		if (type == DecisionType.SALARY_STEP_EARLY) {
			return rules.earlyRaise(f, rank, current.step(), current.validFrom(), day, delays);
		}
		return rules.regularRaise(f, rank, current.step(), current.validFrom(),
				s.step() == null ? current.step() + 1 : s.step(), day, delays);
	}

	/**
	 * Early raises: the quota of every home unit concerned, counting this decision's
	 * subjects.
	 */
	@Override
	public void checkAll(Decision d, DecisionType type, List<RuleResult> out) {
		if (type != DecisionType.SALARY_STEP_EARLY) {
			return;
		}
		LocalDate day = d.effectiveOn();
		Map<Long, Long> perUnit = d.subjects()
			.stream()
			.filter(s -> s.homeUnitId() != null)
			.collect(Collectors.groupingBy(DecisionSubject::homeUnitId, Collectors.counting()));
		Map<Long, Long> heads = people.headcounts(perUnit.keySet(), day);
		var names = units.findAll(perUnit.keySet(), day);
		perUnit.forEach((unit, n) -> out
			.add(rules.earlyRaiseQuota(names.containsKey(unit) ? names.get(unit).name() : "#" + unit,
					rows.earlyRaises(unit, day.getYear(), d.id()) + n, heads.getOrDefault(unit, 0L), day)));
	}

	@Override
	public List<CareerFacts.Effect> apply(Decision d, DecisionType type, DecisionSubject s, int termMonths) {
		return facts.writes().addSalary(s.personId(), salary(people, d, s, d.effectiveOn()), d.id());
	}

	/**
	 * The salary row of the subject from the day; what the subject does not give is
	 * carried from the current row.
	 */
	static Salary salary(PersonService people, Decision d, DecisionSubject s, LocalDate day) {
		PersonView p = people.get(s.personId(), day, Scope.all());
		Salary current = p.salaries().stream().filter(x -> x.validOn(day.minusDays(1))).findFirst().orElse(null);
		BigDecimal allowance = s.positionAllowance() != null ? s.positionAllowance()
				: current == null ? null : current.positionAllowance();
		return new Salary(null, s.rankCode(), s.step(), s.coefficient(), current == null ? null : current.percent(),
				s.seniorityPct(), allowance, current == null ? null : current.otherAllowances(), null, day, null,
				d.number(), d.signedOn());
	}

}

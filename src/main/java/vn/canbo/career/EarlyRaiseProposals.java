package vn.canbo.career;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.catalog.Catalogs;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Rank;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;
import vn.canbo.people.Award;
import vn.canbo.people.CareerFacts;
import vn.canbo.people.PersonService;
import vn.canbo.people.PersonView;
import vn.canbo.people.Salary;
import vn.canbo.rules.RaisePeriodRatings;
import vn.canbo.rules.RuleChecks;
import vn.canbo.rules.RuleParameters;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;

/**
 * Danh sách đề nghị nâng bậc lương trước thời hạn (TT 08/2013/TT-BNV Art. 3,
 * regulations.md §3.6), for a unit subtree and a review year: the persons working there
 * on 31/12 of the year who meet the regular conditions over their current step (no final
 * KHTNV year, no discipline decided in the period unless revoked by 31/12), have a reward
 * of the year of a form listed in {@code salary.early_raise_award_forms} [U], are not at
 * the last step, and lack at most {@code salary.early_raise_max_months} to the regular
 * due date as of 31/12 (already due = a regular raise, not listed). Per home unit: the
 * staff, the quota {@code salary.early_raise_quota_pct} (rounded down, as the decision
 * check does), the early raises already issued in the year and the candidates.
 */
@Service
public class EarlyRaiseProposals {

	/** A person who may be proposed. */
	public record Candidate(long personId, String fullName, long unitId, String unitName, String rankCode,
			String rankName, int step, LocalDate stepFrom, LocalDate regularDue, long monthsLacking, String awardForm,
			String awardName, String awardDecision) {
	}

	/** The quota of a home unit in the year. */
	public record UnitQuota(long unitId, String unitName, long headcount, int pct, long allowed, long issued,
			long candidates) {

		/** Candidates beyond what is left of the quota (0 when within). */
		public long over() {
			return Math.max(0, issued + candidates - allowed);
		}

	}

	public record Proposal(long rootUnitId, int year, int maxMonths, List<String> awardForms,
			List<Candidate> candidates, List<UnitQuota> units) {
	}

	private final CareerFacts facts;

	private final PersonService people;

	private final Units units;

	private final Catalogs catalogs;

	private final RuleChecks rules;

	private final RuleParameters params;

	private final DecisionRows rows;

	EarlyRaiseProposals(CareerFacts facts, PersonService people, Units units, Catalogs catalogs, RuleChecks rules,
			RuleParameters params, DecisionRows rows) {
		this.facts = facts;
		this.people = people;
		this.units = units;
		this.catalogs = catalogs;
		this.rules = rules;
		this.params = params;
		this.rows = rows;
	}

	/** The list of the subtree of {@code rootUnitId} (in the scope, else 404). */
	@Transactional(readOnly = true)
	public Proposal list(long rootUnitId, int year, Scope scope) {
		LocalDate yearEnd = LocalDate.of(year, 12, 31);
		if (units.find(rootUnitId, yearEnd).isEmpty() || !units.inScope(rootUnitId, scope, yearEnd)) {
			throw new NotFoundException(Messages.text("career.early.unitNotFound", String.valueOf(rootUnitId)));
		}
		Set<Long> unitIds = units.subtreeIds(List.of(rootUnitId), yearEnd);
		int max = params.intValue("salary.early_raise_max_months", yearEnd);
		List<String> forms = params.listValue("salary.early_raise_award_forms", yearEnd);
		Map<String, Rank> ranks = new LinkedHashMap<>();
		Map<String, Integer> intervals = new LinkedHashMap<>();
		List<CareerFacts.RaiseBound> bounds = new ArrayList<>();
		for (String code : facts.openSalaryRanks(unitIds, yearEnd, yearEnd)) {
			Optional<Rank> rank = catalogs.rank(code);
			if (rank.isEmpty() || rank.get().steps() == 0) {
				continue;
			}
			int interval = rules.interval(rank.get(), yearEnd);
			ranks.put(code, rank.get());
			intervals.put(code, interval);
			// due (start + interval) after 31/12 and at most max months later; rows of
			// the
			// last step are left out below
			bounds.add(new CareerFacts.RaiseBound(code, Integer.MAX_VALUE, yearEnd.plusDays(1).minusMonths(interval),
					yearEnd.plusMonths(max).minusMonths(interval)));
		}
		List<Candidate> out = new ArrayList<>();
		Map<Long, UnitView> names = units.findAll(unitIds, yearEnd);
		for (CareerFacts.SalaryFact f : facts.salariesWithin(unitIds, yearEnd, bounds)) {
			Salary s = f.salary();
			Rank rank = ranks.get(s.rankCode());
			if (rank == null || s.step() == null || rank.isLastStep(s.step())) {
				continue;
			}
			LocalDate due = s.validFrom().plusMonths(intervals.get(s.rankCode()));
			if (!due.isAfter(yearEnd) || due.isAfter(yearEnd.plusMonths(max))) {
				continue;
			}
			candidate(f, rank, due, yearEnd, forms, names).ifPresent(out::add);
		}
		out.sort(Comparator.comparing(Candidate::unitName).thenComparing(Candidate::fullName));
		return new Proposal(rootUnitId, year, max, forms, out, quotas(out, names, year, yearEnd));
	}

	private Optional<Candidate> candidate(CareerFacts.SalaryFact f, Rank rank, LocalDate due, LocalDate yearEnd,
			List<String> forms, Map<Long, UnitView> names) {
		LocalDate from = f.salary().validFrom();
		// the regular conditions over the current step: no final KHTNV year…
		if (RaisePeriodRatings.of(rules.ratings(), f.personId(), from, yearEnd.plusDays(1), 0).total() > 0) {
			return Optional.empty();
		}
		PersonView p = people.get(f.personId(), yearEnd, Scope.all());
		// …and no discipline decided in the period (a revoked one has no effect)
		boolean disciplined = p.disciplines()
			.stream()
			.anyMatch(d -> d.decidedOn() != null && !d.decidedOn().isBefore(from) && !d.decidedOn().isAfter(yearEnd)
					&& !d.revokedBy(yearEnd));
		if (disciplined) {
			return Optional.empty();
		}
		Optional<Award> award = p.awards()
			.stream()
			.filter(a -> forms.contains(a.formCode()) && yearOf(a) == yearEnd.getYear())
			.findFirst();
		return award.map(a -> new Candidate(f.personId(), f.fullName(), f.unitId(), unitName(names, f.unitId()),
				f.salary().rankCode(), rank.name(), f.salary().step(), from, due, monthsLacking(yearEnd, due),
				a.formCode(),
				catalogs.find(CatalogType.AWARD_FORM, a.formCode())
					.map(c -> c.label(Messages.locale()))
					.orElse(a.formCode()),
				a.decisionNumber()));
	}

	private static int yearOf(Award a) {
		return a.decisionDate() != null ? a.decisionDate().getYear() : a.year() == null ? -1 : a.year();
	}

	private List<UnitQuota> quotas(List<Candidate> candidates, Map<Long, UnitView> names, int year, LocalDate on) {
		Map<Long, Long> perUnit = new LinkedHashMap<>();
		candidates.forEach(c -> perUnit.merge(c.unitId(), 1L, Long::sum));
		Map<Long, Long> heads = people.headcounts(perUnit.keySet(), on);
		int pct = params.intValue("salary.early_raise_quota_pct", on);
		List<UnitQuota> out = new ArrayList<>();
		perUnit.forEach((unit, n) -> {
			long headcount = heads.getOrDefault(unit, 0L);
			out.add(new UnitQuota(unit, unitName(names, unit), headcount, pct, headcount * pct / 100,
					rows.earlyRaises(unit, year, -1), n));
		});
		out.sort(Comparator.comparing(UnitQuota::unitName));
		return out;
	}

	private static String unitName(Map<Long, UnitView> names, long id) {
		return names.containsKey(id) ? names.get(id).name() : "#" + id;
	}

	/** Whole months from 31/12 to the due date, a started month counted. */
	static long monthsLacking(LocalDate yearEnd, LocalDate due) {
		long m = ChronoUnit.MONTHS.between(yearEnd, due);
		return yearEnd.plusMonths(m).isBefore(due) ? m + 1 : m;
	}

}

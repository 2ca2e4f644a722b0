package vn.canbo.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.canbo.career.ProposalsInProgress;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;
import vn.canbo.people.Discipline;
import vn.canbo.people.Gender;
import vn.canbo.people.PersonView;
import vn.canbo.people.Position;
import vn.canbo.rules.RemainingTime;
import vn.canbo.rules.Retirement;
import vn.canbo.rules.RuleChecks;
import vn.canbo.rules.RuleMode;
import vn.canbo.rules.RuleParameter;
import vn.canbo.rules.SubjectFacts;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Messages;
import vn.canbo.shared.web.Formats;

/**
 * The rules checked on every addition to a plan, with the parameters in force on the day
 * of the addition ({@code planning.*}, rules module): PLAN-01 higher title, PLAN-02 and
 * PLAN-03 caps, PLAN-04 no proposal in progress (career), PLAN-08 / PLAN-50-D age
 * (month-exact, rules.RemainingTime), PLAN-07 discipline, PLAN-09 title standards
 * (training). A failing rule in BLOCK mode blocks, in WARN mode needs a justification.
 */
@Component
class PlanningChecks {

	/** The rank of a title without one (staff): below every leadership title. */
	static final int NO_RANK = 9;

	private final RuleChecks rules;

	private final PlanningRows rows;

	private final Units units;

	private final Catalogs catalogs;

	private final ProposalsInProgress proposals;

	private final StandardGaps standards;

	PlanningChecks(RuleChecks rules, PlanningRows rows, Units units, Catalogs catalogs, ProposalsInProgress proposals,
			StandardGaps standards) {
		this.rules = rules;
		this.rows = rows;
		this.units = units;
		this.catalogs = catalogs;
		this.proposals = proposals;
		this.standards = standards;
	}

	/** What the checks need: the plan, its term and unit, the addition, the person. */
	record Subject(PlanningRows.PlanRow plan, PlanningTerm term, UnitView unit, CandidateInput in, PersonView person) {
	}

	List<RuleOutcome> check(Subject s) {
		LocalDate on = s.in().addedOn();
		List<RuleOutcome> out = new ArrayList<>();
		out.add(higherTitle(s, on));
		out.add(titleCap(s, on));
		out.add(personCap(s, on));
		out.add(proposal(s, on));
		out.add(age(s, on));
		out.add(discipline(s, on));
		out.add(standard(s, on));
		return out;
	}

	/**
	 * The rules an annual review re-checks on its day (the addition's day of the
	 * subject): PLAN-08 / PLAN-50-D age, PLAN-07 discipline, the title standard.
	 */
	List<RuleOutcome> review(Subject s) {
		LocalDate on = s.in().addedOn();
		return List.of(age(s, on), discipline(s, on), standard(s, on));
	}

	private RuleOutcome result(String key, LocalDate on, boolean passed, String message) {
		return result(key, on, passed ? RuleOutcome.Outcome.PASS : null, message);
	}

	private RuleOutcome result(String key, LocalDate on, RuleOutcome.Outcome outcome, String message) {
		RuleParameter p = rules.parameters().get(key, on);
		RuleOutcome.Outcome o = outcome != null ? outcome
				: p.mode() == RuleMode.BLOCK ? RuleOutcome.Outcome.BLOCK : RuleOutcome.Outcome.WARN;
		return new RuleOutcome(p.ruleId(), key, p.mode(), o,
				Messages.text("planning.check.result", p.ruleId(), message, p.legalBasis()), p.legalBasis());
	}

	private String name(Subject s) {
		return s.person().data().fullName();
	}

	private String title(String code) {
		return catalogs.name(CatalogType.TITLE, code);
	}

	// ------------------------------------------------------------------ PLAN-01

	int rank(String titleCode) {
		String r = catalogs.find(CatalogType.TITLE, titleCode).map(t -> t.attribute("rank")).orElse(null);
		return r == null || !r.strip().matches("\\d+") ? NO_RANK : Integer.parseInt(r.strip());
	}

	static int level(AdminLevel l) {
		return l == null ? AdminLevel.values().length : l.ordinal();
	}

	private RuleOutcome higherTitle(Subject s, LocalDate on) {
		String key = "planning.higher_title";
		int[] planned = { level(s.unit().level()), rank(s.in().titleCode()) };
		List<Position> held = s.person().positions().stream().filter(p -> p.validOn(on)).toList();
		Position highest = null;
		int[] best = null;
		for (Position p : held) {
			AdminLevel l = units.find(p.unitId(), on).map(UnitView::level).orElse(null);
			int[] k = { level(l), p.titleCode() == null ? NO_RANK : rank(p.titleCode()) };
			if (best == null || compare(k, best) < 0) {
				best = k;
				highest = p;
			}
		}
		if (highest == null) {
			return result(key, on, true,
					Messages.text("planning.check.higher.none", name(s), title(s.in().titleCode())));
		}
		boolean ok = compare(planned, best) < 0;
		String heldName = highest.titleCode() == null ? String.valueOf(highest.titleText())
				: title(highest.titleCode());
		return result(key, on, ok,
				Messages.text(ok ? "planning.check.higher.ok" : "planning.check.higher.fail", name(s),
						title(s.in().titleCode()), s.unit().name(), heldName,
						units.find(highest.unitId(), on).map(UnitView::name).orElse("")));
	}

	private static int compare(int[] a, int[] b) {
		return a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]);
	}

	// ------------------------------------------------------------------ PLAN-02, PLAN-03

	private RuleOutcome titleCap(Subject s, LocalDate on) {
		String key = "planning.max_candidates_per_title";
		int max = rules.parameters().intValue(key, on);
		long n = rows.countForTitle(s.plan().id(), s.in().titleCode(), on);
		boolean ok = n + 1 <= max;
		return result(key, on, ok, Messages.text(ok ? "planning.check.titleCap.ok" : "planning.check.titleCap.fail",
				title(s.in().titleCode()), String.valueOf(n), String.valueOf(max), name(s)));
	}

	private RuleOutcome personCap(Subject s, LocalDate on) {
		String key = "planning.max_titles_per_candidate_same_level";
		int max = rules.parameters().intValue(key, on);
		List<Map.Entry<Long, String>> mine = rows.titlesOfPerson(s.person().id(), s.term().code(), on);
		Map<Long, UnitView> us = units.findAll(mine.stream().map(Map.Entry::getKey).collect(Collectors.toSet()), on);
		Set<String> same = mine.stream()
			.filter(e -> us.containsKey(e.getKey()) && us.get(e.getKey()).level() == s.unit().level())
			.map(e -> title(e.getValue()))
			.collect(Collectors.toCollection(java.util.TreeSet::new));
		boolean ok = same.size() + 1 <= max;
		return result(key, on, ok, Messages.text(ok ? "planning.check.personCap.ok" : "planning.check.personCap.fail",
				name(s), String.valueOf(same.size()), String.valueOf(max), String.join(", ", same), s.term().label()));
	}

	// ------------------------------------------------------------------ PLAN-04

	private RuleOutcome proposal(Subject s, LocalDate on) {
		String key = "planning.proposal_types";
		List<ProposalsInProgress.Proposal> p = proposals.of(s.person().id(), s.in().titleCode(),
				rules.parameters().listValue(key, on));
		boolean ok = p.isEmpty();
		return result(key, on, ok,
				ok ? Messages.text("planning.check.proposal.ok", name(s), title(s.in().titleCode()))
						: Messages.text("planning.check.proposal.fail", name(s), title(s.in().titleCode()), p.stream()
							.map(x -> Messages.text("planning.check.proposal.item", String.valueOf(x.decisionId()),
									Messages.text("career.decisionType." + x.type()),
									Messages.text("career.decisionStatus." + x.status())))
							.collect(Collectors.joining("; "))));
	}

	// ------------------------------------------------------------------ PLAN-08

	private RuleOutcome age(Subject s, LocalDate on) {
		boolean next = s.plan().kind() == PlanKind.NEXT;
		String key = next ? "planning.next_term_min_remaining_months" : "planning.current_term_min_remaining_months";
		LocalDate ref = on;
		if (next) {
			String reference = rules.parameters().get("planning.next_term_age_reference", on).value().strip();
			ref = "APPROVAL".equals(reference) ? s.plan().decidedOn() : s.term().startsOn();
		}
		int min = rules.parameters().intValue(key, on);
		Retirement r = retirement(s.person(), ref);
		long left = RemainingTime.months(ref, r.retirementDate());
		boolean ok = left >= min;
		return result(key, on, ok,
				Messages.text(ok ? "planning.check.age.ok" : "planning.check.age.fail", name(s), String.valueOf(left),
						Formats.date(ref), String.valueOf(min), Retirement.formatAge(r.ageMonths()),
						Formats.date(r.retirementDate())));
	}

	/** The person's retirement (rules, month-exact) as computed on the day. */
	Retirement retirement(PersonView person, LocalDate ref) {
		var d = person.data();
		return rules.retirement(new SubjectFacts(person.id(), d.fullName(), d.gender(), d.birthDate(), d.category(),
				person.disciplines(), person.retirementAdjustMonths(ref)), ref);
	}

	/**
	 * The same from the only facts it depends on: sex, birth date and the retirement
	 * category's months in force (a bulk caller computes it once per distinct triple).
	 */
	Retirement retirement(Gender gender, PartialDate birth, int adjustMonths, LocalDate ref) {
		return rules.retirement(new SubjectFacts(0, null, gender, birth, null, List.of(), adjustMonths), ref);
	}

	// ------------------------------------------------------------------ PLAN-07

	private RuleOutcome discipline(Subject s, LocalDate on) {
		String key = "planning.discipline_expired_forms";
		List<String> forms = rules.parameters().listValue(key, on);
		List<String> inPeriod = new ArrayList<>();
		List<String> excluded = new ArrayList<>();
		for (Discipline x : s.person().disciplines()) {
			if (x.revokedBy(on) || (x.decidedOn() != null && x.decidedOn().isAfter(on))) {
				continue;
			}
			String what = Messages.text("planning.check.discipline.item", form(x.formCode()),
					x.decidedOn() == null ? "" : Formats.date(x.decidedOn()),
					x.validTo() == null ? Messages.text("planning.check.discipline.noEnd") : Formats.date(x.validTo()));
			if (!forms.contains(x.formCode())) {
				excluded.add(what);
			}
			else if (x.validTo() == null || x.validTo().isAfter(on)) {
				inPeriod.add(what);
			}
		}
		if (!excluded.isEmpty()) {
			return result(key, on, RuleOutcome.Outcome.BLOCK,
					Messages.text("planning.check.discipline.excluded", name(s), String.join("; ", excluded)));
		}
		if (!inPeriod.isEmpty()) {
			return result(key, on, RuleOutcome.Outcome.CASE, Messages.text("planning.check.discipline.inPeriod",
					name(s), String.join("; ", inPeriod), Formats.date(on)));
		}
		return result(key, on, true, Messages.text("planning.check.discipline.ok", name(s)));
	}

	private String form(String code) {
		return code == null ? "" : catalogs.name(CatalogType.DISCIPLINE_FORM, code);
	}

	// ------------------------------------------------------------------ PLAN-09

	private RuleOutcome standard(Subject s, LocalDate on) {
		String key = "planning.title_standards";
		String level = s.unit().level() == null ? null : s.unit().level().name();
		List<String> gaps = standards.gaps(s.person(), s.in().titleCode(), level, on);
		if (gaps == null) {
			return result(key, on, true, Messages.text("planning.check.standard.none", title(s.in().titleCode())));
		}
		boolean ok = gaps.isEmpty();
		return result(key, on, ok,
				ok ? Messages.text("planning.check.standard.ok", name(s), title(s.in().titleCode())) : Messages
					.text("planning.check.standard.fail", name(s), title(s.in().titleCode()), String.join("; ", gaps)));
	}

}

package vn.canbo.career;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.catalog.Catalogs;
import vn.canbo.catalog.Rank;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;
import vn.canbo.people.CareerFacts;
import vn.canbo.people.Discipline;
import vn.canbo.people.PersonService;
import vn.canbo.people.PersonView;
import vn.canbo.people.Position;
import vn.canbo.people.Salary;
import vn.canbo.rules.ModuleAlerts;
import vn.canbo.rules.RaiseDelays;
import vn.canbo.rules.Retirement;
import vn.canbo.rules.RuleChecks;
import vn.canbo.rules.RuleParameters;
import vn.canbo.rules.SalaryRaises;
import vn.canbo.rules.Terms;
import vn.canbo.rules.WorkingDays;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;

/**
 * Cảnh báo: terms ending (the reappointment must start 90 working days before),
 * retirements (notice and decision dates), regular salary raises due, rotations ending
 * and probations ending, within a window (parameter {@code alerts.window_days}) for the
 * user's scope; each alert can become a pre-filled draft decision. Complete for any
 * scope: no query caps the population; {@link #page} pages the list with exact counts. A
 * retirement past due without an issued retirement decision stays, as
 * {@link Kind#RETIREMENT_OVERDUE} ({@link RetirementAlerts}).
 */
@Service
public class Alerts {

	/** Kinds of alert, with the type of the decision it calls for. */
	public enum Kind {

		TERM_ENDING, RETIREMENT, SALARY_RAISE, ROTATION_ENDING, PROBATION_ENDING,

		/**
		 * Past the retirement date with no issued retirement decision ("quá hạn"): kept
		 * until one is issued.
		 */
		RETIREMENT_OVERDUE,

		/**
		 * Rated "không hoàn thành nhiệm vụ" N consecutive years
		 * ({@link IncompleteRatingAlerts}).
		 */
		INCOMPLETE_RATINGS,

		/**
		 * Contributed by other modules ({@link ModuleAlerts}): an evaluation campaign
		 * past its deadline, an HTXSNV quota exceeded, a party member's removal from the
		 * rolls (xóa tên).
		 */
		CAMPAIGN_OVERDUE, QUOTA_EXCEEDED, PARTY_REMOVAL;

		/** Vietnamese name (bundle {@code career.alertKind.<name>}). */
		public String label() {
			return Messages.text(Messages.VIETNAMESE, "career.alertKind." + name());
		}

		public String labelEn() {
			return Messages.text(Locale.ENGLISH, "career.alertKind." + name());
		}

	}

	/**
	 * An alert: the person, the due date (term end, retirement date, raise date…), the
	 * date by which to act (start of reappointment, retirement notice…), a Vietnamese
	 * detail, and what a draft would contain.
	 */
	public record Alert(Kind kind, long personId, String personName, Long unitId, String unitName, LocalDate dueDate,
			LocalDate actionDate, String detail, DecisionType draftType, Long positionId, Long sourceDecisionId,
			String link) {

		public Alert(Kind kind, long personId, String personName, Long unitId, String unitName, LocalDate dueDate,
				LocalDate actionDate, String detail, DecisionType draftType, Long positionId, Long sourceDecisionId) {
			this(kind, personId, personName, unitId, unitName, dueDate, actionDate, detail, draftType, positionId,
					sourceDecisionId, null);
		}

		/**
		 * The page of the alert: the given link (other modules) or the person's dossier.
		 */
		public String href() {
			return link != null ? link : "/persons/" + personId;
		}

	}

	private final CareerFacts facts;

	private final DecisionRows rows;

	private final DecisionService decisions;

	private final PersonService people;

	private final Units units;

	private final Catalogs catalogs;

	private final RuleChecks rules;

	private final RuleParameters params;

	private final RetirementAlerts retirements;

	private final IncompleteRatingAlerts incomplete;

	private final List<ModuleAlerts> contributed;

	Alerts(CareerFacts facts, DecisionRows rows, DecisionService decisions, PersonService people, Units units,
			Catalogs catalogs, RuleChecks rules, RetirementAlerts retirements, IncompleteRatingAlerts incomplete,
			List<ModuleAlerts> contributed) {
		this.raiseDelays = new RaiseDelays(rules, catalogs);
		this.contributed = contributed;
		this.retirements = retirements;
		this.incomplete = incomplete;
		this.facts = facts;
		this.rows = rows;
		this.decisions = decisions;
		this.people = people;
		this.units = units;
		this.catalogs = catalogs;
		this.rules = rules;
		this.params = rules.parameters();
	}

	private final RaiseDelays raiseDelays;

	public int defaultWindowDays(LocalDate on) {
		return params.intValue("alerts.window_days", on);
	}

	/**
	 * Alerts of the scope due within [from, from + windowDays] (action dates falling in
	 * the window count too).
	 */
	@Transactional(readOnly = true)
	public List<Alert> list(Scope scope, LocalDate from, Integer windowDays, Kind only) {
		LocalDate start = from == null ? LocalDate.now() : from;
		int days = windowDays == null || windowDays <= 0 ? defaultWindowDays(start) : Math.min(windowDays, 3660);
		LocalDate end = start.plusDays(days);
		Collection<Long> unitIds = units.scopeUnitIds(scope, start).orElse(null);
		List<Alert> out = new ArrayList<>();
		if (only == null || only == Kind.TERM_ENDING) {
			out.addAll(terms(unitIds, start, end));
		}
		if (only == null || only == Kind.RETIREMENT || only == Kind.RETIREMENT_OVERDUE) {
			retirements.list(unitIds, start, end)
				.stream()
				.filter(a -> only == null || a.kind() == only)
				.forEach(out::add);
		}
		if (only == null || only == Kind.INCOMPLETE_RATINGS) {
			out.addAll(incomplete.list(unitIds, start));
		}
		if (only == null || only == Kind.SALARY_RAISE) {
			out.addAll(raises(unitIds, start, end));
		}
		if (only == null || only == Kind.ROTATION_ENDING) {
			out.addAll(timed(Kind.ROTATION_ENDING, rows.rotationsEnding(unitIds, start, end)));
		}
		if (only == null || only == Kind.PROBATION_ENDING) {
			out.addAll(timed(Kind.PROBATION_ENDING, rows.probationsEnding(unitIds, start, end)));
		}
		for (ModuleAlerts m : contributed) {
			for (ModuleAlerts.Alert a : m.alerts(unitIds, start)) {
				Kind k = Kind.valueOf(a.kind());
				if (only == null || only == k) {
					out.add(new Alert(k, a.personId() == null ? 0 : a.personId(), a.title(), a.unitId(), a.unitName(),
							a.dueDate(), a.dueDate(), a.detail(), null, null, null, a.link()));
				}
			}
		}
		Map<Long, UnitView> names = units
			.findAll(out.stream().map(Alert::unitId).filter(x -> x != null).distinct().toList(), start);
		return out.stream()
			.map(a -> new Alert(a.kind(), a.personId(), a.personName(), a.unitId(),
					a.unitId() != null && names.containsKey(a.unitId()) ? names.get(a.unitId()).name() : a.unitName(),
					a.dueDate(), a.actionDate(), a.detail(), a.draftType(), a.positionId(), a.sourceDecisionId(),
					a.link()))
			.sorted(Comparator.comparing((Alert a) -> a.actionDate() == null ? a.dueDate() : a.actionDate())
				.thenComparing(Alert::personName)
				.thenComparing(Alert::kind)
				.thenComparingLong(Alert::personId))
			.toList();
	}

	/**
	 * A page of {@link #list} with the exact total and counts by kind
	 * ({@link AlertPage}).
	 */
	@Transactional(readOnly = true)
	public AlertPage page(Scope scope, LocalDate from, Integer windowDays, Kind only, int page, int size) {
		return AlertPage.of(list(scope, from, windowDays, only), page, size);
	}

	private List<Alert> terms(Collection<Long> unitIds, LocalDate start, LocalDate end) {
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

	/**
	 * Raises due: the salary rows are bounded in SQL per rank (rows that can be due in
	 * the window: on the last step, or started late enough for the rank's interval), then
	 * computed exactly.
	 */
	private List<Alert> raises(Collection<Long> unitIds, LocalDate start, LocalDate end) {
		List<Alert> out = new ArrayList<>();
		Map<String, Rank> ranks = new java.util.HashMap<>();
		Map<String, Integer> intervals = new java.util.HashMap<>();
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

	private static final java.util.SortedMap<Integer, String> EMPTY = new java.util.TreeMap<>();

	/** The disciplines and final ratings of the raise candidates, loaded in bulk. */
	private record Delays(Map<Long, List<Discipline>> disciplines,
			Map<Long, java.util.SortedMap<Integer, String>> ratings) {
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

	private List<Alert> timed(Kind kind, List<Object[]> found) {
		Map<Long, String> names = facts.names(found.stream().map(r -> (Long) r[3]).distinct().toList());
		List<Alert> out = new ArrayList<>();
		for (Object[] r : found) {
			long personId = (Long) r[3];
			LocalDate due = (LocalDate) r[5];
			Long unit = r[4] == null ? null : ((Number) r[4]).longValue();
			String detail = kind == Kind.ROTATION_ENDING ? Messages.text("career.alert.rotationEnding", nz(r[2]),
					DecisionType.valueOf((String) r[1]).text(), d(due))
					: Messages.text("career.alert.probationEnding", nz(r[2]), d(due));
			out.add(new Alert(kind, personId, names.getOrDefault(personId, "#" + personId), unit, null, due, due,
					detail, kind == Kind.ROTATION_ENDING ? DecisionType.TRANSFER : DecisionType.RANK_CHANGE, null,
					(Long) r[0]));
		}
		return out;
	}

	private static String nz(Object o) {
		return o == null ? Messages.text("career.alert.noNumber") : o.toString();
	}

	static String d(LocalDate x) {
		return x == null ? "" : DecisionService.VN.format(x);
	}

	/**
	 * Creates the pre-filled draft decision an alert calls for: the type, the person, the
	 * post or salary concerned and the due date as effective date. The number, issuer and
	 * signing date are left to fill in.
	 */
	@Transactional
	public Decision draft(Kind kind, long personId, Long positionId, Long sourceDecisionId, LocalDate due,
			Scope scope) {
		LocalDate day = due == null ? LocalDate.now() : due;
		PersonView p = people.get(personId, day.minusDays(1), scope);
		DecisionSubject s;
		DecisionType type;
		String note = Messages.text(Messages.VIETNAMESE, "career.note.fromAlert", kind.label());
		DecisionDraft draft;
		switch (kind) {
			case TERM_ENDING -> {
				Position pos = positionId == null ? p.mainPosition()
						: facts.positionOn(personId, positionId, day.minusDays(1))
							.orElseThrow(() -> new NotFoundException(
									Messages.text("career.error.positionNotFound", String.valueOf(positionId))));
				if (pos == null) {
					throw new NotFoundException(Messages.text("career.error.noPositionToRenew"));
				}
				Retirement r = Retirement.of(p.person().data().gender(), p.person().data().birthDate(),
						p.retirementAdjustMonths(day), Retirement.DEFAULT_NOTICE_MONTHS,
						Retirement.DEFAULT_DECISION_MONTHS);
				boolean extend = Terms.extendToRetirement(day, r.retirementDate(),
						params.intValue("reappoint.extend_to_retirement_if_remaining_lt", day));
				type = extend ? DecisionType.EXTENSION_TO_RETIREMENT : DecisionType.REAPPOINTMENT;
				s = DecisionSubject.ofPosition(personId, pos.id());
			}
			case INCOMPLETE_RATINGS -> {
				type = IncompleteRatingAlerts.draftType(p);
				Long post = IncompleteRatingAlerts.post(p);
				if (type == null || (type == DecisionType.DISMISSAL && post == null)) {
					throw new NotFoundException(Messages.text("career.error.noPositionToRenew"));
				}
				s = type == DecisionType.DISMISSAL ? DecisionSubject.ofPosition(personId, post)
						: DecisionSubject.person(personId);
			}
			case RETIREMENT, RETIREMENT_OVERDUE -> {
				type = DecisionType.RETIREMENT;
				s = DecisionSubject.person(personId);
			}
			case SALARY_RAISE -> {
				Salary cur = p.currentSalary();
				if (cur == null || cur.step() == null) {
					throw new NotFoundException(Messages.text("career.error.noCurrentSalary"));
				}
				Rank rank = catalogs.rank(cur.rankCode())
					.orElseThrow(() -> new NotFoundException(Messages.text("career.error.noRank", cur.rankCode())));
				type = DecisionType.SALARY_STEP_REGULAR;
				if (rank.isLastStep(cur.step())) {
					int pct = rules.seniorityPct(rank, cur.validFrom(), day, 0);
					s = new DecisionSubject(null, personId, null, null, null, null, null, false, false, null, null,
							cur.rankCode(), cur.step(), cur.coefficient(), cur.positionAllowance(),
							java.math.BigDecimal.valueOf(pct), 0, null, null,
							Messages.text(Messages.VIETNAMESE, "career.note.seniority", String.valueOf(pct)));
					type = DecisionType.RANK_CHANGE; // same rank and step, new seniority
														// allowance
				}
				else {
					s = DecisionSubject.salary(personId, cur.rankCode(), cur.step() + 1);
				}
			}
			case ROTATION_ENDING -> {
				type = DecisionType.TRANSFER;
				Long home = sourceDecisionId == null ? null
						: rows.subjects(sourceDecisionId)
							.stream()
							.filter(x -> x.personId().equals(personId))
							.map(DecisionSubject::homeUnitId)
							.findFirst()
							.orElse(null);
				Position main = p.mainPosition();
				s = new DecisionSubject(null, personId, null, null, home, main == null ? null : main.titleCode(),
						main == null ? null : main.titleText(), false, false, null, null, null, null, null, null, null,
						0, null, null, Messages.text(Messages.VIETNAMESE, "career.note.returnHome"));
			}
			case PROBATION_ENDING -> {
				type = DecisionType.RANK_CHANGE;
				Salary cur = p.currentSalary();
				s = cur == null ? DecisionSubject.person(personId)
						: DecisionSubject.salary(personId, cur.rankCode(), cur.step() == null ? 1 : cur.step());
			}
			default -> throw new vn.canbo.shared.ValidationException("kind",
					Messages.text("career.error.noDraftForKind", kind.label()));
		}
		draft = new DecisionDraft(type, null, null, null, null, day, null, null, null, note, List.of(s));
		return decisions.create(draft, scope);
	}

}

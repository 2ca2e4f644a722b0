package vn.canbo.planning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;
import vn.canbo.people.CareerFacts;
import vn.canbo.people.Discipline;
import vn.canbo.people.PersonService;
import vn.canbo.people.PersonView;
import vn.canbo.people.Position;
import vn.canbo.rules.RatingFacts;
import vn.canbo.rules.RemainingTime;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.web.Formats;
import vn.canbo.training.Courses;

/**
 * The readiness view: incumbents (career facts' title holders of the plan's unit) and the
 * candidates in the plan on the day; ratings of the three years before the day's year in
 * one query (rules.RatingFacts), positions in one query, retirement month-exact (rules),
 * standard gaps (training's standards), training without a result (training).
 */
@Component
class ReadinessService implements PlanReadiness {

	private static final Map<String, String> RATING = Map.of("EXCELLENT", "HTXSNV", "GOOD", "HTTNV", "COMPLETE", "HTNV",
			"INCOMPLETE", "KHTNV");

	private final PlanningRows rows;

	private final PlanningAccess access;

	private final PlanningChecks checks;

	private final CandidateService candidates;

	private final StandardGaps standards;

	private final PersonService people;

	private final CareerFacts facts;

	private final Units units;

	private final Catalogs catalogs;

	private final Courses courses;

	private final ObjectProvider<RatingFacts> ratings;

	ReadinessService(PlanningRows rows, PlanningAccess access, PlanningChecks checks, CandidateService candidates,
			StandardGaps standards, PersonService people, CareerFacts facts, Units units, Catalogs catalogs,
			Courses courses, ObjectProvider<RatingFacts> ratings) {
		this.rows = rows;
		this.access = access;
		this.checks = checks;
		this.candidates = candidates;
		this.standards = standards;
		this.people = people;
		this.facts = facts;
		this.units = units;
		this.catalogs = catalogs;
		this.courses = courses;
		this.ratings = ratings;
	}

	@Override
	@Transactional(readOnly = true)
	public Readiness readiness(long planId, LocalDate on, String sort, Scope scope) {
		PlanningRows.PlanRow plan = access.plan(planId, scope);
		LocalDate day = on == null ? LocalDate.now() : on;
		UnitView unit = units.find(plan.unitId(), day)
			.or(() -> units.find(plan.unitId(), plan.decidedOn()))
			.orElseThrow(() -> PlanningAccess.planNotFound(planId));
		String level = unit.level() == null ? null : unit.level().name();
		List<String> titleCodes = rows.titles(List.of(planId))
			.stream()
			.filter(t -> !t.addedOn().isAfter(day))
			.map(PlanningRows.TitleRow::titleCode)
			.toList();
		List<Candidate> active = candidates
			.named(rows.candidatesOfPlans(List.of(planId)).stream().filter(c -> c.activeOn(day)).toList(), scope);
		List<CareerFacts.Holder> holders = facts.titleHolders(List.of(plan.unitId()), titleCodes, day);
		List<Long> ids = active.stream().map(Candidate::personId).distinct().toList();
		Map<Long, List<Position>> positions = people.positionsOn(ids, day, Scope.all());
		Map<Long, SortedMap<Integer, String>> rated = ratings.getIfAvailable(() -> RatingFacts.NONE)
			.finalRatings(ids, day.getYear() - 3, day.getYear() - 1);
		Map<Long, PersonView> views = new HashMap<>();
		Map<Long, Boolean> visible = new HashMap<>();
		List<Readiness.Title> out = new ArrayList<>();
		for (String code : titleCodes) {
			List<Readiness.Incumbent> inc = holders.stream()
				.filter(h -> code.equals(h.position().titleCode()))
				.map(h -> new Readiness.Incumbent(h.personId(), h.fullName(), h.position().concurrent(),
						h.position().termEnd(),
						checks
							.retirement(views.computeIfAbsent(h.personId(), id -> people.get(id, day, Scope.all())),
									day)
							.retirementDate()))
				.toList();
			List<Readiness.Row> cs = new ArrayList<>();
			for (Candidate c : active) {
				if (!c.titleCode().equals(code)) {
					continue;
				}
				if (!visible.computeIfAbsent(c.personId(), id -> access.personVisible(id, scope))) {
					cs.add(new Readiness.Row(c.id(), c.personId(), c.fullName(), true, null, null, null, null, null,
							null, List.of(), null, List.of()));
					continue;
				}
				PersonView v = views.computeIfAbsent(c.personId(), id -> people.get(id, day, Scope.all()));
				cs.add(row(c, v, code, level, day, positions.getOrDefault(c.personId(), List.of()),
						rated.getOrDefault(c.personId(), new TreeMap<>())));
			}
			cs.sort(order(sort));
			out.add(new Readiness.Title(code, catalogs.name(CatalogType.TITLE, code), inc, cs));
		}
		return new Readiness(planId, day, out);
	}

	private Readiness.Row row(Candidate c, PersonView v, String code, String level, LocalDate day, List<Position> held,
			SortedMap<Integer, String> rated) {
		LocalDate retires = checks.retirement(v, day).retirementDate();
		long left = Math.max(0, RemainingTime.months(day, retires));
		Position main = held.stream().filter(p -> !p.concurrent()).findFirst().orElse(null);
		String post = main == null ? null
				: (main.titleCode() == null ? String.valueOf(main.titleText())
						: catalogs.name(CatalogType.TITLE, main.titleCode()))
						+ units.find(main.unitId(), day).map(u -> ", " + u.name()).orElse("");
		Long inPost = main == null ? null : ChronoUnit.MONTHS.between(main.validFrom(), day);
		List<String> rs = new ArrayList<>();
		for (int y = day.getYear() - 3; y < day.getYear(); y++) {
			String r = rated.get(y);
			rs.add(y + ": " + (r == null ? "—" : RATING.getOrDefault(r, r)));
		}
		String discipline = v.disciplines()
			.stream()
			.filter(d -> !d.revokedBy(day) && (d.decidedOn() == null || !d.decidedOn().isAfter(day))
					&& (d.validTo() == null || d.validTo().isAfter(day)))
			.map(this::discipline)
			.collect(Collectors.joining("; "));
		List<String> training = courses.ofPerson(v.id(), Scope.all())
			.stream()
			.filter(e -> e.result() == null && (e.startsOn() == null || !e.startsOn().isAfter(day)))
			.map(e -> Messages.text("planning.readiness.training", e.courseName(),
					e.startsOn() == null ? "" : Formats.date(e.startsOn()),
					e.endsOn() == null ? "" : Formats.date(e.endsOn())))
			.toList();
		return new Readiness.Row(c.id(), c.personId(), c.fullName(), false, retires, left, left / 60, post, inPost,
				standards.gaps(v, code, level, day), rs, discipline.isEmpty() ? null : discipline, training);
	}

	private String discipline(Discipline d) {
		return Messages.text("planning.check.discipline.item",
				d.formCode() == null ? "" : catalogs.name(CatalogType.DISCIPLINE_FORM, d.formCode()),
				d.decidedOn() == null ? "" : Formats.date(d.decidedOn()),
				d.validTo() == null ? Messages.text("planning.check.discipline.noEnd") : Formats.date(d.validTo()));
	}

	private static Comparator<Readiness.Row> order(String sort) {
		Comparator<Readiness.Row> byName = Comparator.comparing(Readiness.Row::fullName);
		if ("monthsLeft".equals(sort)) {
			return Comparator
				.comparing(Readiness.Row::monthsLeft, Comparator.nullsLast(Comparator.<Long>reverseOrder()))
				.thenComparing(byName);
		}
		if ("monthsInPost".equals(sort)) {
			return Comparator
				.comparing(Readiness.Row::monthsInPost, Comparator.nullsLast(Comparator.<Long>reverseOrder()))
				.thenComparing(byName);
		}
		return "name".equals(sort) ? byName : (a, b) -> 0;
	}

	@Override
	public List<String> headers() {
		return List
			.of("title", "role", "person", "termEnd", "retirementDate", "monthsLeft", "termsLeft", "post",
					"monthsInPost", "gaps", "ratings", "discipline", "training")
			.stream()
			.map(k -> Messages.text("planning.readiness.col." + k))
			.toList();
	}

	@Override
	public List<List<Object>> rows(Readiness r) {
		List<List<Object>> out = new ArrayList<>();
		for (Readiness.Title t : r.titles()) {
			for (Readiness.Incumbent i : t.incumbents()) {
				out.add(java.util.Arrays.asList(t.titleName(), Messages.text("planning.readiness.incumbent"),
						i.fullName(), i.termEnd(), i.retirementDate(), null, null, null, null, null, null, null, null));
			}
			for (Readiness.Row c : t.candidates()) {
				out.add(java.util.Arrays.asList(t.titleName(), Messages.text("planning.readiness.candidate"),
						c.fullName(), null, c.retirementDate(), c.monthsLeft(), c.termsLeft(), c.currentPost(),
						c.monthsInPost(), gaps(c), String.join("; ", c.ratings()), c.discipline(),
						String.join("; ", c.training())));
			}
		}
		return out;
	}

	static String gaps(Readiness.Row c) {
		if (c.hidden()) {
			return null;
		}
		return c.gaps() == null ? Messages.text("planning.readiness.noStandard")
				: c.gaps().isEmpty() ? Messages.text("planning.readiness.meets") : String.join("; ", c.gaps());
	}

}

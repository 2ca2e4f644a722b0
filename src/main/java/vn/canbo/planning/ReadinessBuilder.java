package vn.canbo.planning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;
import vn.canbo.people.CareerFacts;
import vn.canbo.people.Discipline;
import vn.canbo.people.Gender;
import vn.canbo.people.PersonViews;
import vn.canbo.people.Position;
import vn.canbo.people.QualificationKind;
import vn.canbo.people.QualificationLevels;
import vn.canbo.rules.RatingFacts;
import vn.canbo.rules.RemainingTime;
import vn.canbo.shared.Messages;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;
import vn.canbo.shared.web.Formats;
import vn.canbo.training.Courses;
import vn.canbo.training.Enrolment;
import vn.canbo.training.TitleStandard;

/**
 * Builds the readiness views of many plans at once (one plan, or every plan of a
 * province): each concern is one narrow query for all the plans — the titles, the
 * candidates, the incumbents (career facts' title holders of the plans' units); of every
 * candidate and incumbent the sex and birth date ({@link PersonViews#basics}) and the
 * retirement category's months ({@link CareerFacts#retirementAdjustments}); of the
 * candidates the reader sees (one read of their main positions for both, today's and the
 * day's: {@link PersonViews#mainPostsSeen}) their main post, their disciplines, the
 * highest level of each kind the standards in force require
 * ({@link QualificationLevels}), the ratings of the three years before the day's year
 * (rules.RatingFacts) and the training under way (training's {@link Courses#underWay}).
 * The standard of a title and level is read once, a retirement computed once per (sex,
 * birth date, category months), each kind's level order once, each gap list and rating
 * list once per distinct value; the incumbents narrow ({@link CareerFacts#titleTerms}).
 * Issue 17: 4.7 s → see docs/benchmarks.md (planning) for a province;
 * {@code ReadinessEqualityTest} checks the same views as the dossier-based build.
 */
@Component
class ReadinessBuilder {

	private static final Map<String, String> RATING = Map.of("EXCELLENT", "HTXSNV", "GOOD", "HTTNV", "COMPLETE", "HTNV",
			"INCOMPLETE", "KHTNV");

	private static final SortedMap<Integer, String> EMPTY = java.util.Collections.emptySortedMap();

	private final PlanningRows rows;

	private final PlanningChecks checks;

	private final StandardGaps standards;

	private final PersonViews views;

	private final CareerFacts facts;

	private final QualificationLevels levels;

	private final Units units;

	private final Catalogs catalogs;

	private final Courses courses;

	private final ObjectProvider<RatingFacts> ratings;

	ReadinessBuilder(PlanningRows rows, PlanningChecks checks, StandardGaps standards, PersonViews views,
			CareerFacts facts, QualificationLevels levels, Units units, Catalogs catalogs, Courses courses,
			ObjectProvider<RatingFacts> ratings) {
		this.rows = rows;
		this.checks = checks;
		this.standards = standards;
		this.views = views;
		this.facts = facts;
		this.levels = levels;
		this.units = units;
		this.catalogs = catalogs;
		this.courses = courses;
		this.ratings = ratings;
	}

	/** What a row needs of a person, each read in bulk. */
	private record Facts(LocalDate day, Map<Long, PersonViews.Basics> basics, Map<Long, Integer> adjust,
			Map<Long, Position> mains, Map<Long, List<Discipline>> disciplines,
			Map<Long, Map<QualificationKind, String>> held, Map<Long, SortedMap<Integer, String>> rated,
			Map<Long, List<Enrolment>> training) {
	}

	/** The readiness of each plan on the day (unsorted), in the order of the plans. */
	List<Readiness> build(List<PlanningRows.PlanRow> plans, LocalDate day, Scope scope) {
		List<Long> planIds = plans.stream().map(PlanningRows.PlanRow::id).toList();
		Set<Long> unitIds = plans.stream().map(PlanningRows.PlanRow::unitId).collect(Collectors.toSet());
		Map<Long, UnitView> planUnits = new HashMap<>(units.findAll(unitIds, day));
		for (PlanningRows.PlanRow p : plans) {
			if (!planUnits.containsKey(p.unitId())) {
				units.find(p.unitId(), p.decidedOn()).ifPresent(u -> planUnits.put(p.unitId(), u));
			}
		}
		Map<Long, List<String>> titles = new HashMap<>();
		Set<String> titleCodes = new HashSet<>();
		rows.titles(planIds).stream().filter(t -> !t.addedOn().isAfter(day)).forEach(t -> {
			titles.computeIfAbsent(t.planId(), k -> new ArrayList<>()).add(t.titleCode());
			titleCodes.add(t.titleCode());
		});
		Map<Long, List<Candidate>> active = new HashMap<>();
		rows.candidatesWithoutVotes(planIds)
			.stream()
			.filter(c -> c.activeOn(day))
			.forEach(c -> active.computeIfAbsent(c.planId(), k -> new ArrayList<>()).add(c));
		List<Long> ids = active.values().stream().flatMap(List::stream).map(Candidate::personId).distinct().toList();
		Map<String, List<CareerFacts.TitleTerm>> holders = new HashMap<>();
		facts.titleTerms(unitIds, titleCodes, day)
			.forEach(h -> holders.computeIfAbsent(h.unitId() + "/" + h.titleCode(), k -> new ArrayList<>()).add(h));
		Set<Long> everyone = new HashSet<>(ids);
		holders.values().forEach(hs -> hs.forEach(h -> everyone.add(h.personId())));
		Map<Long, PersonViews.Basics> basics = views.basics(everyone, day);
		PersonViews.MainPosts posts = views.mainPostsSeen(ids, day, scope);
		Set<Long> visible = posts.visible();
		List<Long> shown = ids.stream().filter(id -> visible.contains(id) && basics.containsKey(id)).toList();
		// the standards in force, then only the kinds they require
		Map<String, Optional<TitleStandard>> standard = new HashMap<>();
		for (PlanningRows.PlanRow plan : plans) {
			String level = level(planUnits.get(plan.unitId()));
			titles.getOrDefault(plan.id(), List.of())
				.forEach(
						code -> standard.computeIfAbsent(code + "/" + level, k -> standards.inForce(code, level, day)));
		}
		Set<QualificationKind> kinds = EnumSet.noneOf(QualificationKind.class);
		standard.values().forEach(o -> o.ifPresent(s -> s.requirements().forEach(r -> kinds.add(r.kind()))));
		Facts f = new Facts(day, basics, facts.retirementAdjustments(everyone, day), posts.mains(),
				facts.disciplines(shown), levels.highest(shown, kinds, day),
				ratings.getIfAvailable(() -> RatingFacts.NONE)
					.finalRatings(shown, day.getYear() - 3, day.getYear() - 1),
				courses.underWay(shown, day));
		Map<RetirementKey, LocalDate> retirements = new HashMap<>();
		StandardGaps.Orders orders = standards.orders();
		Map<String, String> names = new HashMap<>();
		String hidden = Messages.text("planning.hiddenPerson");
		// most candidates share their highest levels and ratings: each gap list and
		// rating
		// list is written once per distinct value
		Map<List<Object>, List<String>> gapLists = new HashMap<>();
		Map<SortedMap<Integer, String>, List<String>> ratingLists = new HashMap<>();
		List<Readiness> out = new ArrayList<>(plans.size());
		for (PlanningRows.PlanRow plan : plans) {
			UnitView unit = planUnits.get(plan.unitId());
			String level = level(unit);
			List<Readiness.Title> ts = new ArrayList<>();
			for (String code : titles.getOrDefault(plan.id(), List.of())) {
				List<Readiness.Incumbent> inc = holders.getOrDefault(plan.unitId() + "/" + code, List.of())
					.stream()
					.map(h -> new Readiness.Incumbent(h.personId(), h.fullName(), h.concurrent(), h.termEnd(),
							retires(h.personId(), f, retirements)))
					.toList();
				Optional<TitleStandard> std = standard.get(code + "/" + level);
				List<Readiness.Row> cs = new ArrayList<>();
				for (Candidate c : active.getOrDefault(plan.id(), List.of())) {
					if (!c.titleCode().equals(code)) {
						continue;
					}
					if (!visible.contains(c.personId()) || !basics.containsKey(c.personId())) {
						cs.add(new Readiness.Row(c.id(), c.personId(), hidden, true, null, null, null, null, null, null,
								List.of(), null, List.of()));
						continue;
					}
					Map<QualificationKind, String> held = f.held().get(c.personId());
					List<String> gaps = std.isEmpty() ? null
							: gapLists.computeIfAbsent(List.of(code + "/" + level, held == null ? Map.of() : held),
									k -> standards.gaps(held, std, orders));
					cs.add(row(c, f, retires(c.personId(), f, retirements), gaps, names, ratingLists));
				}
				ts.add(new Readiness.Title(code, names.computeIfAbsent(code, k -> titleName(k)), inc, cs));
			}
			out.add(new Readiness(plan.id(), plan.unitId(), unit == null ? "" : unit.name(), day, ts));
		}
		return out;
	}

	private static String level(UnitView unit) {
		return unit == null || unit.level() == null ? null : unit.level().name();
	}

	/** A title's name in the page's language (the catalog's English name in English). */
	private String titleName(String code) {
		Locale locale = Messages.locale();
		return catalogs.find(CatalogType.TITLE, code).map(i -> i.label(locale)).orElse(code);
	}

	private record RetirementKey(Gender gender, PartialDate birth, int adjust) {
	}

	private LocalDate retires(long personId, Facts f, Map<RetirementKey, LocalDate> done) {
		PersonViews.Basics b = f.basics().get(personId);
		if (b == null) {
			return null;
		}
		RetirementKey k = new RetirementKey(b.gender(), b.birthDate(), f.adjust().getOrDefault(personId, 0));
		return done.computeIfAbsent(k,
				x -> checks.retirement(x.gender(), x.birth(), x.adjust(), f.day()).retirementDate());
	}

	private Readiness.Row row(Candidate c, Facts f, LocalDate retires, List<String> gaps, Map<String, String> names,
			Map<SortedMap<Integer, String>, List<String>> ratingLists) {
		LocalDate day = f.day();
		long left = Math.max(0, RemainingTime.months(day, retires));
		Position main = f.mains().get(c.personId());
		String post = main == null ? null
				: (main.titleCode() == null ? String.valueOf(main.titleText())
						: names.computeIfAbsent(main.titleCode(), this::titleName))
						+ (main.unitName() == null ? "" : ", " + main.unitName());
		Long inPost = main == null ? null : ChronoUnit.MONTHS.between(main.validFrom(), day);
		List<String> rs = ratingLists.computeIfAbsent(f.rated().getOrDefault(c.personId(), EMPTY), rated -> {
			List<String> out = new ArrayList<>();
			for (int y = day.getYear() - 3; y < day.getYear(); y++) {
				String r = rated.get(y);
				out.add(y + ": " + (r == null ? "—" : RATING.getOrDefault(r, r)));
			}
			return out;
		});
		String discipline = f.disciplines()
			.getOrDefault(c.personId(), List.of())
			.stream()
			.filter(d -> !d.revokedBy(day) && (d.decidedOn() == null || !d.decidedOn().isAfter(day))
					&& (d.validTo() == null || d.validTo().isAfter(day)))
			.map(this::discipline)
			.collect(Collectors.joining("; "));
		List<String> training = f.training()
			.getOrDefault(c.personId(), List.of())
			.stream()
			.map(e -> Messages.text("planning.readiness.training", e.courseName(),
					e.startsOn() == null ? "" : Formats.date(e.startsOn()),
					e.endsOn() == null ? "" : Formats.date(e.endsOn())))
			.toList();
		return new Readiness.Row(c.id(), c.personId(), f.basics().get(c.personId()).fullName(), false, retires, left,
				left / 60, post, inPost, gaps, rs, discipline.isEmpty() ? null : discipline, training);
	}

	private String discipline(Discipline d) {
		Locale locale = Messages.locale();
		return Messages.text("planning.check.discipline.item",
				d.formCode() == null ? ""
						: catalogs.find(CatalogType.DISCIPLINE_FORM, d.formCode())
							.map(i -> i.label(locale))
							.orElse(d.formCode()),
				d.decidedOn() == null ? "" : Formats.date(d.decidedOn()),
				d.validTo() == null ? Messages.text("planning.check.discipline.noEnd") : Formats.date(d.validTo()));
	}

}

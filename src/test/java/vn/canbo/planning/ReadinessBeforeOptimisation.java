package vn.canbo.planning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;
import vn.canbo.people.CareerFacts;
import vn.canbo.people.Discipline;
import vn.canbo.people.HistoryKind;
import vn.canbo.people.PersonView;
import vn.canbo.people.PersonViews;
import vn.canbo.people.Position;
import vn.canbo.rules.RatingFacts;
import vn.canbo.rules.RemainingTime;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.web.Formats;
import vn.canbo.training.Courses;
import vn.canbo.training.Enrolment;
import vn.canbo.training.TitleStandard;

/**
 * The readiness build as it was before issue 17's optimisation (commit 49533c8), kept as
 * the reference of {@code ReadinessEqualityTest}: every candidate's and incumbent's whole
 * dossier ({@link PersonViews#of}), each retirement and standard gap from it.
 */
class ReadinessBeforeOptimisation {

	private static final Map<String, String> RATING = Map.of("EXCELLENT", "HTXSNV", "GOOD", "HTTNV", "COMPLETE", "HTNV",
			"INCOMPLETE", "KHTNV");

	private static final Set<HistoryKind<?>> KINDS = Set.of(HistoryKind.POSITION, HistoryKind.QUALIFICATION,
			HistoryKind.DISCIPLINE, HistoryKind.RETIREMENT_CATEGORY);

	private final PlanningRows rows;

	private final PlanningChecks checks;

	private final StandardGaps standards;

	private final PersonViews views;

	private final CareerFacts facts;

	private final Units units;

	private final Catalogs catalogs;

	private final Courses courses;

	private final ObjectProvider<RatingFacts> ratings;

	ReadinessBeforeOptimisation(PlanningRows rows, PlanningChecks checks, StandardGaps standards, PersonViews views,
			CareerFacts facts, Units units, Catalogs catalogs, Courses courses, ObjectProvider<RatingFacts> ratings) {
		this.rows = rows;
		this.checks = checks;
		this.standards = standards;
		this.views = views;
		this.facts = facts;
		this.units = units;
		this.catalogs = catalogs;
		this.courses = courses;
		this.ratings = ratings;
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
		rows.candidatesOfPlans(planIds)
			.stream()
			.filter(c -> c.activeOn(day))
			.forEach(c -> active.computeIfAbsent(c.planId(), k -> new ArrayList<>()).add(c));
		List<Long> ids = active.values().stream().flatMap(List::stream).map(Candidate::personId).distinct().toList();
		Map<String, List<CareerFacts.Holder>> holders = new HashMap<>();
		facts.titleHolders(unitIds, titleCodes, day)
			.forEach(h -> holders
				.computeIfAbsent(h.position().unitId() + "/" + h.position().titleCode(), k -> new ArrayList<>())
				.add(h));
		Set<Long> everyone = new HashSet<>(ids);
		holders.values().forEach(hs -> hs.forEach(h -> everyone.add(h.personId())));
		Map<Long, PersonView> dossiers = views.of(everyone, day, KINDS);
		Map<Long, String> names = facts.names(ids);
		Set<Long> visible = views.visibleAmong(ids, scope);
		Map<Long, SortedMap<Integer, String>> rated = ratings.getIfAvailable(() -> RatingFacts.NONE)
			.finalRatings(ids, day.getYear() - 3, day.getYear() - 1);
		Map<Long, List<Enrolment>> training = courses.underWay(ids, day);
		Map<String, Optional<TitleStandard>> standard = new HashMap<>();
		Map<String, String> titleNames = new HashMap<>();
		List<Readiness> out = new ArrayList<>(plans.size());
		for (PlanningRows.PlanRow plan : plans) {
			UnitView unit = planUnits.get(plan.unitId());
			String level = unit == null || unit.level() == null ? null : unit.level().name();
			List<Readiness.Title> ts = new ArrayList<>();
			for (String code : titles.getOrDefault(plan.id(), List.of())) {
				List<Readiness.Incumbent> inc = holders.getOrDefault(plan.unitId() + "/" + code, List.of())
					.stream()
					.map(h -> new Readiness.Incumbent(h.personId(), h.fullName(), h.position().concurrent(),
							h.position().termEnd(), retires(dossiers.get(h.personId()), day)))
					.toList();
				Optional<TitleStandard> std = standard.computeIfAbsent(code + "/" + level,
						k -> standards.inForce(code, level, day));
				List<Readiness.Row> cs = new ArrayList<>();
				for (Candidate c : active.getOrDefault(plan.id(), List.of())) {
					if (!c.titleCode().equals(code)) {
						continue;
					}
					PersonView v = dossiers.get(c.personId());
					if (!visible.contains(c.personId()) || v == null) {
						cs.add(new Readiness.Row(c.id(), c.personId(), Messages.text("planning.hiddenPerson"), true,
								null, null, null, null, null, null, List.of(), null, List.of()));
						continue;
					}
					cs.add(row(c, names.getOrDefault(c.personId(), v.data().fullName()), v, std, day,
							rated.getOrDefault(c.personId(), new TreeMap<>()),
							training.getOrDefault(c.personId(), List.of())));
				}
				ts.add(new Readiness.Title(code,
						titleNames.computeIfAbsent(code, k -> catalogs.name(CatalogType.TITLE, k)), inc, cs));
			}
			out.add(new Readiness(plan.id(), plan.unitId(), unit == null ? "" : unit.name(), day, ts));
		}
		return out;
	}

	private LocalDate retires(PersonView v, LocalDate day) {
		return v == null ? null : checks.retirement(v, day).retirementDate();
	}

	private Readiness.Row row(Candidate c, String name, PersonView v, Optional<TitleStandard> std, LocalDate day,
			SortedMap<Integer, String> rated, List<Enrolment> underWay) {
		LocalDate retires = retires(v, day);
		long left = Math.max(0, RemainingTime.months(day, retires));
		Position main = v.mainPosition();
		String post = main == null ? null
				: (main.titleCode() == null ? String.valueOf(main.titleText())
						: catalogs.name(CatalogType.TITLE, main.titleCode()))
						+ (main.unitName() == null ? "" : ", " + main.unitName());
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
		List<String> training = underWay.stream()
			.map(e -> Messages.text("planning.readiness.training", e.courseName(),
					e.startsOn() == null ? "" : Formats.date(e.startsOn()),
					e.endsOn() == null ? "" : Formats.date(e.endsOn())))
			.toList();
		return new Readiness.Row(c.id(), c.personId(), name, false, retires, left, left / 60, post, inPost,
				standards.gaps(v, std, day), rs, discipline.isEmpty() ? null : discipline, training);
	}

	private String discipline(Discipline d) {
		return Messages.text("planning.check.discipline.item",
				d.formCode() == null ? "" : catalogs.name(CatalogType.DISCIPLINE_FORM, d.formCode()),
				d.decidedOn() == null ? "" : Formats.date(d.decidedOn()),
				d.validTo() == null ? Messages.text("planning.check.discipline.noEnd") : Formats.date(d.validTo()));
	}

}

package vn.canbo.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.catalog.CatalogItem;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;
import vn.canbo.people.CareerFacts;
import vn.canbo.people.QualificationKind;
import vn.canbo.people.QualificationLevels;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;

/**
 * Levels are compared by the order of each kind's level catalog (the order
 * people.LevelRanks copies for person_fact's highest levels: later = higher); QP-AN
 * groups have no catalog, DT1 is the highest. The holders (narrow rows) with their
 * highest levels (person_fact's *_top columns, the QP-AN group's too since V14_7) are one
 * read through the people API ({@code QualificationLevels.titleHolders}), the planned
 * persons' levels one more; the standards in force, a kind's order and the courses
 * meeting a need are read once per call (TrainingBenchmark: a province of 60,000
 * persons).
 */
@Component
class TitleGapService implements TitleGaps {

	private final TitleStandardService standardNames;

	private final CareerFacts facts;

	private final QualificationLevels levels;

	private final Units units;

	private final Catalogs catalogs;

	private final JdbcClient jdbc;

	private final List<PlannedTitles> planned;

	TitleGapService(TitleStandardService standardNames, CareerFacts facts, QualificationLevels levels, Units units,
			Catalogs catalogs, JdbcClient jdbc, List<PlannedTitles> planned) {
		this.planned = planned;
		this.standardNames = standardNames;
		this.facts = facts;
		this.levels = levels;
		this.units = units;
		this.catalogs = catalogs;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<TitleGap> gaps(long rootUnitId, LocalDate on, Scope scope) {
		if (!units.inScope(rootUnitId, scope, on)) {
			throw new NotFoundException(Messages.text("training.gap.error.unit", String.valueOf(rootUnitId)));
		}
		Set<Long> unitIds = new HashSet<>(units.subtreeIds(List.of(rootUnitId), on));
		Optional<Set<Long>> inScope = units.scopeUnitIds(scope, on);
		if (inScope.isPresent()) {
			unitIds.retainAll(inScope.get());
		}
		List<String> titles = jdbc.sql("""
				select distinct title_code from training_title_standard
				where valid_from <= ? and (valid_to is null or valid_to >= ?)""")
			.params(on, on)
			.query(String.class)
			.list();
		if (unitIds.isEmpty() || titles.isEmpty()) {
			return List.of();
		}
		Map<Long, UnitView> unitViews = units.findAll(unitIds, on);
		// only the kinds the standards in force require
		List<QualificationKind> kinds = jdbc.sql("""
				select distinct r.qualification_kind from training_title_requirement r
				join training_title_standard s on s.id = r.standard_id
				where s.valid_from <= ? and (s.valid_to is null or s.valid_to >= ?)""")
			.params(on, on)
			.query((rs, n) -> QualificationKind.valueOf(rs.getString(1)))
			.list();
		// the holders with their highest levels in one read (people's positions joined
		// with person_fact); the planned persons' levels by id
		Map<Long, Map<QualificationKind, String>> held = new HashMap<>();
		List<CareerFacts.TitleHolder> holders = new ArrayList<>();
		for (QualificationLevels.HolderLevels h : levels.titleHolders(unitIds, titles, kinds, on)) {
			holders.add(h.holder());
			held.put(h.holder().personId(), h.highest());
		}
		List<PlannedTitles.Planned> plannedIn = new ArrayList<>();
		for (PlannedTitles p : planned) {
			p.planned(unitIds, on).stream().filter(x -> titles.contains(x.titleCode())).forEach(plannedIn::add);
		}
		List<Long> plannedIds = plannedIn.stream()
			.map(PlannedTitles.Planned::personId)
			.filter(id -> !held.containsKey(id))
			.distinct()
			.toList();
		held.putAll(levels.highest(plannedIds, kinds, on));
		Map<Long, String> names = plannedIn.isEmpty() ? Map.of()
				: facts.names(plannedIn.stream().map(PlannedTitles.Planned::personId).distinct().toList());
		Check check = new Check(on, inScope, unitViews, held, standardNames.allInForce(on));
		List<TitleGap> out = new ArrayList<>();
		for (CareerFacts.TitleHolder h : holders) {
			check.gap(h.personId(), h.fullName(), h.unitId(), h.titleCode(), h.concurrent(), null).ifPresent(out::add);
		}
		for (PlannedTitles.Planned p : plannedIn) {
			check
				.gap(p.personId(), names.getOrDefault(p.personId(), ""), p.unitId(), p.titleCode(), false,
						new TitleGap.Plan(p.planId(), p.termLabel(), p.decisionNumber()))
				.ifPresent(out::add);
		}
		return out;
	}

	/**
	 * One call's comparison, with what it reads once: a standard by title and level, a
	 * kind's order, the courses for a need.
	 */
	private final class Check {

		private final LocalDate on;

		private final Optional<Set<Long>> inScope;

		private final Map<Long, UnitView> unitViews;

		private final Map<Long, Map<QualificationKind, String>> held;

		private final Map<String, List<TitleStandard>> allInForce;

		private final Map<String, Optional<TitleStandard>> inForce = new HashMap<>();

		private final Map<QualificationKind, List<String>> orders = new HashMap<>();

		private final Map<String, List<TitleGap.CourseRef>> offered = new HashMap<>();

		Check(LocalDate on, Optional<Set<Long>> inScope, Map<Long, UnitView> unitViews,
				Map<Long, Map<QualificationKind, String>> held, Map<String, List<TitleStandard>> allInForce) {
			this.allInForce = allInForce;
			this.on = on;
			this.inScope = inScope;
			this.unitViews = unitViews;
			this.held = held;
		}

		Optional<TitleGap> gap(long personId, String fullName, long unitId, String title, boolean concurrent,
				TitleGap.Plan plan) {
			UnitView unit = unitViews.get(unitId);
			String level = unit == null || unit.level() == null ? null : unit.level().name();
			// the standards in force read once (TitleStandardsTest: as inForce picks)
			Optional<TitleStandard> s = inForce.computeIfAbsent(title + "|" + level,
					k -> TitleStandardService.pick(allInForce.getOrDefault(title, List.of()), level));
			if (s.isEmpty()) {
				return Optional.empty();
			}
			Map<QualificationKind, String> best = held.getOrDefault(personId, Map.of());
			List<TitleGap.Need> needs = new ArrayList<>();
			for (TitleRequirement r : s.get().requirements()) {
				List<String> order = orders.computeIfAbsent(r.kind(), TitleGapService.this::order);
				int required = order.indexOf(r.levelCode());
				String has = best.get(r.kind());
				if (has == null || order.indexOf(has) < required) {
					needs.add(new TitleGap.Need(r.kind(), r.levelCode(), r.levelName(), has,
							has == null ? null : standardNames.levelName(r.kind(), has), r.unconfirmed(),
							offered.computeIfAbsent(r.kind() + "|" + r.levelCode(), k -> courses(r.kind(),
									order.subList(Math.max(required, 0), order.size()), on, inScope))));
				}
			}
			if (needs.isEmpty()) {
				return Optional.empty();
			}
			return Optional.of(new TitleGap(personId, fullName, unitId, unit == null ? "" : unit.name(), title,
					catalogs.name(CatalogType.TITLE, title), concurrent, s.get().id(), needs, plan));
		}

	}

	/** The level codes of a kind, lowest first. */
	private List<String> order(QualificationKind kind) {
		if (kind.levelCatalog() == null) {
			return List.of("DT4", "DT3", "DT2", "DT1");
		}
		return catalogs.list(kind.levelCatalog(), null).stream().map(CatalogItem::code).toList();
	}

	/**
	 * Courses still to come or running on the date (ending on or after it), organised in
	 * the scope, whose kind confers one of the levels.
	 */
	private List<TitleGap.CourseRef> courses(QualificationKind kind, List<String> levels, LocalDate on,
			Optional<Set<Long>> inScope) {
		Set<String> kinds = new HashSet<>();
		for (CourseKind k : CourseKind.values()) {
			if (k.qualificationKind() == kind) {
				kinds.add(k.name());
			}
		}
		return jdbc.sql("""
				select id, code, name, starts_on, ends_on, unit_id from training_course
				where deleted_at is null and ends_on >= :d and kind = any(:k) and level_code = any(:l)
				order by starts_on, id""")
			.param("d", on)
			.param("k", kinds.toArray(String[]::new))
			.param("l", levels.toArray(String[]::new))
			.query((rs, n) -> inScope.isEmpty() || inScope.get().contains(rs.getLong("unit_id"))
					? new TitleGap.CourseRef(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
							rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class))
					: null)
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.toList();
	}

}

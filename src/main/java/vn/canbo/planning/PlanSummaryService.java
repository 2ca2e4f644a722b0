package vn.canbo.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.catalog.CatalogItem;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;
import vn.canbo.reports.Dim;
import vn.canbo.reports.StatisticsService;
import vn.canbo.reports.StatisticsTable;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;

/**
 * Counts the planning summary ({@link PlanSummary}) from the candidates in the plans on
 * the day and one bulk read of their dossiers (StructureService's flags: the same
 * thresholds and age tiers as the structure view), grouped by the title groups of the
 * titles they are planned for, in the TITLE_GROUP catalog's order.
 */
@Component
class PlanSummaryService implements PlanSummary {

	private final PlanningAccess access;

	private final PlanningRows rows;

	private final StructureService structure;

	private final Catalogs catalogs;

	private final Units units;

	PlanSummaryService(PlanningAccess access, PlanningRows rows, StructureService structure, Catalogs catalogs,
			Units units) {
		this.access = access;
		this.rows = rows;
		this.structure = structure;
		this.catalogs = catalogs;
		this.units = units;
	}

	@Override
	@Transactional(readOnly = true)
	public StatisticsTable summary(long unitId, String termCode, LocalDate on, Scope scope) {
		LocalDate day = on == null ? LocalDate.now() : on;
		List<Long> planIds = access.plansOfSubtree(unitId, termCode, day, scope)
			.stream()
			.map(PlanningRows.PlanRow::id)
			.toList();
		Map<String, Set<Long>> byGroup = new LinkedHashMap<>();
		catalogs.list(CatalogType.TITLE_GROUP, null).forEach(g -> byGroup.put(g.code(), new LinkedHashSet<>()));
		Set<Long> all = new LinkedHashSet<>();
		for (Candidate c : rows.candidatesOfPlans(planIds)) {
			if (!c.activeOn(day)) {
				continue;
			}
			all.add(c.personId());
			for (String g : groups(c.titleCode())) {
				byGroup.computeIfAbsent(g, k -> new LinkedHashSet<>()).add(c.personId());
			}
		}
		StructureService.Thresholds th = structure.thresholds(structure.unitLevelCentral(unitId, day, day), day);
		Map<Long, StructureService.Flags> flags = structure.flags(all, th, day);
		List<StatisticsTable.Column> columns = columns(th);
		List<StatisticsTable.Row> out = new ArrayList<>();
		byGroup.forEach((g, ids) -> {
			if (!ids.isEmpty()) {
				out.add(row(g, catalogs.find(CatalogType.TITLE_GROUP, g).map(i -> i.label(Messages.locale())).orElse(g),
						ids, flags, all.size()));
			}
		});
		String unit = units.find(unitId, day).map(UnitView::name).orElse("");
		String title = termCode == null || termCode.isBlank() ? Messages.text("planning.summary.titleAllTerms")
				: Messages.text("planning.summary.title",
						rows.term(termCode).map(PlanningTerm::label).orElse(termCode));
		return new StatisticsTable(title, unit, day, Dim.TITLE_GROUP, null, columns, out,
				row("", Messages.text("planning.summary.total"), all, flags, all.size()));
	}

	private List<String> groups(String titleCode) {
		return catalogs.find(CatalogType.TITLE, titleCode)
			.map((CatalogItem t) -> t.attribute("groups"))
			.filter(s -> !s.isBlank())
			.map(s -> Arrays.stream(s.split(",")).map(String::strip).toList())
			.orElse(List.of());
	}

	private static List<StatisticsTable.Column> columns(StructureService.Thresholds th) {
		String age = Messages.text("planning.summary.ageTiers");
		return List
			.of(new StatisticsTable.Column("TOTAL", null, Messages.text("planning.summary.persons"), false),
					new StatisticsTable.Column("WOMEN", null, Messages.text("planning.structure.WOMEN"), false),
					new StatisticsTable.Column("YOUNG", null,
							Messages.text("planning.structure.YOUNG", String.valueOf(th.young())), false),
					new StatisticsTable.Column("MINORITY", null, Messages.text("planning.structure.MINORITY"), false),
					new StatisticsTable.Column("TIER_1", age,
							Messages.text("planning.structure.TIER_1", String.valueOf(th.t1())), false),
					new StatisticsTable.Column("TIER_2", age,
							Messages.text("planning.structure.TIER_2", String.valueOf(th.t1()),
									String.valueOf(th.t2())),
							false),
					new StatisticsTable.Column("TIER_3", age,
							Messages.text("planning.structure.TIER_3", String.valueOf(th.t2())), false));
	}

	private static StatisticsTable.Row row(String key, String label, Collection<Long> ids,
			Map<Long, StructureService.Flags> flags, long grand) {
		List<Predicate<StructureService.Flags>> tests = List.of(f -> true, StructureService.Flags::woman,
				StructureService.Flags::young, StructureService.Flags::minority, f -> f.tier() == 0, f -> f.tier() == 1,
				f -> f.tier() == 2);
		long total = ids.size();
		List<StatisticsTable.Cell> cells = new ArrayList<>();
		for (Predicate<StructureService.Flags> t : tests) {
			long n = ids.stream().map(flags::get).filter(f -> f != null && t.test(f)).count();
			BigDecimal ofRow = StatisticsService.percent(n, total);
			cells.add(new StatisticsTable.Cell(n, ofRow, StatisticsService.percent(n, grand), null, null));
		}
		return new StatisticsTable.Row(key, label, total, cells);
	}

}

package vn.canbo.career;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;
import vn.canbo.people.CareerFacts;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.db.ReportingJdbc;

/**
 * Thống kê biến động: for a scope and a period, persons and occurrences (lượt) by
 * decision type, with the sentence a summary report needs and a drill-down to the
 * decisions; concurrent posts over the communes of an area on a date ("11/16 xã, phường
 * có Bí thư Đảng ủy đồng thời là Chủ tịch HĐND").
 */
@Service
public class Movements {

	/** Persons and occurrences (lượt) of a decision type in the period. */
	public record TypeCount(DecisionType type, long persons, long occurrences) {
	}

	public record Report(LocalDate from, LocalDate to, List<TypeCount> counts, String phrase) {
	}

	/**
	 * Communes where the holder of {@code first} also holds {@code second}, among
	 * {@code total} communes.
	 */
	public record ConcurrentStat(String first, String second, int communes, int total, String phrase,
			List<String> communeNames) {
	}

	/**
	 * The grouping of the summary sentence: "điều động 64, phân công 19, …, bổ nhiệm, bổ
	 * nhiệm lại, giới thiệu ứng cử 41".
	 */
	static final List<List<DecisionType>> GROUPS = List.of(List.of(DecisionType.TRANSFER),
			List.of(DecisionType.ASSIGNMENT), List.of(DecisionType.REASSIGNMENT), List.of(DecisionType.ROTATION),
			List.of(DecisionType.SECONDMENT),
			List.of(DecisionType.APPOINTMENT, DecisionType.REAPPOINTMENT, DecisionType.NOMINATION),
			List.of(DecisionType.RECRUITMENT));

	/** Titles named otherwise in the sentence (a bundle key each: "Bí thư Đảng ủy"). */
	static final Map<String, String> TITLE_LABELS = Map.of("BI_THU", "career.movements.title.BI_THU");

	private final ReportingJdbc reporting;

	private final Units units;

	private final CareerFacts facts;

	private final Catalogs catalogs;

	private final DecisionService decisions;

	Movements(ReportingJdbc reporting, Units units, CareerFacts facts, Catalogs catalogs, DecisionService decisions) {
		this.reporting = reporting;
		this.units = units;
		this.facts = facts;
		this.catalogs = catalogs;
		this.decisions = decisions;
	}

	/**
	 * Counts of issued (not revoked) decisions effective in [from, to] whose subjects
	 * belong to the scope. Revocations are not counted; an amendment counts as the type
	 * of the decision it replaced (which, being revoked, is not).
	 */
	@Transactional(readOnly = true)
	public Report report(Scope scope, LocalDate from, LocalDate to) {
		period(from, to);
		Collection<Long> unitIds = decisions.scopeUnits(scope, from);
		var q = reporting.client()
			.sql("""
					select coalesce(t.type, d.type) as type, count(distinct s.person_id) as persons, count(*) as occurrences
					  from career_decision d join career_decision_subject s on s.decision_id = d.id
					  left join career_decision t on d.type = 'AMENDMENT' and t.id = d.target_decision_id
					 where d.status = 'ISSUED' and d.type <> 'REVOCATION' and d.effective_on between :f and :t"""
					+ DecisionRows.inUnits(unitIds) + " group by coalesce(t.type, d.type)")
			.param("f", from)
			.param("t", to);
		Map<DecisionType, TypeCount> byType = new EnumMap<>(DecisionType.class);
		DecisionRows.bindUnits(q, unitIds)
			.query((rs, n) -> new TypeCount(DecisionType.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3)))
			.list()
			.forEach(c -> byType.put(c.type(), c));
		List<TypeCount> counts = new ArrayList<>();
		for (DecisionType t : DecisionType.values()) {
			if (byType.containsKey(t)) {
				counts.add(byType.get(t));
			}
		}
		return new Report(from, to, counts, phrase(byType));
	}

	static String phrase(Map<DecisionType, TypeCount> byType) {
		List<String> parts = new ArrayList<>();
		Set<DecisionType> grouped = new HashSet<>();
		for (List<DecisionType> g : GROUPS) {
			grouped.addAll(g);
			List<DecisionType> present = g.stream().filter(byType::containsKey).toList();
			if (!present.isEmpty()) {
				long n = present.stream().mapToLong(t -> byType.get(t).occurrences()).sum();
				parts.add(present.stream().map(DecisionType::label).collect(Collectors.joining(", ")) + " " + n);
			}
		}
		for (DecisionType t : DecisionType.values()) {
			if (!grouped.contains(t) && byType.containsKey(t)) {
				parts.add(t.label() + " " + byType.get(t).occurrences());
			}
		}
		return String.join(", ", parts);
	}

	/** The decisions behind a count. */
	public PageResult<DecisionSummary> drillDown(Scope scope, DecisionType type, LocalDate from, LocalDate to, int page,
			int size) {
		period(from, to);
		return decisions.list(new DecisionFilter(type, DecisionStatus.ISSUED, from, to, null, null), scope, page, size);
	}

	private static void period(LocalDate from, LocalDate to) {
		List<FieldError> e = new ArrayList<>();
		if (from == null) {
			e.add(new FieldError("from", Messages.text("career.error.fromRequired"), null));
		}
		if (to == null) {
			e.add(new FieldError("to", Messages.text("career.error.toRequired"), null));
		}
		if (from != null && to != null && to.isBefore(from)) {
			e.add(new FieldError("to", Messages.text("career.error.toBeforeFrom"), to.toString()));
		}
		if (!e.isEmpty()) {
			throw new ValidationException(e);
		}
	}

	/**
	 * Over the communes (xã, phường: level COMMUNE, type DIA_BAN) of the area on the
	 * date, how many have the holder of each pair's first title also holding the second
	 * one. {@code areaUnitId} null = the scope's roots.
	 */
	@Transactional(readOnly = true)
	public List<ConcurrentStat> concurrent(Scope scope, Long areaUnitId, LocalDate asOf, List<String[]> pairs) {
		LocalDate d = asOf == null ? LocalDate.now() : asOf;
		Set<Long> roots;
		if (areaUnitId != null) {
			if (units.find(areaUnitId, d).isEmpty() || !units.inScope(areaUnitId, scope, d)) {
				throw new NotFoundException(Messages.text("career.error.unitNotFound", String.valueOf(areaUnitId)));
			}
			roots = Set.of(areaUnitId);
		}
		else if (!scope.unrestricted()) {
			roots = scope.rootUnitIds();
		}
		else {
			throw new ValidationException("unitId", Messages.text("career.error.areaRequired"));
		}
		Map<Long, UnitView> all = units.findAll(units.subtreeIds(roots, d), d);
		List<UnitView> communes = all.values()
			.stream()
			.filter(u -> u.level() == AdminLevel.COMMUNE && "DIA_BAN".equals(u.typeCode()))
			.sorted((a, b) -> a.name().compareTo(b.name()))
			.toList();
		Map<Long, Long> communeOf = new HashMap<>();
		for (UnitView c : communes) {
			for (Long u : units.subtreeIds(Set.of(c.id()), d)) {
				communeOf.putIfAbsent(u, c.id());
			}
		}
		Set<String> titles = new HashSet<>();
		pairs.forEach(p -> {
			titles.add(p[0]);
			titles.add(p[1]);
		});
		// commune → title → persons
		Map<Long, Map<String, Set<Long>>> held = new HashMap<>();
		if (!communeOf.isEmpty() && !titles.isEmpty()) {
			for (CareerFacts.Holder h : facts.titleHolders(communeOf.keySet(), titles, d)) {
				Long c = communeOf.get(h.position().unitId());
				held.computeIfAbsent(c, k -> new HashMap<>())
					.computeIfAbsent(h.position().titleCode(), k -> new HashSet<>())
					.add(h.personId());
			}
		}
		List<ConcurrentStat> out = new ArrayList<>();
		for (String[] p : pairs) {
			List<String> names = new ArrayList<>();
			for (UnitView c : communes) {
				Map<String, Set<Long>> t = held.getOrDefault(c.id(), Map.of());
				Set<Long> both = new HashSet<>(t.getOrDefault(p[0], Set.of()));
				both.retainAll(t.getOrDefault(p[1], Set.of()));
				if (!both.isEmpty()) {
					names.add(c.name());
				}
			}
			String first = label(p[0]);
			String second = label(p[1]);
			out.add(new ConcurrentStat(p[0], p[1], names.size(), communes.size(),
					Messages.text("career.movements.concurrent", String.valueOf(names.size()),
							String.valueOf(communes.size()), first, second),
					names));
		}
		return out;
	}

	/** The default pairs: Bí thư + Chủ tịch HĐND, Bí thư + Chủ tịch UBND. */
	public static List<String[]> defaultPairs() {
		return List.of(new String[] { "BI_THU", "CHU_TICH_HDND" }, new String[] { "BI_THU", "CHU_TICH_UBND" });
	}

	private String label(String code) {
		String key = TITLE_LABELS.get(code);
		if (key != null) {
			return Messages.text(key);
		}
		return catalogs.find(CatalogType.TITLE, code).map(i -> i.label(Messages.locale())).orElse(code);
	}

}

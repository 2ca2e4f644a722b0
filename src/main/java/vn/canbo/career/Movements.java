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

	/**
	 * Persons (distinct) and occurrences (decision-person pairs) of a set of decision
	 * types summed into one total; {@code label}: the types' names joined ("bổ nhiệm, bổ
	 * nhiệm lại, giới thiệu ứng cử").
	 */
	public record SetCount(List<DecisionType> types, String label, long persons, long occurrences) {
	}

	/**
	 * The movements of a period: by type, by the groups of the summary sentence
	 * ({@code groups}, printed as {@code phrase}: "bổ nhiệm, bổ nhiệm lại, giới thiệu ứng
	 * cử 56") and, when types were chosen, their sum ({@code selection}), for the unit
	 * subtree ({@code unitId}, null = the scope) and the post filters applied.
	 */
	public record Report(LocalDate from, LocalDate to, List<TypeCount> counts, String phrase, Long unitId,
			Map<String, List<String>> filters, List<SetCount> groups, SetCount selection) {
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

	private final MovementRows rows;

	private final Units units;

	private final CareerFacts facts;

	private final Catalogs catalogs;

	private final DecisionService decisions;

	Movements(MovementRows rows, Units units, CareerFacts facts, Catalogs catalogs, DecisionService decisions) {
		this.rows = rows;
		this.units = units;
		this.facts = facts;
		this.catalogs = catalogs;
		this.decisions = decisions;
	}

	/** The movements of the whole scope, every post. */
	public Report report(Scope scope, LocalDate from, LocalDate to) {
		return report(scope, null, from, to, Map.of(), null);
	}

	/**
	 * Counts of issued (not revoked) decisions effective in [from, to] whose subjects
	 * belong to the scope and, when {@code unitId} is given, to that unit's subtree (404
	 * outside the scope), concerning a post that passes the filters ({@link PostFilter}:
	 * TITLE, TITLE_GROUP, KEY_POST). Revocations are not counted; an amendment counts as
	 * the type of the decision it replaced (which, being revoked, is not).
	 * {@code selection}: decision types to sum into one total (null or empty: none).
	 */
	@Transactional(readOnly = true)
	public Report report(Scope scope, Long unitId, LocalDate from, LocalDate to, Map<String, List<String>> filters,
			Collection<DecisionType> selection) {
		period(from, to);
		PostFilter posts = PostFilter.parse(filters, catalogs, null);
		List<MovementRows.Row> found = rows.list(scope, unitId, from, to, posts);
		Map<DecisionType, TypeCount> byType = new EnumMap<>(DecisionType.class);
		for (DecisionType t : DecisionType.values()) {
			SetCount c = sum(found, List.of(t));
			if (c.occurrences() > 0) {
				byType.put(t, new TypeCount(t, c.persons(), c.occurrences()));
			}
		}
		List<SetCount> groups = groups(found, byType.keySet());
		SetCount chosen = selection == null || selection.isEmpty() ? null
				: sum(found, selection.stream().distinct().sorted().toList());
		return new Report(from, to, List.copyOf(byType.values()), phrase(groups), unitId, posts.filters(), groups,
				chosen);
	}

	/**
	 * The sum of a set of types over the rows: distinct persons, decision-person pairs.
	 */
	static SetCount sum(List<MovementRows.Row> rows, List<DecisionType> types) {
		Set<Long> persons = new HashSet<>();
		Set<List<Long>> pairs = new HashSet<>();
		for (MovementRows.Row r : rows) {
			if (types.contains(r.type())) {
				persons.add(r.personId());
				pairs.add(List.of(r.decisionId(), r.personId()));
			}
		}
		return new SetCount(types, types.stream().map(DecisionType::label).collect(Collectors.joining(", ")),
				persons.size(), pairs.size());
	}

	/** The groups of the summary sentence present in the rows, then the other types. */
	static List<SetCount> groups(List<MovementRows.Row> rows, Set<DecisionType> present) {
		List<SetCount> out = new ArrayList<>();
		Set<DecisionType> grouped = new HashSet<>();
		for (List<DecisionType> g : GROUPS) {
			grouped.addAll(g);
			List<DecisionType> in = g.stream().filter(present::contains).toList();
			if (!in.isEmpty()) {
				out.add(sum(rows, in));
			}
		}
		for (DecisionType t : DecisionType.values()) {
			if (!grouped.contains(t) && present.contains(t)) {
				out.add(sum(rows, List.of(t)));
			}
		}
		return out;
	}

	static String phrase(List<SetCount> groups) {
		return groups.stream().map(g -> g.label() + " " + g.occurrences()).collect(Collectors.joining(", "));
	}

	/**
	 * A set of decision types written {@code A+B+C} (or comma-separated): refused (field
	 * {@code field}) when empty or naming an unknown type.
	 */
	public static List<DecisionType> parseTypes(String text, String field) {
		List<DecisionType> out = new ArrayList<>();
		List<String> bad = new ArrayList<>();
		for (String x : (text == null ? "" : text).split("[+,]")) {
			String n = x.strip().toUpperCase();
			if (n.isEmpty()) {
				continue;
			}
			try {
				DecisionType t = DecisionType.valueOf(n);
				if (t == DecisionType.REVOCATION || t == DecisionType.AMENDMENT) {
					bad.add(x.strip());
				}
				else if (!out.contains(t)) {
					out.add(t);
				}
			}
			catch (IllegalArgumentException e) {
				bad.add(x.strip());
			}
		}
		if (!bad.isEmpty() || out.isEmpty()) {
			throw new ValidationException(field,
					Messages.text("career.error.typeSet", bad.isEmpty() ? "" : ": " + String.join(", ", bad)));
		}
		return out;
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

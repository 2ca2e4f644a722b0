package vn.canbo.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The highest level of each qualification kind that persons hold on a date, many persons
 * at once (the gap analysis of a province reads 60,000). A qualification counts from its
 * valid_from (the date obtained) to the day before its valid_to, as
 * {@link Qualification#validOn}. Highest = the order of the kind's level catalog (the
 * copy {@code LevelRanks} keeps for person_fact's highest levels: later = higher);
 * defence and security, which has no catalog: group DT1 the highest, DT4 the lowest. A
 * level the order does not know counts as none; a foreign language's level counts
 * whatever the language. The caller has checked the persons against the user's scope.
 *
 * <p>
 * Read from person_fact's {@code *_top} columns (one narrow row per person: the same
 * codes, ranked by the same order, kept by the same triggers; the defence group's
 * {@code defence_security_top} since migration V14_7) for the persons with a main
 * position on the date; from the qualification histories only for the persons without a
 * fact row that day (no main position then): the same answer as reading the histories for
 * everyone (QualificationLevelsTest compares both), see docs/benchmarks.md
 * (TrainingBenchmark).
 */
@Component
@org.springframework.modulith.NamedInterface("api")
public class QualificationLevels {

	private static final String RANK = """
			coalesce(r.rank, case when q.kind = 'DEFENCE_SECURITY'
			                      then array_position(array['DT4', 'DT3', 'DT2', 'DT1'], cast(q.level_code as text)) end)""";

	/** The kinds with a highest-level column in person_fact, and its name. */
	private static final Map<QualificationKind, String> TOP = new EnumMap<>(Map.of(QualificationKind.PROFESSIONAL,
			"professional_top", QualificationKind.POLITICAL_THEORY, "political_theory_top",
			QualificationKind.STATE_MANAGEMENT, "state_management_top", QualificationKind.FOREIGN_LANGUAGE,
			"foreign_language_top", QualificationKind.IT, "it_top", QualificationKind.ACADEMIC_TITLE,
			"academic_title_top", QualificationKind.DEFENCE_SECURITY, "defence_security_top"));

	private final JdbcClient jdbc;

	QualificationLevels(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Person id → (kind → highest level code held on the date); a person holding none of
	 * a kind has no entry for it, a person holding nothing (or unknown, or deleted) none
	 * at all.
	 */
	public Map<Long, Map<QualificationKind, String>> highest(Collection<Long> personIds, LocalDate on) {
		return highest(personIds, EnumSet.allOf(QualificationKind.class), on);
	}

	/** As {@link #highest(Collection, LocalDate)}, of the given kinds only. */
	public Map<Long, Map<QualificationKind, String>> highest(Collection<Long> personIds,
			Collection<QualificationKind> kinds, LocalDate on) {
		Map<Long, Map<QualificationKind, String>> out = new HashMap<>();
		if (personIds.isEmpty() || kinds.isEmpty()) {
			return out;
		}
		List<QualificationKind> columns = kinds.stream().filter(TOP::containsKey).distinct().toList();
		Set<Long> withFact = new HashSet<>();
		if (!columns.isEmpty()) {
			Set<String> known = new HashSet<>(
					jdbc.sql("select kind || '|' || code from qualification_level_rank").query(String.class).list());
			StringBuilder sql = new StringBuilder("select person_id");
			columns.forEach(k -> sql.append(", ").append(TOP.get(k)));
			sql.append(" from person_fact where person_id = any(:ids) and valid_from <= :d")
				.append(" and (valid_to is null or valid_to > :d)");
			jdbc.sql(sql.toString()).param("ids", personIds.toArray(Long[]::new)).param("d", on).query((rs, n) -> {
				long id = rs.getLong(1);
				withFact.add(id);
				for (int i = 0; i < columns.size(); i++) {
					String code = rs.getString(i + 2);
					if (code != null && known.contains(columns.get(i).name() + "|" + code)) {
						out.computeIfAbsent(id, x -> new EnumMap<>(QualificationKind.class)).put(columns.get(i), code);
					}
				}
				return id;
			}).list();
		}
		List<Long> others = new ArrayList<>();
		for (Long id : new HashSet<>(personIds)) {
			if (!withFact.contains(id)) {
				others.add(id);
			}
		}
		// a kind without a column (none since V14_7 added the defence group's) from the
		// histories for everyone; every kind for the persons without a fact row on the
		// date
		List<QualificationKind> rest = kinds.stream().filter(k -> !TOP.containsKey(k)).distinct().toList();
		merge(out, withFact.isEmpty() ? Map.of() : fromHistories(withFact, rest, on));
		merge(out, fromHistories(others, kinds, on));
		return out;
	}

	/**
	 * A title held on the date ({@link CareerFacts#titleHoldersBrief}'s row) and the
	 * holder's highest levels.
	 */
	public record HolderLevels(CareerFacts.TitleHolder holder, Map<QualificationKind, String> highest) {
	}

	/**
	 * The titles held on the date in the units ({@link CareerFacts#titleHoldersBrief})
	 * with each holder's highest level of the kinds ({@link #highest}): one query joining
	 * the positions with the holder's person_fact row of the date, instead of a second
	 * query with every holder's id (the gap analysis of a province: 60,000 ids); the
	 * histories only for holders without a main position that day.
	 */
	public List<HolderLevels> titleHolders(Collection<Long> unitIds, Collection<String> titleCodes,
			Collection<QualificationKind> kinds, LocalDate on) {
		List<QualificationKind> columns = kinds.stream().filter(TOP::containsKey).distinct().toList();
		Set<String> known = new HashSet<>(
				jdbc.sql("select kind || '|' || code from qualification_level_rank").query(String.class).list());
		StringBuilder sql = new StringBuilder(
				"select pp.person_id, p.full_name, pp.unit_id, pp.title_code, pp.concurrent, pf.person_id is not null");
		columns.forEach(k -> sql.append(", pf.").append(TOP.get(k)));
		sql.append(PositionQueries.TITLE_HELD.replace("where pp.deleted_at", """
				left join person_fact pf on pf.person_id = pp.person_id and pf.valid_from <= :d
				     and (pf.valid_to is null or pf.valid_to > :d)
				where pp.deleted_at"""));
		List<HolderLevels> out = new ArrayList<>();
		Set<Long> withFact = new HashSet<>();
		Set<Long> without = new HashSet<>();
		jdbc.sql(sql.toString())
			.param("d", on)
			.param("u", unitIds.toArray(Long[]::new))
			.param("t", titleCodes.toArray(String[]::new))
			.query((rs, n) -> {
				long id = rs.getLong(1);
				Map<QualificationKind, String> best = new EnumMap<>(QualificationKind.class);
				if (rs.getBoolean(6)) {
					withFact.add(id);
					for (int i = 0; i < columns.size(); i++) {
						String code = rs.getString(i + 7);
						if (code != null && known.contains(columns.get(i).name() + "|" + code)) {
							best.put(columns.get(i), code);
						}
					}
				}
				else {
					without.add(id);
				}
				out.add(new HolderLevels(new CareerFacts.TitleHolder(id, rs.getString(2), rs.getLong(3),
						rs.getString(4), rs.getBoolean(5)), best));
				return id;
			})
			.list();
		// as highest: a kind without a column from the histories for everyone, every kind
		// for the holders without a fact row on the date
		List<QualificationKind> rest = kinds.stream().filter(k -> !TOP.containsKey(k)).distinct().toList();
		Map<Long, Map<QualificationKind, String>> more = new HashMap<>();
		merge(more, withFact.isEmpty() ? Map.of() : fromHistories(withFact, rest, on));
		merge(more, fromHistories(without, kinds, on));
		if (more.isEmpty()) {
			return out;
		}
		return out.stream().map(h -> {
			Map<QualificationKind, String> m = more.get(h.holder().personId());
			if (m == null) {
				return h;
			}
			Map<QualificationKind, String> best = new EnumMap<>(QualificationKind.class);
			best.putAll(h.highest());
			best.putAll(m);
			return new HolderLevels(h.holder(), best);
		}).toList();
	}

	private static void merge(Map<Long, Map<QualificationKind, String>> into,
			Map<Long, Map<QualificationKind, String>> from) {
		from.forEach((id, m) -> into.computeIfAbsent(id, x -> new EnumMap<>(QualificationKind.class)).putAll(m));
	}

	/**
	 * The same from the qualification histories alone: one query, the persons as one
	 * array ({@code = any(?)}).
	 */
	Map<Long, Map<QualificationKind, String>> fromHistories(Collection<Long> personIds,
			Collection<QualificationKind> kinds, LocalDate on) {
		Map<Long, Map<QualificationKind, String>> out = new HashMap<>();
		if (personIds.isEmpty() || kinds.isEmpty()) {
			return out;
		}
		jdbc.sql("select distinct on (q.person_id, q.kind) q.person_id, q.kind, q.level_code"
				+ " from person_qualification q join person p on p.id = q.person_id and p.deleted_at is null"
				+ " left join qualification_level_rank r on r.kind = q.kind and r.code = q.level_code"
				+ " where q.deleted_at is null and q.person_id = any(:ids) and q.kind = any(:k) and q.valid_from <= :d"
				+ " and (q.valid_to is null or q.valid_to > :d) and " + RANK + " is not null"
				+ " order by q.person_id, q.kind, " + RANK + " desc")
			.param("ids", personIds.toArray(Long[]::new))
			.param("k", kinds.stream().map(Enum::name).distinct().toArray(String[]::new))
			.param("d", on)
			.query((rs, n) -> out.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(QualificationKind.class))
				.put(QualificationKind.valueOf(rs.getString(2)), rs.getString(3)))
			.list();
		return out;
	}

}

package vn.canbo.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The highest level of each qualification kind that persons hold on a date, many persons
 * at once (the gap analysis of a province reads 60,000): one query, the persons passed as
 * one array ({@code = any(?)}). A qualification counts from its valid_from (the date
 * obtained) to the day before its valid_to, as {@link Qualification#validOn}. Highest =
 * the order of the kind's level catalog (the copy {@code LevelRanks} keeps for
 * person_fact's highest levels: later = higher); defence and security, which has no
 * catalog: group DT1 the highest, DT4 the lowest. A level the order does not know counts
 * as none; a foreign language's level counts whatever the language. The caller has
 * checked the persons against the user's scope.
 */
@Component
@org.springframework.modulith.NamedInterface("api")
public class QualificationLevels {

	private static final String RANK = """
			coalesce(r.rank, case when q.kind = 'DEFENCE_SECURITY'
			                      then array_position(array['DT4', 'DT3', 'DT2', 'DT1'], cast(q.level_code as text)) end)""";

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
		return highest(personIds, java.util.EnumSet.allOf(QualificationKind.class), on);
	}

	/** As {@link #highest(Collection, LocalDate)}, of the given kinds only. */
	public Map<Long, Map<QualificationKind, String>> highest(Collection<Long> personIds,
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
			.param("k", kinds.stream().map(Enum::name).toArray(String[]::new))
			.param("d", on)
			.query((rs, n) -> out.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(QualificationKind.class))
				.put(QualificationKind.valueOf(rs.getString(2)), rs.getString(3)))
			.list();
		return out;
	}

}

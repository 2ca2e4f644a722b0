package vn.canbo.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.canbo.people.CareerFacts.Holder;
import vn.canbo.shared.PageResult;

/**
 * Reads of position and salary rows for {@link CareerFacts}: the rows a decision wrote,
 * and the holders of posts in units on a date.
 */
@Component
class PositionQueries {

	private final JdbcClient jdbc;

	PositionQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Full names of the (live) persons, by id. */
	Map<Long, String> names(Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, String> out = new HashMap<>();
		jdbc.sql("select id, full_name from person where id = any(:ids) and deleted_at is null")
			.param("ids", personIds.toArray(Long[]::new))
			.query((rs, n) -> out.put(rs.getLong(1), rs.getString(2)))
			.list();
		return out;
	}

	/** The live position rows a decision created. */
	List<Position> positionsOfDecision(long decisionId) {
		return jdbc
			.sql("select " + HistoryRows.POSITION_COLUMNS
					+ " from person_position where decision_id = ? and deleted_at is null order by valid_from, id")
			.param(decisionId)
			.query(HistoryRows::position)
			.list();
	}

	/** The live salary rows a decision created. */
	List<Salary> salariesOfDecision(long decisionId) {
		return jdbc
			.sql("select * from person_salary where decision_id = ? and deleted_at is null order by valid_from, id")
			.param(decisionId)
			.query(HistoryRows::salary)
			.list();
	}

	/**
	 * Positions held on the date in the units (null: every unit), paged, with the salary
	 * then.
	 */
	PageResult<Holder> holders(Collection<Long> unitIds, LocalDate asOf, int page, int size) {
		String where = """
				 from person_position pp join person p on p.id = pp.person_id and p.deleted_at is null
				where pp.deleted_at is null and pp.valid_from <= :d and (pp.valid_to is null or pp.valid_to > :d)""";
		where += inUnits(unitIds);
		String sql = "select pp.person_id, p.full_name, p.gender, p.birth_date, p.birth_date_precision, pp.decision_id, "
				+ "s.rank_code, s.step, s.coefficient, " + prefixed("pp") + " "
				+ """
						 from person_position pp join person p on p.id = pp.person_id and p.deleted_at is null
						 left join lateral (select rank_code, step, coefficient from person_salary s where s.person_id = pp.person_id
						   and s.deleted_at is null and s.valid_from <= :d and (s.valid_to is null or s.valid_to > :d)
						   order by s.valid_from desc limit 1) s on true
						where pp.deleted_at is null and pp.valid_from <= :d and (pp.valid_to is null or pp.valid_to > :d)"""
				+ inUnits(unitIds) + " order by pp.unit_id, pp.concurrent, p.sort_name, pp.id limit :l offset :o";
		var select = jdbc.sql(sql).param("d", asOf).param("l", size).param("o", (long) page * size);
		var count = jdbc.sql("select count(*) from (select 1 " + where + " limit " + (PageResult.COUNT_CAP + 1) + ") x")
			.param("d", asOf);
		select = bindUnits(select, unitIds);
		count = bindUnits(count, unitIds);
		List<Holder> items = select.query((rs, n) -> new Holder(rs.getLong("person_id"), rs.getString("full_name"),
				Gender.valueOf(rs.getString("gender")), PersonRows.partial(rs, "birth_date", "birth_date_precision"),
				HistoryRows.position(rs, n), (Long) rs.getObject("decision_id"), rs.getString("rank_code"),
				(Integer) (rs.getObject("step") == null ? null : rs.getInt("step")), rs.getBigDecimal("coefficient")))
			.list();
		long total = count.query(Long.class).single();
		return new PageResult<>(items, page, size, Math.min(total, PageResult.COUNT_CAP), total > PageResult.COUNT_CAP);
	}

	/** The positions (pp) with the titles :t held on the date :d in the units :u. */
	static final String TITLE_HELD = """
			 from person_position pp join person p on p.id = pp.person_id and p.deleted_at is null
			where pp.deleted_at is null and pp.valid_from <= :d and (pp.valid_to is null or pp.valid_to > :d)
			  and pp.unit_id = any(:u) and pp.title_code = any(:t)""";

	/** The positions with these titles held on the date in the units. */
	List<Holder> titleHolders(Collection<Long> unitIds, Collection<String> titleCodes, LocalDate asOf) {
		return jdbc
			.sql("select pp.person_id, p.full_name, p.gender, p.birth_date, p.birth_date_precision, pp.decision_id, "
					+ prefixed("pp") + TITLE_HELD)
			.param("d", asOf)
			.param("u", unitIds.toArray(Long[]::new))
			.param("t", titleCodes.toArray(String[]::new))
			.query(PositionQueries::holderWithoutSalary)
			.list();
	}

	/** As {@link #titleHolders}, narrow. */
	List<CareerFacts.TitleHolder> titleHoldersBrief(Collection<Long> unitIds, Collection<String> titleCodes,
			LocalDate asOf) {
		return jdbc.sql("select pp.person_id, p.full_name, pp.unit_id, pp.title_code, pp.concurrent" + TITLE_HELD)
			.param("d", asOf)
			.param("u", unitIds.toArray(Long[]::new))
			.param("t", titleCodes.toArray(String[]::new))
			.query((rs, n) -> new CareerFacts.TitleHolder(rs.getLong(1), rs.getString(2), rs.getLong(3),
					rs.getString(4), rs.getBoolean(5)))
			.list();
	}

	/** As {@link #titleHolders}, narrow, with the term's end. */
	List<CareerFacts.TitleTerm> titleTerms(Collection<Long> unitIds, Collection<String> titleCodes, LocalDate asOf) {
		return jdbc
			.sql("select pp.person_id, p.full_name, pp.unit_id, pp.title_code, pp.concurrent, pp.term_end" + TITLE_HELD)
			.param("d", asOf)
			.param("u", unitIds.toArray(Long[]::new))
			.param("t", titleCodes.toArray(String[]::new))
			.query((rs, n) -> new CareerFacts.TitleTerm(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
					rs.getBoolean(5), rs.getObject(6, LocalDate.class)))
			.list();
	}

	/**
	 * Positions in the units whose term ends in [from, to], still held at the term's end.
	 */
	List<Holder> termsEnding(Collection<Long> unitIds, LocalDate from, LocalDate to) {
		String sql = "select pp.person_id, p.full_name, p.gender, p.birth_date, p.birth_date_precision, pp.decision_id, "
				+ prefixed("pp") + " " + """
						 from person_position pp join person p on p.id = pp.person_id and p.deleted_at is null
						where pp.deleted_at is null and pp.term_end between :f and :t
						  and pp.valid_from <= :f and (pp.valid_to is null or pp.valid_to > pp.term_end)"""
				+ inUnits(unitIds) + " order by pp.term_end, pp.id";
		var q = jdbc.sql(sql).param("f", from).param("t", to);
		return bindUnits(q, unitIds).query(PositionQueries::holderWithoutSalary).list();
	}

	private static Holder holderWithoutSalary(ResultSet rs, int n) throws SQLException {
		return new Holder(rs.getLong("person_id"), rs.getString("full_name"), Gender.valueOf(rs.getString("gender")),
				PersonRows.partial(rs, "birth_date", "birth_date_precision"), HistoryRows.position(rs, n),
				(Long) rs.getObject("decision_id"), null, null, null);
	}

	private static String prefixed(String alias) {
		StringBuilder b = new StringBuilder();
		for (String c : HistoryRows.POSITION_COLUMNS.split(",")) {
			if (!b.isEmpty()) {
				b.append(", ");
			}
			b.append(alias).append('.').append(c.strip());
		}
		return b.toString();
	}

	/**
	 * The condition "the position's unit is one of the units" (null: every unit, no
	 * condition), bound by {@link #bindUnits}.
	 */
	static String inUnits(Collection<Long> unitIds) {
		return unitIds == null ? "" : " and pp.unit_id = any(:u)";
	}

	static JdbcClient.StatementSpec bindUnits(JdbcClient.StatementSpec q, Collection<Long> unitIds) {
		return unitIds == null ? q : q.param("u", unitIds.toArray(Long[]::new));
	}

}

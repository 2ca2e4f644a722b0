package vn.canbo.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.Units;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.Scope;
import vn.canbo.shared.db.ReportingJdbc;

/**
 * Thống kê số lượng, chất lượng: counts of persons by one or two dimensions
 * (regulations.md §10), computed in SQL with GROUP BY on the read replica
 * ({@link ReportingJdbc}); persons are never loaded. The population is read from the
 * people module's {@code person_fact} view (migration V4_21): one narrow row per person
 * and period, kept by triggers, with the main position, rank and levels held, so a
 * national report reads one row per person instead of joining histories. A person belongs
 * to the population when, on the date, they hold a main position in one of the
 * population's units (and the caller's {@link Scope}); ages, highest levels, ranks and
 * positions are those valid on the date. The SQL of one query is built by
 * {@link CountSql}; the values are those of {@link Dimension}.
 */
@Component
class PersonCounts {

	/**
	 * Who is counted. {@code unitIds}: units of the main position (null = every unit; the
	 * caller's scope is applied on top). {@code bodyUnitIds}/{@code bodyTitleCodes}: also
	 * hold, on the date, a position (main or concurrent) in one of those units and/or
	 * with one of those titles — e.g. the Ban Chấp hành = titles of group CAP_UY in
	 * DANG_UY_XA units. {@code where}: fixed dimension values (value sets) all persons
	 * must have. {@code criterion}: the population's condition ({@link Criterion}
	 * resolved, null = none).
	 */
	record Query(LocalDate asOf, Collection<Long> unitIds, Collection<String> categories, Collection<Long> bodyUnitIds,
			Collection<String> bodyTitleCodes, Map<Dimension, Collection<String>> where, Map<Long, String> unitGroups,
			Cond criterion) {

		Query {
			where = where == null ? Map.of() : Map.copyOf(where);
			unitGroups = unitGroups == null ? Map.of() : Map.copyOf(unitGroups);
		}

		static Query of(LocalDate asOf, Collection<Long> unitIds) {
			return new Query(asOf, unitIds, null, null, null, null, null, null);
		}

		Query withWhere(Map<Dimension, Collection<String>> more) {
			Map<Dimension, Collection<String>> w = new LinkedHashMap<>(where);
			w.putAll(more);
			return new Query(asOf, unitIds, categories, bodyUnitIds, bodyTitleCodes, w, unitGroups, criterion);
		}

		Query withUnitGroups(Map<Long, String> groups) {
			return new Query(asOf, unitIds, categories, bodyUnitIds, bodyTitleCodes, where, groups, criterion);
		}
	}

	/**
	 * One cell of a breakdown: the count of persons and the sum of their ages (for
	 * average ages).
	 */
	record Cell(String row, String column, long count, long ageSum) {
	}

	/**
	 * A count of persons among those of a row whose {@code dimension} value is one of
	 * {@code values} (all persons of the row when values is empty). {@code key} names the
	 * column.
	 */
	record Measure(String key, Dimension dimension, Collection<String> values) {
	}

	/** Counts per row: measure key → count, plus the row's headcount and age sum. */
	record MeasureRow(String row, long total, long ageSum, Map<String, Long> counts) {
	}

	private final ReportingJdbc reporting;

	private final Units units;

	private final Catalogs catalogs;

	private final DimensionSources sources;

	PersonCounts(ReportingJdbc reporting, Units units, Catalogs catalogs, DimensionSources sources) {
		this.sources = sources;
		this.reporting = reporting;
		this.units = units;
		this.catalogs = catalogs;
	}

	/**
	 * Counts by two dimensions (pass {@link Dimension#TOTAL} for one), with every total:
	 * cells whose row or column is null are the sub-totals (null row and column = grand
	 * total). Exact for multi-valued dimensions (a person counts once per total).
	 */
	List<Cell> crossTab(Query q, Dimension rows, Dimension columns, Scope scope) {
		visible(q, List.of(rows, columns));
		CountSql sql = new CountSql(q, scope, units, catalogs, sources);
		if (sql.empty) {
			return List.of();
		}
		String r = sql.key(rows, "r");
		String c = sql.key(columns, "c");
		String text;
		if (rows.multiValued() || columns.multiValued()) {
			// a person may stand in several cells: totals over distinct persons
			text = sql.with() + ", cells as (select distinct " + r + " as r, " + c + " as c, f.id, f.age from facts f"
					+ sql.joins() + ")" + " select r, c, count(*), coalesce(sum(age), 0) from cells group by r, c"
					+ " union all select r, null, count(*), coalesce(sum(age), 0) from (select distinct r, id, age from cells) x group by r"
					+ " union all select null, c, count(*), coalesce(sum(age), 0) from (select distinct c, id, age from cells) x group by c"
					+ " union all select null, null, count(*), coalesce(sum(age), 0) from (select distinct id, age from cells) x";
		}
		else {
			// a plain GROUP BY, which PostgreSQL runs in parallel (grouping sets are
			// not): each person is in one
			// cell, so the sub-totals are sums of cells
			text = sql.with() + " select " + r + " as r, " + c + " as c, count(*), coalesce(sum(f.age), 0)"
					+ " from facts f" + sql.joins() + " group by r, c";
		}
		String query = text;
		List<Cell> cells = reporting.hashing(jdbc -> jdbc.sql(query)
			.paramSource(sql.params)
			.query((rs, i) -> new Cell(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
			.list());
		return rows.multiValued() || columns.multiValued() ? cells : withTotals(cells);
	}

	/** The cells with their row, column and grand totals (null row/column), summed. */
	private static List<Cell> withTotals(List<Cell> cells) {
		Map<String, long[]> byRow = new LinkedHashMap<>();
		Map<String, long[]> byColumn = new LinkedHashMap<>();
		long[] all = new long[2];
		for (Cell c : cells) {
			add(byRow.computeIfAbsent(c.row(), k -> new long[2]), c);
			add(byColumn.computeIfAbsent(c.column(), k -> new long[2]), c);
			add(all, c);
		}
		List<Cell> out = new ArrayList<>(cells);
		byRow.forEach((row, t) -> out.add(new Cell(row, null, t[0], t[1])));
		byColumn.forEach((column, t) -> out.add(new Cell(null, column, t[0], t[1])));
		out.add(new Cell(null, null, all[0], all[1]));
		return out;
	}

	private static void add(long[] total, Cell c) {
		total[0] += c.count();
		total[1] += c.ageSum();
	}

	/**
	 * One row per value of {@code rows} (plus the total row, row = null) with the count
	 * of each measure: the whole standard report in one pass over the population.
	 */
	List<MeasureRow> measures(Query q, Dimension rows, List<Measure> measures, Scope scope) {
		visible(q, List.of(rows));
		measures.forEach(m -> m.dimension().requireVisible());
		CountSql sql = new CountSql(q, scope, units, catalogs, sources);
		if (sql.empty) {
			return List.of();
		}
		String r = sql.key(rows, "r");
		boolean distinct = rows.multiValued();
		StringBuilder cols = new StringBuilder();
		for (int i = 0; i < measures.size(); i++) {
			Measure m = measures.get(i);
			String cond = m.values() == null || m.values().isEmpty() ? "true"
					: sql.condition(m.dimension(), m.values(), "m" + i);
			cols.append(distinct ? ", count(distinct f.id) filter (where " : ", count(*) filter (where ")
				.append(cond)
				.append(")");
		}
		String joins = sql.joins();
		StringBuilder s = new StringBuilder(sql.with()).append(" select ")
			.append(r)
			.append(" as r, ")
			.append(distinct ? "count(distinct f.id)" : "count(*)")
			.append(", coalesce(sum(f.age), 0)")
			.append(cols)
			.append(" from facts f")
			.append(joins)
			// a person in several rows counts once in the total: grouping sets; otherwise
			// a plain GROUP BY, run
			// in parallel (grouping sets are not), and the total row is the sum of the
			// rows
			.append(distinct ? " group by grouping sets ((r), ())" : " group by r");
		List<MeasureRow> rowsOut = reporting
			.hashing(jdbc -> jdbc.sql(s.toString()).paramSource(sql.params).query((rs, i) -> {
				Map<String, Long> counts = new LinkedHashMap<>();
				for (int k = 0; k < measures.size(); k++) {
					counts.put(measures.get(k).key(), rs.getLong(4 + k));
				}
				return new MeasureRow(rs.getString(1), rs.getLong(2), rs.getLong(3), counts);
			}).list());
		if (distinct) {
			return rowsOut;
		}
		long total = 0;
		long ageSum = 0;
		Map<String, Long> counts = new LinkedHashMap<>();
		measures.forEach(m -> counts.put(m.key(), 0L));
		for (MeasureRow row : rowsOut) {
			total += row.total();
			ageSum += row.ageSum();
			row.counts().forEach((k, v) -> counts.merge(k, v, Long::sum));
		}
		List<MeasureRow> out = new ArrayList<>(rowsOut);
		out.add(new MeasureRow(null, total, ageSum, counts));
		return out;
	}

	/**
	 * The persons behind a cell ({@code cell}: dimension → value; null value = any), by
	 * name, paged.
	 */
	PageResult<PersonRow> persons(Query q, Map<Dimension, String> cell, Scope scope, int page, int size) {
		visible(q, cell.keySet());
		Map<Dimension, Collection<String>> where = new LinkedHashMap<>();
		cell.forEach((d, v) -> {
			if (v != null && d != Dimension.TOTAL) {
				where.put(d, List.of(v));
			}
		});
		CountSql sql = new CountSql(q.withWhere(where), scope, units, catalogs, sources);
		int p = Math.max(page, 0);
		int s = Math.min(Math.max(size, 1), 200);
		if (sql.empty) {
			return new PageResult<>(List.of(), p, s, 0, false);
		}
		String joins = sql.joins();
		long total = reporting.client()
			.sql(sql.with() + " select count(*) from facts f" + joins)
			.paramSource(sql.params)
			.query(Long.class)
			.single();
		sql.params.addValue("limit", s).addValue("offset", (long) p * s);
		List<PersonRow> rows = reporting.client()
			.sql(sql.with() + " select f.id, p.full_name, p.gender, p.birth_date,"
					+ " f.unit_id, f.title_code, pp.title_text, p.category from facts f join person p on p.id = f.id"
					+ " join person_position pp on pp.id = f.position_id" + joins
					+ " order by p.sort_name, p.id limit :limit offset :offset")
			.paramSource(sql.params)
			.query((rs, i) -> new PersonRow(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8)))
			.list();
		return new PageResult<>(rows, p, s, total, false);
	}

	/**
	 * The ids of the population's persons (no breakdown): for a module that intersects a
	 * population with its own records (e.g. evaluation's ratings).
	 */
	List<Long> personIds(Query q, Scope scope) {
		visible(q, List.of());
		CountSql sql = new CountSql(q, scope, units, catalogs, sources);
		return sql.empty ? List.of()
				: reporting.client()
					.sql(sql.with() + " select f.id from facts f" + sql.joins())
					.paramSource(sql.params)
					.query(Long.class)
					.list();
	}

	/** Headcount of the population (no breakdown). */
	long count(Query q, Scope scope) {
		visible(q, List.of());
		CountSql sql = new CountSql(q, scope, units, catalogs, sources);
		return sql.empty ? 0
				: reporting.client()
					.sql(sql.with() + " select count(*) from facts f" + sql.joins())
					.paramSource(sql.params)
					.query(Long.class)
					.single();
	}

	/**
	 * Refuses a query that filters, groups or counts by a dossier field the caller may
	 * not see (the population's conditions, the breakdown, the drill-down cell).
	 */
	private static void visible(Query q, Collection<Dimension> dimensions) {
		q.where().keySet().forEach(Dimension::requireVisible);
		dimensions.forEach(Dimension::requireVisible);
	}

	/**
	 * Average of an age sum over a count, half-up to one decimal (the one rule of every
	 * average age: screen, Excel, PDF and summaries print it as 43,3 — 40,0); null for an
	 * empty cell.
	 */
	static BigDecimal average(long ageSum, long count) {
		return count == 0 ? null
				: BigDecimal.valueOf(ageSum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
	}

}

package vn.canbo.people;

import static vn.canbo.people.PositionQueries.bindUnits;
import static vn.canbo.people.PositionQueries.inUnits;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.canbo.people.CareerFacts.RaiseBound;
import vn.canbo.people.CareerFacts.SalaryFact;
import vn.canbo.people.CareerFacts.Worker;

/**
 * Reads for career's alerts through {@link CareerFacts}: the persons working in units on
 * a date who may be due for retirement or for a salary raise.
 */
@Component
class AlertCandidates {

	private static final String OPEN_SALARIES = """
			 from person_salary s join person p on p.id = s.person_id and p.deleted_at is null
			 join person_position pp on pp.person_id = p.id and pp.deleted_at is null and not pp.concurrent
			      and pp.valid_from <= :d and (pp.valid_to is null or pp.valid_to > :d)
			where s.deleted_at is null and s.valid_to is null
			  and s.rank_code is not null and s.step is not null""";

	private final JdbcClient jdbc;

	AlertCandidates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Persons with a main position on the date in the units, born on or before the date.
	 */
	List<Worker> workersBornBefore(Collection<Long> unitIds, LocalDate on, LocalDate bornOnOrBefore) {
		String sql = """
				select p.id, p.full_name, p.gender, p.birth_date, p.birth_date_precision, p.category, pp.unit_id,
				       coalesce(pp.title_text, pp.title_code) as title
				  from person_position pp join person p on p.id = pp.person_id and p.deleted_at is null
				 where pp.deleted_at is null and not pp.concurrent and pp.valid_from <= :d and (pp.valid_to is null or pp.valid_to > :d)
				   and p.birth_date <= :b"""
				+ inUnits(unitIds) + " order by p.birth_date, p.id";
		var q = jdbc.sql(sql).param("d", on).param("b", bornOnOrBefore);
		return bindUnits(q, unitIds).query((rs, n) -> new Worker(rs.getLong("id"), rs.getString("full_name"),
				Gender.valueOf(rs.getString("gender")), PersonRows.partial(rs, "birth_date", "birth_date_precision"),
				PersonCategory.valueOf(rs.getString("category")), rs.getLong("unit_id"), rs.getString("title")))
			.list();
	}

	/**
	 * The months the retirement category in force on the date moves each person's age.
	 */
	Map<Long, Integer> retirementAdjustments(Collection<Long> personIds, LocalDate on) {
		Map<Long, Integer> out = new HashMap<>();
		if (personIds.isEmpty()) {
			return out;
		}
		jdbc.sql("""
				select distinct on (person_id) person_id, category, months from person_retirement_category
				 where person_id = any(:ids) and deleted_at is null
				   and valid_from <= :d and (valid_to is null or valid_to > :d)
				 order by person_id, valid_from desc, id desc""")
			.param("ids", personIds.toArray(Long[]::new))
			.param("d", on)
			.query((rs, n) -> out.put(rs.getLong("person_id"),
					RetirementCategory.valueOf(rs.getString("category")).adjustMonths(rs.getInt("months"))))
			.list();
		return out;
	}

	/** The ranks of the open-ended salary rows started on or before the date. */
	List<String> openSalaryRanks(Collection<Long> unitIds, LocalDate on, LocalDate startedOnOrBefore) {
		var q = jdbc
			.sql("select distinct s.rank_code " + OPEN_SALARIES + " and s.valid_from <= :s" + inUnits(unitIds)
					+ " order by 1")
			.param("d", on)
			.param("s", startedOnOrBefore);
		return bindUnits(q, unitIds).query(String.class).list();
	}

	/**
	 * Open-ended salary rows of persons working in the units, within their rank's bounds.
	 */
	List<SalaryFact> salariesWithin(Collection<Long> unitIds, LocalDate on, Collection<RaiseBound> bounds) {
		if (bounds.isEmpty()) {
			return List.of();
		}
		String sql = "select p.id as pid, p.full_name, p.category, pp.unit_id, s.* " + OPEN_SALARIES + " " + """
				and exists (select 1 from unnest(cast(:rc as text[]), cast(:rl as int[]), cast(:rf as date[]),
				       cast(:ru as date[])) r(code, last_step, since, until)
				     where r.code = s.rank_code and s.valid_from <= r.until
				       and (s.step >= r.last_step or s.valid_from >= r.since))""" + inUnits(unitIds)
				+ " order by s.valid_from, s.id";
		var q = jdbc.sql(sql)
			.param("d", on)
			.param("rc", bounds.stream().map(RaiseBound::rankCode).toArray(String[]::new))
			.param("rl", bounds.stream().map(b -> String.valueOf(b.lastStep())).toArray(String[]::new))
			.param("rf", bounds.stream().map(b -> b.startedOnOrAfter().toString()).toArray(String[]::new))
			.param("ru", bounds.stream().map(b -> b.startedOnOrBefore().toString()).toArray(String[]::new));
		return bindUnits(q, unitIds)
			.query((rs, n) -> new SalaryFact(rs.getLong("pid"), rs.getString("full_name"),
					PersonCategory.valueOf(rs.getString("category")), rs.getLong("unit_id"), HistoryRows.salary(rs, n)))
			.list();
	}

}

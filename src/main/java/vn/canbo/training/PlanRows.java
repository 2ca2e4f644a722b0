package vn.canbo.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of table training_plan (the plan's decision and its targets programme). */
@Component
class PlanRows {

	/** A stored plan: its unit, year, programme and decision. */
	record Row(long id, long unitId, int year, long programmeId, String number, LocalDate decidedOn, String issuer,
			int version) {
	}

	private static final String COLS = "id, unit_id, year, programme_id, decision_number, decided_on, issuer, version";

	private final JdbcClient jdbc;

	PlanRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Row> find(long unitId, int year) {
		return jdbc.sql("select " + COLS + " from training_plan where unit_id = ? and year = ?")
			.params(unitId, year)
			.query(PlanRows::row)
			.optional();
	}

	/** The plans of the units in the year, by unit id (at most 500). */
	List<Row> list(int year, Collection<Long> unitIds) {
		return jdbc
			.sql("select " + COLS
					+ " from training_plan where year = ? and unit_id = any(?) order by unit_id limit 500")
			.params(year, unitIds.toArray(Long[]::new))
			.query(PlanRows::row)
			.list();
	}

	/** Every plan of the year (an unrestricted scope without a unit), at most 500. */
	List<Row> list(int year) {
		return jdbc.sql("select " + COLS + " from training_plan where year = ? order by unit_id limit 500")
			.param(year)
			.query(PlanRows::row)
			.list();
	}

	long insert(long unitId, int year, long programmeId, String number, LocalDate decidedOn, String issuer,
			String user) {
		return jdbc.sql("""
				insert into training_plan (unit_id, year, programme_id, decision_number, decided_on, issuer, created_by)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(unitId, year, programmeId, number, decidedOn, issuer, user)
			.query(Long.class)
			.single();
	}

	/** Changes the decision; 0 when the version is stale. */
	int update(long id, int version, String number, LocalDate decidedOn, String issuer, String user) {
		return jdbc.sql("""
				update training_plan set decision_number = ?, decided_on = ?, issuer = ?, version = version + 1,
				       updated_at = now(), updated_by = ? where id = ? and version = ?""")
			.params(number, decidedOn, issuer, user, id, version)
			.update();
	}

	/** Deletes the plan's row; 0 when the version is stale. */
	int delete(long id, int version) {
		return jdbc.sql("delete from training_plan where id = ? and version = ?").params(id, version).update();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getLong(4), rs.getString(5),
				rs.getObject(6, LocalDate.class), rs.getString(7), rs.getInt(8));
	}

}

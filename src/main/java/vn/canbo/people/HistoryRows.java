package vn.canbo.people;

import static vn.canbo.people.PersonRows.date;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of the history tables. Rows are inserted, ended (valid_to) or soft-deleted, never
 * updated otherwise.
 */
@Repository
class HistoryRows {

	private static final String LIVE = " and deleted_at is null";

	private final JdbcClient jdbc;

	HistoryRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// ---- generic ----

	/** Whether a live entry of the person exists. */
	boolean exists(HistoryKind<?> kind, long personId, long entryId) {
		return jdbc.sql("select count(*) from " + kind.table() + " where id = ? and person_id = ?" + LIVE)
			.params(entryId, personId)
			.query(Long.class)
			.single() > 0;
	}

	void softDelete(HistoryKind<?> kind, long personId, long entryId, String reason, String user) {
		jdbc.sql("update " + kind.table()
				+ " set deleted_at = now(), deleted_by = ?, delete_reason = ? where id = ? and person_id = ?" + LIVE)
			.params(user, reason, entryId, personId)
			.update();
	}

	void end(HistoryKind<?> kind, long entryId, LocalDate endDate) {
		jdbc.sql("update " + kind.table() + " set valid_to = ? where id = ?").params(endDate, entryId).update();
	}

	/** Writes the revocation of a discipline on its row (the row is kept). */
	void revoke(long disciplineId, Discipline.Revocation r) {
		jdbc.sql("update person_discipline set revoked_on = ?, revocation_number = ?, revocation_issuer = ?,"
				+ " revocation_reason = ? where id = ?" + LIVE)
			.params(r.revokedOn(), r.decisionNumber(), r.issuer(), r.reason(), disciplineId)
			.update();
	}

	/** Validity of an effective-dated entry: [from, to), to null while open. */
	record Period(LocalDate from, LocalDate to) {
	}

	Period period(HistoryKind<?> kind, long entryId) {
		return jdbc.sql("select valid_from, valid_to from " + kind.table() + " where id = ?")
			.param(entryId)
			.query((rs, n) -> new Period(date(rs, "valid_from"), date(rs, "valid_to")))
			.single();
	}

	/** An entry as stored, every column, as JSON text (for the audit trail). */
	Optional<String> json(HistoryKind<?> kind, long id) {
		return jdbc.sql("select cast(to_jsonb(t) as text) from " + kind.table() + " t where id = ?")
			.param(id)
			.query(String.class)
			.optional();
	}

	/**
	 * Inserts an entry of a kind (its declared columns), replacing {@code replacesId}
	 * when it is a correction.
	 */
	<T extends Record> long insert(HistoryKind<T> kind, long personId, T entry, Long replacesId, String user) {
		Object[] values = kind.values(entry);
		Object[] params = new Object[values.length + 3];
		params[0] = personId;
		System.arraycopy(values, 0, params, 1, values.length);
		params[values.length + 1] = replacesId;
		params[values.length + 2] = user;
		return jdbc
			.sql("insert into " + kind.table() + " (person_id, " + kind.columns()
					+ ", replaces_id, created_by) values (" + "?, ".repeat(params.length - 1) + "?) returning id")
			.params(params)
			.query(Long.class)
			.single();
	}

	/** The live entries of a kind of the person, in the kind's order. */
	<T extends Record> List<T> list(HistoryKind<T> kind, long personId) {
		return jdbc.sql("select * from " + kind.table() + " where person_id = ?" + LIVE + " order by " + kind.order())
			.param(personId)
			.query(kind.rows())
			.list();
	}

	/**
	 * The live entries of a kind of each of the persons, in the kind's order, in one
	 * query: person id → entries (a person without any is absent).
	 */
	<T extends Record> Map<Long, List<T>> listAll(HistoryKind<T> kind, java.util.Collection<Long> personIds) {
		Map<Long, List<T>> out = new java.util.HashMap<>();
		if (personIds.isEmpty()) {
			return out;
		}
		jdbc.sql("select * from " + kind.table() + " where person_id = any(?)" + LIVE + " order by person_id, "
				+ kind.order())
			.param(personIds.toArray(Long[]::new))
			.query((rs, n) -> out.computeIfAbsent(rs.getLong("person_id"), k -> new java.util.ArrayList<>())
				.add(kind.rows().mapRow(rs, n)))
			.list();
		return out;
	}

	/**
	 * The entries of a kind of the person as they were recorded at the instant: created
	 * by then and not deleted (or corrected) by then, in the kind's order.
	 */
	<T extends Record> List<T> listAsRecorded(HistoryKind<T> kind, long personId, java.time.Instant at) {
		java.sql.Timestamp t = java.sql.Timestamp.from(at);
		return jdbc
			.sql("select * from " + kind.table() + " where person_id = ? and created_at <= ?"
					+ " and (deleted_at is null or deleted_at > ?) order by " + kind.order())
			.params(personId, t, t)
			.query(kind.rows())
			.list();
	}

	/**
	 * The main positions of the person starting after the date, deleted ones included,
	 * oldest recording first: unit, start and when each was recorded.
	 */
	List<RecordedStart> mainPositionsStartingAfter(long personId, LocalDate d) {
		return jdbc.sql("""
				select unit_id, valid_from, created_at from person_position
				where person_id = ? and not concurrent and valid_from > ? order by created_at, id""")
			.params(personId, d)
			.query((rs, n) -> new RecordedStart(rs.getLong("unit_id"), date(rs, "valid_from"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	/** A main position's unit, start and recording instant. */
	record RecordedStart(long unitId, LocalDate validFrom, java.time.Instant createdAt) {
	}

	/** A live entry by id. */
	<T extends Record> Optional<T> find(HistoryKind<T> kind, long id) {
		return jdbc.sql("select * from " + kind.table() + " where id = ?" + LIVE)
			.param(id)
			.query(kind.rows())
			.optional();
	}

	// ---- positions ----

	static final String POSITION_COLUMNS = "id, unit_id, title_code, title_text, concurrent, party_post, valid_from, valid_to, "
			+ "term_start, term_end, decision_number, decision_date, restructuring_id, note";

	long insertPosition(long personId, Position p, Long restructuringId, Long replacesId, String user) {
		return insert(HistoryKind.POSITION, personId, Positions.restructured(p, restructuringId), replacesId, user);
	}

	List<Position> positions(long personId) {
		return list(HistoryKind.POSITION, personId);
	}

	Optional<Position> position(long id) {
		return find(HistoryKind.POSITION, id);
	}

	/**
	 * Ids of live main positions of the person overlapping [from, to), other than
	 * {@code exceptId}.
	 */
	List<Long> overlappingMain(long personId, LocalDate from, LocalDate to, Long exceptId) {
		return jdbc.sql("""
				select id from person_position where person_id = :p and not concurrent and deleted_at is null
				  and daterange(valid_from, valid_to) && daterange(:f, :t) and id <> :x""")
			.param("p", personId)
			.param("f", from)
			.param("t", to)
			.param("x", exceptId == null ? -1L : exceptId)
			.query(Long.class)
			.list();
	}

	static Position position(ResultSet rs, int n) throws SQLException {
		return new Position(rs.getLong("id"), rs.getLong("unit_id"), null, rs.getString("title_code"),
				rs.getString("title_text"), rs.getBoolean("concurrent"), rs.getBoolean("party_post"),
				date(rs, "valid_from"), date(rs, "valid_to"), date(rs, "term_start"), date(rs, "term_end"),
				rs.getString("decision_number"), date(rs, "decision_date"), (Long) rs.getObject("restructuring_id"),
				rs.getString("note"));
	}

	// ---- salary ----

	long insertSalary(long personId, Salary s, Long replacesId, String user) {
		return insert(HistoryKind.SALARY, personId, s, replacesId, user);
	}

	List<Salary> salaries(long personId) {
		return list(HistoryKind.SALARY, personId);
	}

	Optional<Salary> salary(long id) {
		return find(HistoryKind.SALARY, id);
	}

	/** The live salary row open at (or starting before and not ended by) the date. */
	Optional<Salary> openSalaryBefore(long personId, LocalDate d) {
		return jdbc.sql("""
				select * from person_salary where person_id = ? and deleted_at is null and valid_from < ?
				  and (valid_to is null or valid_to > ?) order by valid_from desc limit 1""")
			.params(personId, d, d)
			.query(HistoryRows::salary)
			.optional();
	}

	/**
	 * Live salary rows starting on or after the date (a new row may not start before
	 * them).
	 */
	List<Salary> salariesFrom(long personId, LocalDate d, Long exceptId) {
		return jdbc.sql(
				"select * from person_salary where person_id = ? and deleted_at is null and valid_from >= ? and id <> ?")
			.params(personId, d, exceptId == null ? -1L : exceptId)
			.query(HistoryRows::salary)
			.list();
	}

	static Salary salary(ResultSet rs, int n) throws SQLException {
		return new Salary(rs.getLong("id"), rs.getString("rank_code"), intOrNull(rs, "step"),
				rs.getBigDecimal("coefficient"), rs.getBigDecimal("percent"),
				rs.getBigDecimal("seniority_allowance_pct"), rs.getBigDecimal("position_allowance"),
				rs.getString("other_allowances"), (BigDecimal) rs.getObject("job_position_salary"),
				date(rs, "valid_from"), date(rs, "valid_to"), rs.getString("decision_number"),
				date(rs, "decision_date"));
	}

	static Qualification qualification(ResultSet rs, int n) throws SQLException {
		return new Qualification(rs.getLong("id"), QualificationKind.valueOf(rs.getString("kind")),
				rs.getString("level_code"), rs.getString("language_code"), rs.getString("major"),
				rs.getString("institution"), date(rs, "valid_from"), date(rs, "valid_to"));
	}

	static Integer intOrNull(ResultSet rs, String column) throws SQLException {
		Object o = rs.getObject(column);
		return o == null ? null : ((Number) o).intValue();
	}

}

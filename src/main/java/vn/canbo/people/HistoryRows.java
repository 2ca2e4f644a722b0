package vn.canbo.people;

import static vn.canbo.people.PersonRows.date;
import static vn.canbo.people.PersonRows.partial;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.canbo.shared.PartialDate;

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
	boolean exists(HistoryKind kind, long personId, long entryId) {
		return jdbc.sql("select count(*) from " + kind.table() + " where id = ? and person_id = ?" + LIVE)
			.params(entryId, personId)
			.query(Long.class)
			.single() > 0;
	}

	void softDelete(HistoryKind kind, long personId, long entryId, String reason, String user) {
		jdbc.sql("update " + kind.table()
				+ " set deleted_at = now(), deleted_by = ?, delete_reason = ? where id = ? and person_id = ?" + LIVE)
			.params(user, reason, entryId, personId)
			.update();
	}

	void end(HistoryKind kind, long entryId, LocalDate endDate) {
		jdbc.sql("update " + kind.table() + " set valid_to = ? where id = ?").params(endDate, entryId).update();
	}

	/** Valid-from of an effective-dated entry. */
	Optional<LocalDate> validFrom(HistoryKind kind, long entryId) {
		return jdbc.sql("select valid_from from " + kind.table() + " where id = ?")
			.param(entryId)
			.query(LocalDate.class)
			.optional();
	}

	// ---- positions ----

	static final String POSITION_COLUMNS = "id, unit_id, title_code, title_text, concurrent, party_post, valid_from, valid_to, "
			+ "term_start, term_end, decision_number, decision_date, restructuring_id, note";

	long insertPosition(long personId, Position p, Long restructuringId, Long replacesId, String user) {
		return jdbc
			.sql("""
					insert into person_position (person_id, unit_id, title_code, title_text, concurrent, party_post, valid_from,
					    valid_to, term_start, term_end, decision_number, decision_date, restructuring_id, note, replaces_id, created_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(personId, p.unitId(), p.titleCode(), p.titleText(), p.concurrent(), p.partyPost(), p.validFrom(),
					p.validTo(), p.termStart(), p.termEnd(), p.decisionNumber(), p.decisionDate(), restructuringId,
					p.note(), replacesId, user)
			.query(Long.class)
			.single();
	}

	List<Position> positions(long personId) {
		return jdbc
			.sql("select " + POSITION_COLUMNS + " from person_position where person_id = ?" + LIVE
					+ " order by valid_from desc, concurrent, id desc")
			.param(personId)
			.query(HistoryRows::position)
			.list();
	}

	Optional<Position> position(long id) {
		return jdbc.sql("select " + POSITION_COLUMNS + " from person_position where id = ?" + LIVE)
			.param(id)
			.query(HistoryRows::position)
			.optional();
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
		return jdbc.sql("""
				insert into person_salary (person_id, rank_code, step, coefficient, percent, seniority_allowance_pct,
				    position_allowance, other_allowances, job_position_salary, valid_from, valid_to, decision_number,
				    decision_date, replaces_id, created_by)
				values (?, ?, ?, ?, coalesce(?, 100), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(personId, s.rankCode(), s.step(), s.coefficient(), s.percent(), s.seniorityAllowancePct(),
					s.positionAllowance(), s.otherAllowances(), s.jobPositionSalary(), s.validFrom(), s.validTo(),
					s.decisionNumber(), s.decisionDate(), replacesId, user)
			.query(Long.class)
			.single();
	}

	List<Salary> salaries(long personId) {
		return jdbc.sql("select * from person_salary where person_id = ?" + LIVE + " order by valid_from desc")
			.param(personId)
			.query(HistoryRows::salary)
			.list();
	}

	Optional<Salary> salary(long id) {
		return jdbc.sql("select * from person_salary where id = ?" + LIVE)
			.param(id)
			.query(HistoryRows::salary)
			.optional();
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
		return new Salary(rs.getLong("id"), rs.getString("rank_code"), (Integer) intOrNull(rs, "step"),
				rs.getBigDecimal("coefficient"), rs.getBigDecimal("percent"),
				rs.getBigDecimal("seniority_allowance_pct"), rs.getBigDecimal("position_allowance"),
				rs.getString("other_allowances"), (BigDecimal) rs.getObject("job_position_salary"),
				date(rs, "valid_from"), date(rs, "valid_to"), rs.getString("decision_number"),
				date(rs, "decision_date"));
	}

	// ---- qualifications ----

	long insertQualification(long personId, Qualification q, Long replacesId, String user) {
		return jdbc.sql("""
				insert into person_qualification (person_id, kind, level_code, language_code, major, institution,
				    valid_from, valid_to, replaces_id, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(personId, q.kind().name(), q.levelCode(), q.languageCode(), q.major(), q.institution(),
					q.validFrom(), q.validTo(), replacesId, user)
			.query(Long.class)
			.single();
	}

	List<Qualification> qualifications(long personId) {
		return jdbc
			.sql("select * from person_qualification where person_id = ?" + LIVE + " order by kind, valid_from desc")
			.param(personId)
			.query(HistoryRows::qualification)
			.list();
	}

	static Qualification qualification(ResultSet rs, int n) throws SQLException {
		return new Qualification(rs.getLong("id"), QualificationKind.valueOf(rs.getString("kind")),
				rs.getString("level_code"), rs.getString("language_code"), rs.getString("major"),
				rs.getString("institution"), date(rs, "valid_from"), date(rs, "valid_to"));
	}

	// ---- training ----

	long insertTraining(long personId, Training t, Long replacesId, String user) {
		return jdbc.sql("""
				insert into person_training (person_id, kind, school, major, from_date, from_precision, to_date,
				    to_precision, form_code, certificate, level_code, replaces_id, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(personId, t.kind().name(), t.school(), t.major(), d(t.from()), p(t.from()), d(t.to()), p(t.to()),
					t.formCode(), t.certificate(), t.levelCode(), replacesId, user)
			.query(Long.class)
			.single();
	}

	List<Training> trainings(long personId) {
		return jdbc
			.sql("select * from person_training where person_id = ?" + LIVE + " order by from_date nulls first, id")
			.param(personId)
			.query((rs, n) -> new Training(rs.getLong("id"), QualificationKind.valueOf(rs.getString("kind")),
					rs.getString("school"), rs.getString("major"), partial(rs, "from_date", "from_precision"),
					partial(rs, "to_date", "to_precision"), rs.getString("form_code"), rs.getString("certificate"),
					rs.getString("level_code")))
			.list();
	}

	// ---- work history ----

	long insertWorkHistory(long personId, WorkHistory w, Long replacesId, String user) {
		return jdbc.sql("""
				insert into person_work_history (person_id, from_date, from_precision, to_date, to_precision,
				    description, unit_text, replaces_id, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(personId, d(w.from()), p(w.from()), d(w.to()), p(w.to()), w.description(), w.unitText(), replacesId,
					user)
			.query(Long.class)
			.single();
	}

	List<WorkHistory> workHistory(long personId) {
		return jdbc
			.sql("select * from person_work_history where person_id = ?" + LIVE + " order by from_date nulls first, id")
			.param(personId)
			.query((rs, n) -> new WorkHistory(rs.getLong("id"), partial(rs, "from_date", "from_precision"),
					partial(rs, "to_date", "to_precision"), rs.getString("description"), rs.getString("unit_text")))
			.list();
	}

	// ---- awards ----

	long insertAward(long personId, Award a, Long replacesId, String user) {
		return jdbc.sql("""
				insert into person_award (person_id, year, form_code, decision_number, decision_date, issuer, reason,
				    replaces_id, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(personId, a.year(), a.formCode(), a.decisionNumber(), a.decisionDate(), a.issuer(), a.reason(),
					replacesId, user)
			.query(Long.class)
			.single();
	}

	List<Award> awards(long personId) {
		return jdbc.sql("select * from person_award where person_id = ?" + LIVE + " order by year desc, id desc")
			.param(personId)
			.query((rs, n) -> new Award(rs.getLong("id"), rs.getInt("year"), rs.getString("form_code"),
					rs.getString("decision_number"), date(rs, "decision_date"), rs.getString("issuer"),
					rs.getString("reason")))
			.list();
	}

	// ---- discipline ----

	long insertDiscipline(long personId, Discipline d, Long replacesId, String user) {
		return jdbc.sql("""
				insert into person_discipline (person_id, kind, form_code, decided_on, valid_from, valid_to, authority,
				    violation, decision_number, replaces_id, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(personId, d.kind().name(), d.formCode(), d.decidedOn(), d.validFrom(), d.validTo(), d.authority(),
					d.violation(), d.decisionNumber(), replacesId, user)
			.query(Long.class)
			.single();
	}

	List<Discipline> disciplines(long personId) {
		return jdbc
			.sql("select * from person_discipline where person_id = ?" + LIVE + " order by decided_on desc, id desc")
			.param(personId)
			.query((rs, n) -> new Discipline(rs.getLong("id"), DisciplineKind.valueOf(rs.getString("kind")),
					rs.getString("form_code"), date(rs, "decided_on"), date(rs, "valid_from"), date(rs, "valid_to"),
					rs.getString("authority"), rs.getString("violation"), rs.getString("decision_number")))
			.list();
	}

	// ---- family ----

	long insertFamily(long personId, FamilyMember f, Long replacesId, String user) {
		return jdbc.sql("""
				insert into person_family (person_id, side, relation_code, full_name, birth_year, details, abroad,
				    political_history, deceased, sort, replaces_id, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(personId, f.side().name(), f.relationCode(), f.fullName(), f.birthYear(), f.details(), f.abroad(),
					f.politicalHistory(), f.deceased(), f.sort(), replacesId, user)
			.query(Long.class)
			.single();
	}

	List<FamilyMember> family(long personId) {
		return jdbc.sql("select * from person_family where person_id = ?" + LIVE + " order by side desc, sort, id")
			.param(personId)
			.query((rs, n) -> new FamilyMember(rs.getLong("id"), FamilySide.valueOf(rs.getString("side")),
					rs.getString("relation_code"), rs.getString("full_name"), (Integer) intOrNull(rs, "birth_year"),
					rs.getString("details"), rs.getBoolean("abroad"), rs.getString("political_history"),
					rs.getBoolean("deceased"), rs.getInt("sort")))
			.list();
	}

	// ---- history notes ----

	long insertHistoryNote(long personId, HistoryNote h, Long replacesId, String user) {
		return jdbc.sql("""
				insert into person_history_note (person_id, kind, from_date, from_precision, to_date, to_precision,
				    description, replaces_id, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(personId, h.kind().name(), d(h.from()), p(h.from()), d(h.to()), p(h.to()), h.description(),
					replacesId, user)
			.query(Long.class)
			.single();
	}

	List<HistoryNote> historyNotes(long personId) {
		return jdbc
			.sql("select * from person_history_note where person_id = ?" + LIVE
					+ " order by kind, from_date nulls first, id")
			.param(personId)
			.query((rs, n) -> new HistoryNote(rs.getLong("id"), HistoryNoteKind.valueOf(rs.getString("kind")),
					partial(rs, "from_date", "from_precision"), partial(rs, "to_date", "to_precision"),
					rs.getString("description")))
			.list();
	}

	// ---- mass organisations ----

	long insertMassOrg(long personId, MassOrgMembership m, Long replacesId, String user) {
		return jdbc.sql("""
				insert into person_mass_org (person_id, organisation, joined_on, role, left_on, replaces_id, created_by)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(personId, m.organisation(), m.joinedOn(), m.role(), m.leftOn(), replacesId, user)
			.query(Long.class)
			.single();
	}

	List<MassOrgMembership> massOrgs(long personId) {
		return jdbc
			.sql("select * from person_mass_org where person_id = ?" + LIVE + " order by joined_on nulls first, id")
			.param(personId)
			.query((rs, n) -> new MassOrgMembership(rs.getLong("id"), rs.getString("organisation"),
					date(rs, "joined_on"), rs.getString("role"), date(rs, "left_on")))
			.list();
	}

	private static LocalDate d(PartialDate p) {
		return p == null ? null : p.date();
	}

	private static String p(PartialDate p) {
		return p == null ? null : p.precision().name();
	}

	private static Object intOrNull(ResultSet rs, String column) throws SQLException {
		Object o = rs.getObject(column);
		return o == null ? null : ((Number) o).intValue();
	}

}

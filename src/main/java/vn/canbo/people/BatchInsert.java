package vn.canbo.people;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Inserts validated new dossiers with JDBC batches: persons, main positions, salaries,
 * qualifications.
 */
@Component
class BatchInsert {

	private final PersonRows persons;

	private final NamedParameterJdbcTemplate named;

	BatchInsert(PersonRows persons, NamedParameterJdbcTemplate named) {
		this.persons = persons;
		this.named = named;
	}

	List<Long> insert(List<NewPerson> people, String user) {
		if (people.isEmpty()) {
			return List.of();
		}
		List<Long> ids = persons.nextIds(people.size());
		// a JDBC batch is one statement per row: the person_fact triggers would rebuild
		// each person once per history
		// row; they wait, and the new persons' facts are built once at the end (migration
		// V4_21)
		named.getJdbcOperations()
			.queryForObject("select set_config('canbo.person_fact_deferred', 'on', true)", String.class);
		persons.insertAll(ids, people.stream().map(NewPerson::data).toList(), user);
		List<MapSqlParameterSource> positions = new ArrayList<>();
		List<MapSqlParameterSource> salaries = new ArrayList<>();
		List<MapSqlParameterSource> qualifications = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			long id = ids.get(i);
			NewPerson p = people.get(i);
			Position m = p.mainPosition();
			positions.add(new MapSqlParameterSource().addValue("person", id)
				.addValue("unit", m.unitId())
				.addValue("titleCode", m.titleCode())
				.addValue("titleText", m.titleText())
				.addValue("partyPost", m.partyPost())
				.addValue("from", m.validFrom())
				.addValue("to", m.validTo())
				.addValue("termStart", m.termStart())
				.addValue("termEnd", m.termEnd())
				.addValue("decisionNumber", m.decisionNumber())
				.addValue("decisionDate", m.decisionDate())
				.addValue("note", m.note())
				.addValue("user", user));
			Salary s = p.salary();
			if (s != null) {
				salaries.add(new MapSqlParameterSource().addValue("person", id)
					.addValue("rank", s.rankCode())
					.addValue("step", s.step())
					.addValue("coefficient", s.coefficient())
					.addValue("percent", s.percent())
					.addValue("seniority", s.seniorityAllowancePct())
					.addValue("positionAllowance", s.positionAllowance())
					.addValue("other", s.otherAllowances())
					.addValue("jobSalary", s.jobPositionSalary())
					.addValue("from", s.validFrom())
					.addValue("to", s.validTo())
					.addValue("decisionNumber", s.decisionNumber())
					.addValue("decisionDate", s.decisionDate())
					.addValue("user", user));
			}
			for (Qualification q : p.qualifications()) {
				qualifications.add(new MapSqlParameterSource().addValue("person", id)
					.addValue("kind", q.kind().name())
					.addValue("level", q.levelCode())
					.addValue("language", q.languageCode())
					.addValue("major", q.major())
					.addValue("institution", q.institution())
					.addValue("from", q.validFrom())
					.addValue("to", q.validTo())
					.addValue("user", user));
			}
		}
		named.batchUpdate(
				"""
						insert into person_position (person_id, unit_id, title_code, title_text, concurrent, party_post, valid_from,
						    valid_to, term_start, term_end, decision_number, decision_date, note, created_by)
						values (:person, :unit, :titleCode, :titleText, false, :partyPost, :from, :to, :termStart, :termEnd,
						    :decisionNumber, :decisionDate, :note, :user)""",
				PersonRows.typedBatch(positions));
		if (!salaries.isEmpty()) {
			named.batchUpdate(
					"""
							insert into person_salary (person_id, rank_code, step, coefficient, percent, seniority_allowance_pct,
							    position_allowance, other_allowances, job_position_salary, valid_from, valid_to, decision_number,
							    decision_date, created_by)
							values (:person, :rank, :step, :coefficient, coalesce(:percent, 100), :seniority, :positionAllowance,
							    :other, :jobSalary, :from, :to, :decisionNumber, :decisionDate, :user)""",
					PersonRows.typedBatch(salaries));
		}
		if (!qualifications.isEmpty()) {
			named.batchUpdate("""
					insert into person_qualification (person_id, kind, level_code, language_code, major, institution,
					    valid_from, valid_to, created_by)
					values (:person, :kind, :level, :language, :major, :institution, :from, :to, :user)""",
					PersonRows.typedBatch(qualifications));
		}
		named.getJdbcOperations()
			.queryForObject("select set_config('canbo.person_fact_deferred', 'off', true)", String.class);
		named.getJdbcOperations()
			.queryForObject("select count(*) from (select person_fact_refresh(cast(? as bigint[]))) x", Long.class,
					(Object) ids.toArray(Long[]::new));
		return ids;
	}

}

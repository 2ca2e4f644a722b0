package vn.canbo.people;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Inserts validated new dossiers with JDBC batches: persons, main positions, salaries
 * (with the earlier rows), qualifications.
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
		Rows<Position> positions = new Rows<>(HistoryKind.POSITION, user);
		Rows<Salary> salaries = new Rows<>(HistoryKind.SALARY, user);
		Rows<Qualification> qualifications = new Rows<>(HistoryKind.QUALIFICATION, user);
		for (int i = 0; i < ids.size(); i++) {
			long id = ids.get(i);
			NewPerson p = people.get(i);
			positions.add(id, Positions.restructured(p.mainPosition(), null));
			if (p.salary() != null) {
				salaries.add(id, p.salary());
			}
			p.earlierSalaries().forEach(s -> salaries.add(id, s));
			p.qualifications().forEach(q -> qualifications.add(id, q));
		}
		positions.insert();
		salaries.insert();
		qualifications.insert();
		named.getJdbcOperations()
			.queryForObject("select set_config('canbo.person_fact_deferred', 'off', true)", String.class);
		named.getJdbcOperations()
			.queryForObject("select count(*) from (select person_fact_refresh(cast(? as bigint[]))) x", Long.class,
					(Object) ids.toArray(Long[]::new));
		return ids;
	}

	/**
	 * Inserts entries of one kind for the persons ({@code personIds.get(i)} owns
	 * {@code entries.get(i)}) with one JDBC batch; the caller defers and rebuilds
	 * {@code person_fact} ({@link BulkHistories}).
	 */
	<T extends Record> void insertEntries(HistoryKind<T> kind, List<Long> personIds, List<T> entries, String user) {
		Rows<T> rows = new Rows<>(kind, user);
		for (int i = 0; i < entries.size(); i++) {
			rows.add(personIds.get(i), entries.get(i));
		}
		rows.insert();
	}

	/**
	 * The new entries of one history kind, inserted with one batch of its declared
	 * columns.
	 */
	private final class Rows<T extends Record> {

		private final HistoryKind<T> kind;

		private final String user;

		private final List<MapSqlParameterSource> rows = new ArrayList<>();

		Rows(HistoryKind<T> kind, String user) {
			this.kind = kind;
			this.user = user;
		}

		void add(long personId, T entry) {
			MapSqlParameterSource row = new MapSqlParameterSource("person", personId);
			Object[] values = kind.values(entry);
			for (int i = 0; i < values.length; i++) {
				row.addValue("v" + i, values[i]);
			}
			rows.add(row.addValue("user", user));
		}

		void insert() {
			if (rows.isEmpty()) {
				return;
			}
			StringBuilder values = new StringBuilder();
			for (int i = 0; i < rows.get(0).getParameterNames().length - 2; i++) {
				values.append(", :v").append(i);
			}
			named.batchUpdate("insert into " + kind.table() + " (person_id, " + kind.columns() + ", created_by) "
					+ "values (:person" + values + ", :user)", PersonRows.typedBatch(rows));
		}

	}

}

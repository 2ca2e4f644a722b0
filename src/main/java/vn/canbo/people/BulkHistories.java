package vn.canbo.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.security.CurrentUser;
import vn.canbo.shared.Messages;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;

/**
 * History entries written set-wise, for many dossiers at once (the demo locality,
 * imports): the scope first, then each entry's own rules (the same as
 * {@link PersonService#add}), then one JDBC batch per call; {@code person_fact} is
 * rebuilt once for the touched persons instead of once per row, and the call is one audit
 * event naming every person. The rules between an entry and the stored ones (one main
 * position at a time, one salary row at a time) are left to the database's exclusion
 * constraints: the caller gives closed periods, nothing is ended for it.
 */
@Component
class BulkHistories {

	private final JdbcClient jdbc;

	private final BatchInsert batch;

	private final HistoryValidator historyRules;

	private final Visibility visibility;

	private final PersonRows persons;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	BulkHistories(JdbcClient jdbc, BatchInsert batch, HistoryValidator historyRules, Visibility visibility,
			PersonRows persons, CurrentUser currentUser, AuditLog audit) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.historyRules = historyRules;
		this.visibility = visibility;
		this.persons = persons;
		this.currentUser = currentUser;
		this.audit = audit;
	}

	<T extends Record> int addAll(HistoryKind<T> kind, List<HistoryEntry<T>> entries, Scope scope) {
		if (entries.isEmpty()) {
			return 0;
		}
		List<Long> personIds = entries.stream().map(HistoryEntry::personId).toList();
		Map<Long, PartialDate> births = births(personIds, scope);
		Map<Long, DisciplineForms.Subject> subjects = kind == HistoryKind.DISCIPLINE ? subjects(personIds) : Map.of();
		Errors errors = new Errors();
		HistoryValidator.UnitCheck units = historyRules.memoised();
		List<Long> ids = new ArrayList<>(entries.size());
		List<T> clean = new ArrayList<>(entries.size());
		for (int i = 0; i < entries.size(); i++) {
			HistoryEntry<T> h = entries.get(i);
			Errors e = errors.nested("[" + i + "].");
			if (h.entry() == null) {
				e.add("body", Messages.text("people.history.bodyRequired"));
				continue;
			}
			T entry = Clean.record(h.entry());
			PartialDate birth = births.get(h.personId());
			if (entry instanceof Position p) {
				historyRules.position(p, birth, scope, e, units);
				entry = kind.type().cast(Positions.restructured(p, null));
			}
			else {
				entry = kind.check(historyRules, entry, birth, scope, e);
				entry = historyRules.forSubject(kind, entry, subjects.get(h.personId()), e);
			}
			ids.add(h.personId());
			clean.add(entry);
		}
		errors.throwIfAny();
		deferred(kind, ids, () -> batch.insertEntries(kind, ids, clean, currentUser.username()));
		audited(AuditAction.CREATE, kind, ids, clean.size());
		return clean.size();
	}

	void endAll(HistoryKind<?> kind, List<EntryEnd> ends, Scope scope) {
		if (ends.isEmpty()) {
			return;
		}
		if (!kind.effectiveDated()) {
			throw new vn.canbo.shared.ValidationException("kind", Messages.text("people.history.notEndable"));
		}
		List<Long> ids = ends.stream().map(EntryEnd::personId).toList();
		births(ids, scope);
		Map<Long, Object[]> stored = new HashMap<>();
		jdbc.sql("select id, person_id, valid_from, valid_to from " + kind.table()
				+ " where id = any(:ids) and deleted_at is null")
			.param("ids", ends.stream().map(EntryEnd::entryId).toArray(Long[]::new))
			.query((rs, n) -> stored.put(rs.getLong("id"),
					new Object[] { rs.getLong("person_id"), PersonRows.date(rs, "valid_from"),
							PersonRows.date(rs, "valid_to") }))
			.list();
		Errors errors = new Errors();
		for (int i = 0; i < ends.size(); i++) {
			EntryEnd end = ends.get(i);
			Errors e = errors.nested("[" + i + "].");
			Object[] row = stored.get(end.entryId());
			if (row == null || (long) row[0] != end.personId()) {
				e.add("entryId", Messages.text("people.history.entryNotFound", String.valueOf(end.entryId()),
						String.valueOf(end.personId())));
			}
			else if (end.endDate() == null) {
				e.add("date", Messages.text("people.history.endRequired"));
			}
			else if (row[2] != null) {
				e.add("date", Messages.text("people.history.alreadyEnded", Dates.format((LocalDate) row[2])));
			}
			else if (!end.endDate().isAfter((LocalDate) row[1])) {
				e.add("date", Messages.text("people.history.endAfterStart", Dates.format((LocalDate) row[1])));
			}
		}
		errors.throwIfAny();
		deferred(kind, ids, () -> jdbc.sql("update " + kind.table()
				+ " t set valid_to = e.d from unnest(cast(:ids as bigint[]), cast(:ds as date[])) e(id, d) where t.id = e.id")
			.param("ids", ends.stream().map(EntryEnd::entryId).toArray(Long[]::new))
			.param("ds", ends.stream().map(x -> java.sql.Date.valueOf(x.endDate())).toArray(java.sql.Date[]::new))
			.update());
		audited(AuditAction.UPDATE, kind, ids, ends.size());
	}

	/** The main and concurrent positions of each person valid on the date. */
	Map<Long, List<Position>> positionsOn(List<Long> personIds, LocalDate on, Scope scope) {
		births(personIds, scope);
		Map<Long, List<Position>> out = new LinkedHashMap<>();
		personIds.forEach(id -> out.put(id, new ArrayList<>()));
		jdbc.sql("select person_id, " + HistoryRows.POSITION_COLUMNS
				+ " from person_position where person_id = any(:p) and deleted_at is null"
				+ " and valid_from <= :d and (valid_to is null or valid_to > :d) order by person_id, concurrent, id")
			.param("p", personIds.stream().distinct().toArray(Long[]::new))
			.param("d", on)
			.query((rs, n) -> out.get(rs.getLong("person_id")).add(HistoryRows.position(rs, n)))
			.list();
		return out;
	}

	/**
	 * Scope first: every person exists and is in the scope (else not found); their birth
	 * dates, for the entries' rules.
	 */
	private Map<Long, PartialDate> births(List<Long> personIds, Scope scope) {
		Set<Long> distinct = new LinkedHashSet<>(personIds);
		Map<Long, PartialDate> out = new HashMap<>();
		jdbc.sql("select id, birth_date, birth_date_precision from person where id = any(:ids) and deleted_at is null")
			.param("ids", distinct.toArray(Long[]::new))
			.query((rs, n) -> out.put(rs.getLong("id"), PersonRows.partial(rs, "birth_date", "birth_date_precision")))
			.list();
		for (Long id : distinct) {
			if (!out.containsKey(id)) {
				throw Visibility.notFound(id);
			}
			visibility.require(id, null, scope);
		}
		return out;
	}

	/** Who each person is, for the rules that depend on it (discipline forms). */
	private Map<Long, DisciplineForms.Subject> subjects(List<Long> personIds) {
		Map<Long, DisciplineForms.Subject> out = new HashMap<>();
		jdbc.sql("select id, full_name, category, party_joined_on, party_official_on, party_left_on from person"
				+ " where id = any(:ids) and deleted_at is null")
			.param("ids", new LinkedHashSet<>(personIds).toArray(Long[]::new))
			.query((rs, n) -> out.put(rs.getLong("id"),
					new DisciplineForms.Subject(rs.getString("full_name"),
							PersonCategory.valueOf(rs.getString("category")), PersonRows.date(rs, "party_joined_on"),
							PersonRows.date(rs, "party_official_on"), PersonRows.date(rs, "party_left_on"))))
			.list();
		return out;
	}

	/** The kinds {@code person_fact} is built from (its triggers, migration V4_21). */
	private static final Set<HistoryKind<?>> FACTS = Set.of(HistoryKind.POSITION, HistoryKind.SALARY,
			HistoryKind.QUALIFICATION);

	/**
	 * Runs a set-wise change with the {@code person_fact} triggers waiting, bumps the
	 * versions and rebuilds the facts of the persons once (when the kind feeds them).
	 */
	private void deferred(HistoryKind<?> kind, List<Long> personIds, Runnable change) {
		Long[] ids = personIds.stream().distinct().toArray(Long[]::new);
		// the version bump is an update of person: its trigger would rebuild the facts
		// too
		jdbc.sql("select set_config('canbo.person_fact_deferred', 'on', true)").query(String.class).single();
		change.run();
		persons.touchAll(List.of(ids), currentUser.username());
		jdbc.sql("select set_config('canbo.person_fact_deferred', 'off', true)").query(String.class).single();
		if (FACTS.contains(kind)) {
			jdbc.sql("select count(*) from (select person_fact_refresh(cast(:ids as bigint[]))) x")
				.param("ids", ids)
				.query(Long.class)
				.single();
		}
	}

	/** One audit event for the call, naming every person (as the bulk creation does). */
	private void audited(AuditAction action, HistoryKind<?> kind, List<Long> personIds, int count) {
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("count", count);
		after.put("personIds", personIds.stream().distinct().toList());
		audit.record(action, kind.table(), "batch:" + count, null, null, after);
	}

}

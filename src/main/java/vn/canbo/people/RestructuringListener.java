package vn.canbo.people;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.org.RestructuringKind;
import vn.canbo.org.Units;
import vn.canbo.org.UnitsRestructured;
import vn.canbo.security.CurrentUser;

/**
 * Sắp xếp tổ chức: when units merge, split or dissolve, every position (main or
 * concurrent) open in an ended unit on the effective date is closed on that date and the
 * same post is opened in the successor unit (per-person mapping first, else the unit
 * mapping), marked with the restructuring. Without a successor the position is only
 * closed. Runs synchronously inside the restructuring's transaction. The ended units are
 * the mapped ones that no longer exist on the date; for a dissolution (which may name
 * none), every unit with open positions that existed the day before and not on the date.
 */
@Component
record RestructuringListener(JdbcClient jdbc, HistoryRows history, PersonRows persons, Units units,
		CurrentUser currentUser, AuditLog audit) {

	@EventListener
	void on(UnitsRestructured event) {
		LocalDate d = event.effectiveDate();
		Set<Long> candidates = new HashSet<>(event.unitMapping().keySet());
		if (!event.personMapping().isEmpty()) {
			candidates.addAll(jdbc.sql("""
					select distinct unit_id from person_position where person_id = any(:p) and deleted_at is null
					  and valid_from < :d and (valid_to is null or valid_to > :d)""")
				.param("p", event.personMapping().keySet().toArray(Long[]::new))
				.param("d", d)
				.query(Long.class)
				.list());
		}
		if (event.kind() == RestructuringKind.DISSOLVE) {
			// a dissolution without successor names no unit: look for units with open
			// positions that ended on the date
			candidates.addAll(jdbc.sql("""
					select distinct unit_id from person_position where deleted_at is null
					  and valid_from < :d and (valid_to is null or valid_to > :d)""")
				.param("d", d)
				.query(Long.class)
				.list());
			candidates.retainAll(units.findAll(candidates, d.minusDays(1)).keySet());
		}
		// only units that really ended: a unit that continues (rename, move, the
		// surviving unit of a merger) keeps its people
		Set<Long> ended = new HashSet<>(candidates);
		ended.removeAll(units.findAll(candidates, d).keySet());
		if (ended.isEmpty()) {
			return;
		}
		List<Carried> open = jdbc.sql("select person_id, " + HistoryRows.POSITION_COLUMNS + """
				 from person_position where unit_id = any(:u) and deleted_at is null
				  and valid_from < :d and (valid_to is null or valid_to > :d)
				order by person_id, concurrent, id""")
			.param("u", ended.toArray(Long[]::new))
			.param("d", d)
			.query((rs, n) -> new Carried(rs.getLong("person_id"), HistoryRows.position(rs, n)))
			.list();
		List<Map<String, Object>> moves = new java.util.ArrayList<>();
		// the person_fact triggers wait (each statement would rebuild its person's
		// facts):
		// the moved persons' facts are rebuilt once, at the end
		jdbc.sql("select set_config('canbo.person_fact_deferred', 'on', true)").query(String.class).single();
		open.forEach(c -> moves.add(carry(c, event, d)));
		Long[] moved = open.stream().map(Carried::personId).distinct().toArray(Long[]::new);
		if (!open.isEmpty()) {
			persons.touchAll(List.of(moved), currentUser.username());
		}
		jdbc.sql("select set_config('canbo.person_fact_deferred', 'off', true)").query(String.class).single();
		jdbc.sql("select count(*) from (select person_fact_refresh(cast(:ids as bigint[]))) x")
			.param("ids", moved)
			.query(Long.class)
			.single();
		if (!open.isEmpty()) {
			// one event per restructuring (not per person): which positions were closed
			// and where they continue
			Map<String, Object> after = new java.util.LinkedHashMap<>();
			after.put("restructuringId", event.restructuringId());
			after.put("effectiveDate", d);
			after.put("positions", moves);
			audit.record(AuditAction.RESTRUCTURE, HistoryKind.POSITION.table(),
					"restructuring:" + event.restructuringId(), null, null, after);
		}
	}

	private record Carried(long personId, Position position) {
	}

	private Map<String, Object> carry(Carried c, UnitsRestructured event, LocalDate d) {
		Position p = c.position();
		history.end(HistoryKind.POSITION, p.id(), d);
		Map<Long, Long> byPerson = event.personMapping();
		Long successor = byPerson.containsKey(c.personId()) ? byPerson.get(c.personId())
				: event.unitMapping().get(p.unitId());
		Map<String, Object> move = new java.util.LinkedHashMap<>();
		move.put("personId", c.personId());
		move.put("positionId", p.id());
		move.put("fromUnitId", p.unitId());
		move.put("toUnitId", successor);
		if (successor == null) {
			return move;
		}
		Position next = new Position(null, successor, null, p.titleCode(), p.titleText(), p.concurrent(), p.partyPost(),
				d, p.validTo(), p.termStart(), p.termEnd(),
				event.decisionNumber() != null ? event.decisionNumber() : p.decisionNumber(),
				event.decisionNumber() != null ? null : p.decisionDate(), event.restructuringId(), p.note());
		history.insertPosition(c.personId(), next, event.restructuringId(), null, currentUser.username());
		return move;
	}

}

package vn.canbo.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.canbo.org.UnitHistory;
import vn.canbo.org.Units;
import vn.canbo.people.CareerFacts.Effect;
import vn.canbo.people.CareerFacts.EffectAction;
import vn.canbo.people.CareerFacts.EffectKind;
import vn.canbo.security.CurrentUser;
import vn.canbo.shared.Messages;
import vn.canbo.shared.ValidationException;

/**
 * The restructuring carry-overs of a position: following them from a row to the row valid
 * on a date, and creating them when a decision inserts a position ({@link CareerFacts}).
 */
@Component
class PositionCarryOvers {

	private final JdbcClient jdbc;

	private final HistoryRows history;

	private final Units units;

	private final CurrentUser currentUser;

	PositionCarryOvers(JdbcClient jdbc, HistoryRows history, Units units, CurrentUser currentUser) {
		this.jdbc = jdbc;
		this.history = history;
		this.units = units;
		this.currentUser = currentUser;
	}

	/** The live position row of the person. */
	Optional<Position> position(long personId, long positionId) {
		return history.position(positionId).filter(p -> history.exists(HistoryKind.POSITION, personId, positionId));
	}

	/**
	 * The row of the same post valid on the date: the row itself or a carry-over of it.
	 */
	Optional<Position> positionOn(long personId, long positionId, LocalDate d) {
		Optional<Position> row = position(personId, positionId);
		int guard = 0;
		while (row.isPresent() && !row.get().validOn(d) && guard++ < 20) {
			Position p = row.get();
			if (p.validTo() == null || p.validTo().isAfter(d)) {
				return Optional.empty(); // starts after d
			}
			row = carryOver(personId, p);
		}
		return row.filter(p -> p.validOn(d));
	}

	/** The restructuring carry-over that starts where the row ends. */
	Optional<Position> carryOver(long personId, Position p) {
		if (p.validTo() == null) {
			return Optional.empty();
		}
		return jdbc.sql("select " + HistoryRows.POSITION_COLUMNS + " " + """
				from person_position where person_id = ? and deleted_at is null and restructuring_id is not null
				 and valid_from = ? and concurrent = ? and title_code is not distinct from ?
				 and title_text is not distinct from ? order by id limit 1""")
			.params(personId, p.validTo(), p.concurrent(), p.titleCode(), p.titleText())
			.query(HistoryRows::position)
			.optional();
	}

	/**
	 * Inserts the position, split at every later restructuring that ended its unit before
	 * the position's end: the part after the restructuring is held in the successor unit
	 * (the first successor of the unit), as people's restructuring listener does for
	 * positions that were open at the time.
	 */
	List<Effect> insertCarried(long personId, Position p, long decisionId) {
		List<Effect> effects = new ArrayList<>();
		long unitId = p.unitId();
		LocalDate from = p.validFrom();
		Long restructuringId = null;
		for (int guard = 0; guard < 20; guard++) {
			UnitHistory h = units.history(unitId);
			LocalDate unitEnd = h.latest().validTo();
			boolean split = unitEnd != null && unitEnd.isAfter(from)
					&& (p.validTo() == null || p.validTo().isAfter(unitEnd));
			LocalDate to = split ? unitEnd : p.validTo();
			Position part = new Position(null, unitId, null, p.titleCode(), p.titleText(), p.concurrent(),
					p.partyPost(), from, to, p.termStart(), p.termEnd(), p.decisionNumber(), p.decisionDate(),
					restructuringId, p.note());
			long id;
			try {
				id = history.insertPosition(personId, part, restructuringId, null, currentUser.username());
			}
			catch (DataIntegrityViolationException ex) {
				throw new ValidationException("validFrom", Messages.text("people.facts.mainOverlap"));
			}
			jdbc.sql("update person_position set decision_id = ? where id = ?").params(decisionId, id).update();
			effects.add(new Effect(personId, EffectKind.POSITION, id, EffectAction.CREATED, null));
			if (!split) {
				break;
			}
			final LocalDate at = unitEnd;
			Optional<UnitHistory.Link> successor = h.successors()
				.stream()
				.filter(l -> Objects.equals(l.effectiveDate(), at))
				.findFirst();
			if (successor.isEmpty()) {
				break; // dissolved without successor: the post ends with the unit
			}
			unitId = successor.get().unitId();
			restructuringId = successor.get().restructuringId();
			from = unitEnd;
		}
		return effects;
	}

}

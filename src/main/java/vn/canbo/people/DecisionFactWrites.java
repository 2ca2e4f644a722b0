package vn.canbo.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.people.CareerFacts.Effect;
import vn.canbo.people.CareerFacts.EffectAction;
import vn.canbo.people.CareerFacts.EffectKind;
import vn.canbo.security.CurrentUser;
import vn.canbo.shared.Messages;
import vn.canbo.shared.ValidationException;

/**
 * The dossier writes of a decision and their undoing, reported as {@link Effect}s; run in
 * the caller's transaction (see {@link CareerFacts}, which hands it out as
 * {@link CareerFacts#writes()}).
 */
@Component
@org.springframework.modulith.NamedInterface("api")
public class DecisionFactWrites {

	private final JdbcClient jdbc;

	private final HistoryRows history;

	private final HistoryValidator historyRules;

	private final PersonRows persons;

	private final PositionCarryOvers carryOvers;

	private final CurrentUser currentUser;

	DecisionFactWrites(JdbcClient jdbc, HistoryRows history, HistoryValidator historyRules, PersonRows persons,
			PositionCarryOvers carryOvers, CurrentUser currentUser) {
		this.jdbc = jdbc;
		this.history = history;
		this.historyRules = historyRules;
		this.persons = persons;
		this.carryOvers = carryOvers;
		this.currentUser = currentUser;
	}

	/**
	 * Opens a main position from {@code p.validFrom()} (see {@link CareerFacts} for
	 * back-dated decisions). A later main position that is not a restructuring carry-over
	 * (a later decision) caps the new one.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Effect> openMainPosition(long personId, Position p, long decisionId) {
		Person person = lock(personId);
		validate(p, person);
		LocalDate d = p.validFrom();
		List<Effect> effects = new ArrayList<>();
		List<Position> mains = history.positions(personId)
			.stream()
			.filter(x -> !x.concurrent())
			.sorted(Comparator.comparing(Position::validFrom))
			.toList();
		LocalDate cap = mains.stream()
			.filter(x -> x.validFrom().isAfter(d) && x.restructuringId() == null)
			.map(Position::validFrom)
			.min(Comparator.naturalOrder())
			.orElse(null);
		for (Position x : mains) {
			if (cap != null && !x.validFrom().isBefore(cap)) {
				continue;
			}
			if (x.validFrom().isBefore(d) && (x.validTo() == null || x.validTo().isAfter(d))) {
				history.end(HistoryKind.POSITION, x.id(), d);
				effects.add(new Effect(personId, EffectKind.POSITION, x.id(), EffectAction.CLOSED, x.validTo()));
			}
			else if (!x.validFrom().isBefore(d) && (x.validFrom().equals(d) || x.restructuringId() != null)) {
				history.softDelete(HistoryKind.POSITION, personId, x.id(), "Thay thế bởi quyết định " + decisionId,
						user());
				effects.add(new Effect(personId, EffectKind.POSITION, x.id(), EffectAction.DELETED, x.validTo()));
			}
		}
		LocalDate end = p.validTo();
		if (cap != null && (end == null || end.isAfter(cap))) {
			end = cap;
		}
		effects.addAll(carryOvers.insertCarried(personId, withDates(p, d, end), decisionId));
		persons.touch(personId, user());
		return effects;
	}

	/**
	 * Opens a concurrent position (kiêm nhiệm, biệt phái), carried over later
	 * restructurings of its unit.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Effect> openConcurrentPosition(long personId, Position p, long decisionId) {
		Person person = lock(personId);
		Position c = new Position(null, p.unitId(), null, p.titleCode(), p.titleText(), true, p.partyPost(),
				p.validFrom(), p.validTo(), p.termStart(), p.termEnd(), p.decisionNumber(), p.decisionDate(), null,
				p.note());
		validate(c, person);
		List<Effect> effects = carryOvers.insertCarried(personId, c, decisionId);
		persons.touch(personId, user());
		return effects;
	}

	/**
	 * Ends the post of {@code positionId} at {@code end} (the row valid then), removing
	 * its later carry-overs.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Effect> closePosition(long personId, long positionId, LocalDate end, long decisionId) {
		lock(personId);
		Position row = carryOvers.positionOn(personId, positionId, end.minusDays(1))
			.filter(x -> x.validFrom().isBefore(end))
			.orElseThrow(() -> new ValidationException("positionId",
					Messages.text("people.facts.positionNotHeld", Dates.format(end))));
		List<Effect> effects = new ArrayList<>();
		Optional<Position> next = carryOvers.carryOver(personId, row);
		history.end(HistoryKind.POSITION, row.id(), end);
		effects.add(new Effect(personId, EffectKind.POSITION, row.id(), EffectAction.CLOSED, row.validTo()));
		while (next.isPresent()) {
			Position n = next.get();
			next = carryOvers.carryOver(personId, n);
			history.softDelete(HistoryKind.POSITION, personId, n.id(), "Kết thúc bởi quyết định " + decisionId, user());
			effects.add(new Effect(personId, EffectKind.POSITION, n.id(), EffectAction.DELETED, n.validTo()));
		}
		persons.touch(personId, user());
		return effects;
	}

	/**
	 * Ends every position on the date (nghỉ hưu, thôi việc, từ trần…); later rows are
	 * removed.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Effect> closeAllPositions(long personId, LocalDate end, long decisionId) {
		lock(personId);
		List<Effect> effects = new ArrayList<>();
		for (Position x : history.positions(personId)) {
			if (x.validFrom().isBefore(end) && (x.validTo() == null || x.validTo().isAfter(end))) {
				history.end(HistoryKind.POSITION, x.id(), end);
				effects.add(new Effect(personId, EffectKind.POSITION, x.id(), EffectAction.CLOSED, x.validTo()));
			}
			else if (!x.validFrom().isBefore(end)) {
				history.softDelete(HistoryKind.POSITION, personId, x.id(), "Kết thúc bởi quyết định " + decisionId,
						user());
				effects.add(new Effect(personId, EffectKind.POSITION, x.id(), EffectAction.DELETED, x.validTo()));
			}
		}
		persons.touch(personId, user());
		return effects;
	}

	/**
	 * Adds a salary row from its validFrom; the row valid then is closed. No later row
	 * may exist.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Effect> addSalary(long personId, Salary s, long decisionId) {
		Person person = lock(personId);
		Errors e = new Errors();
		Salary v = historyRules.salary(s, person.data().birthDate(), e);
		if (e.isEmpty()) {
			Salaries.refuseLaterRows(history, personId, v, e, "people.facts.laterSalary");
		}
		e.throwIfAny();
		List<Effect> effects = new ArrayList<>();
		Optional<Salary> prev = history.openSalaryBefore(personId, v.validFrom());
		if (prev.isPresent()) {
			history.end(HistoryKind.SALARY, prev.get().id(), v.validFrom());
			effects.add(new Effect(personId, EffectKind.SALARY, prev.get().id(), EffectAction.CLOSED,
					prev.get().validTo()));
		}
		long id = history.insertSalary(personId, v, null, user());
		jdbc.sql("update person_salary set decision_id = ? where id = ?").params(decisionId, id).update();
		effects.add(new Effect(personId, EffectKind.SALARY, id, EffectAction.CREATED, null));
		persons.touch(personId, user());
		return effects;
	}

	/**
	 * Undoes effects (in reverse order): created rows and their carry-overs are
	 * soft-deleted, closed rows reopened, deleted rows restored.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void undo(List<Effect> effects, String reason) {
		List<Effect> reversed = new ArrayList<>(effects);
		Collections.reverse(reversed);
		reversed.stream().map(Effect::personId).distinct().sorted().forEach(persons::lock);
		try {
			for (Effect x : reversed) {
				String table = x.kind() == EffectKind.POSITION ? "person_position" : "person_salary";
				switch (x.action()) {
					case CREATED -> {
						if (x.kind() == EffectKind.POSITION) {
							Optional<Position> row = history.position(x.rowId());
							Optional<Position> next = row.flatMap(r -> carryOvers.carryOver(x.personId(), r));
							while (next.isPresent()) {
								Position n = next.get();
								next = carryOvers.carryOver(x.personId(), n);
								history.softDelete(HistoryKind.POSITION, x.personId(), n.id(), reason, user());
							}
						}
						jdbc.sql("update " + table
								+ " set deleted_at = now(), deleted_by = ?, delete_reason = ? where id = ? and deleted_at is null")
							.params(user(), reason, x.rowId())
							.update();
					}
					case CLOSED -> jdbc.sql("update " + table + " set valid_to = ? where id = ?")
						.params(x.previousValidTo(), x.rowId())
						.update();
					case DELETED -> jdbc
						.sql("update " + table
								+ " set deleted_at = null, deleted_by = null, delete_reason = null where id = ?")
						.param(x.rowId())
						.update();
				}
			}
		}
		catch (DataIntegrityViolationException ex) {
			throw new ValidationException("targetDecisionId", Messages.text("people.facts.cannotRevert"));
		}
		reversed.stream().map(Effect::personId).distinct().forEach(id -> persons.touch(id, user()));
	}

	private Person lock(long personId) {
		persons.lock(personId);
		return persons.find(personId).orElseThrow(() -> Visibility.notFound(personId));
	}

	private void validate(Position p, Person person) {
		Errors e = new Errors();
		historyRules.position(p, person.data().birthDate(), null, e);
		e.throwIfAny();
	}

	private static Position withDates(Position p, LocalDate from, LocalDate to) {
		return new Position(null, p.unitId(), null, p.titleCode(), p.titleText(), p.concurrent(), p.partyPost(), from,
				to, p.termStart(), p.termEnd(), p.decisionNumber(), p.decisionDate(), null, p.note());
	}

	private String user() {
		return currentUser.username();
	}

}

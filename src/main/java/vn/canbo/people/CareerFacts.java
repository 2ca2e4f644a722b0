package vn.canbo.people;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.org.UnitHistory;
import vn.canbo.org.Units;
import vn.canbo.security.CurrentUser;
import vn.canbo.shared.Messages;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.ValidationException;

/**
 * The dossier facts the career module reads and writes when a decision (quyết định) is
 * issued or revoked. Every write is marked with the decision id ({@code decision_id}) and
 * reported as {@link Effect}s so that a revocation can undo exactly those effects. Writes
 * must run inside the caller's transaction (all subjects of a batch decision at once);
 * scope checks are the caller's (career checks persons and units against the user's
 * scope).
 *
 * <p>
 * Back-dated decisions rewrite the derived history: a main position opened from D closes
 * the main position held on D at D, removes the restructuring carry-overs of it after D,
 * and is itself carried over restructurings that ended its unit after D (to the successor
 * unit, as {@link RestructuringListener} would have done).
 */
@Component
@org.springframework.modulith.NamedInterface("api")
public class CareerFacts {

	/** Which history a decision changed. */
	public enum EffectKind {

		POSITION, SALARY

	}

	/**
	 * CREATED: a row inserted; CLOSED: a row ended (previous valid_to kept); DELETED: a
	 * later row soft-deleted.
	 */
	public enum EffectAction {

		CREATED, CLOSED, DELETED

	}

	/** One change made to a dossier by a decision. */
	public record Effect(long personId, EffectKind kind, long rowId, EffectAction action, LocalDate previousValidTo) {
	}

	/** A position held on a date, with the holder and the salary then. */
	public record Holder(long personId, String fullName, Gender gender, PartialDate birthDate, Position position,
			Long decisionId, String rankCode, Integer step, BigDecimal coefficient) {
	}

	/** A person working on a date in a unit: for retirement alerts. */
	public record Worker(long personId, String fullName, Gender gender, PartialDate birthDate, PersonCategory category,
			long unitId, String titleText) {
	}

	/** The salary row valid on a date of a person working in a unit. */
	public record SalaryFact(long personId, String fullName, PersonCategory category, long unitId, Salary salary) {
	}

	private final JdbcClient jdbc;

	private final HistoryRows history;

	private final HistoryValidator historyRules;

	private final PersonRows persons;

	private final Units units;

	private final CurrentUser currentUser;

	CareerFacts(JdbcClient jdbc, HistoryRows history, HistoryValidator historyRules, PersonRows persons, Units units,
			CurrentUser currentUser) {
		this.jdbc = jdbc;
		this.history = history;
		this.historyRules = historyRules;
		this.persons = persons;
		this.units = units;
		this.currentUser = currentUser;
	}

	// ---------------------------------------------------------------- reads

	/** Full names of the (live) persons, by id. */
	public java.util.Map<Long, String> names(Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return java.util.Map.of();
		}
		java.util.Map<Long, String> out = new java.util.HashMap<>();
		jdbc.sql("select id, full_name from person where id = any(:ids) and deleted_at is null")
			.param("ids", personIds.toArray(Long[]::new))
			.query((rs, n) -> out.put(rs.getLong(1), rs.getString(2)))
			.list();
		return out;
	}

	/** Live positions of a person (all dates), newest first. */
	public List<Position> positions(long personId) {
		return history.positions(personId);
	}

	public Optional<Position> position(long personId, long positionId) {
		return history.position(positionId).filter(p -> history.exists(HistoryKind.POSITION, personId, positionId));
	}

	/** Ids of the rows a decision created (live or not) — for display of its effects. */
	public List<Position> positionsOfDecision(long decisionId) {
		return jdbc
			.sql("select " + HistoryRows.POSITION_COLUMNS
					+ " from person_position where decision_id = ? and deleted_at is null order by valid_from, id")
			.param(decisionId)
			.query(HistoryRows::position)
			.list();
	}

	public List<Salary> salariesOfDecision(long decisionId) {
		return jdbc
			.sql("select * from person_salary where decision_id = ? and deleted_at is null order by valid_from, id")
			.param(decisionId)
			.query(HistoryRows::salary)
			.list();
	}

	/**
	 * The row of the same post valid on the date: the row itself, or the restructuring
	 * carry-over of it that is.
	 */
	public Optional<Position> positionOn(long personId, long positionId, LocalDate d) {
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

	private Optional<Position> carryOver(long personId, Position p) {
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
	 * Positions held on the date in the units (null: every unit), paged, by unit, main
	 * first, then name.
	 */
	public PageResult<Holder> holders(Collection<Long> unitIds, LocalDate asOf, int page, int size) {
		String where = """
				 from person_position pp join person p on p.id = pp.person_id and p.deleted_at is null
				where pp.deleted_at is null and pp.valid_from <= :d and (pp.valid_to is null or pp.valid_to > :d)""";
		where += inUnits(unitIds);
		String sql = "select pp.person_id, p.full_name, p.gender, p.birth_date, p.birth_date_precision, pp.decision_id, "
				+ "s.rank_code, s.step, s.coefficient, " + prefixed("pp") + " "
				+ """
						 from person_position pp join person p on p.id = pp.person_id and p.deleted_at is null
						 left join lateral (select rank_code, step, coefficient from person_salary s where s.person_id = pp.person_id
						   and s.deleted_at is null and s.valid_from <= :d and (s.valid_to is null or s.valid_to > :d)
						   order by s.valid_from desc limit 1) s on true
						where pp.deleted_at is null and pp.valid_from <= :d and (pp.valid_to is null or pp.valid_to > :d)"""
				+ inUnits(unitIds) + " order by pp.unit_id, pp.concurrent, p.sort_name, pp.id limit :l offset :o";
		var select = jdbc.sql(sql).param("d", asOf).param("l", size).param("o", (long) page * size);
		var count = jdbc.sql("select count(*) from (select 1 " + where + " limit " + (PageResult.COUNT_CAP + 1) + ") x")
			.param("d", asOf);
		select = bindUnits(select, unitIds);
		count = bindUnits(count, unitIds);
		List<Holder> items = select.query((rs, n) -> new Holder(rs.getLong("person_id"), rs.getString("full_name"),
				Gender.valueOf(rs.getString("gender")), PersonRows.partial(rs, "birth_date", "birth_date_precision"),
				HistoryRows.position(rs, n), (Long) rs.getObject("decision_id"), rs.getString("rank_code"),
				(Integer) (rs.getObject("step") == null ? null : rs.getInt("step")), rs.getBigDecimal("coefficient")))
			.list();
		long total = count.query(Long.class).single();
		return new PageResult<>(items, page, size, Math.min(total, PageResult.COUNT_CAP), total > PageResult.COUNT_CAP);
	}

	private static String prefixed(String alias) {
		StringBuilder b = new StringBuilder();
		for (String c : HistoryRows.POSITION_COLUMNS.split(",")) {
			if (!b.isEmpty()) {
				b.append(", ");
			}
			b.append(alias).append('.').append(c.strip());
		}
		return b.toString();
	}

	/**
	 * The positions with these titles held on the date in the units: (person, unit,
	 * title, concurrent).
	 */
	public List<Holder> titleHolders(Collection<Long> unitIds, Collection<String> titleCodes, LocalDate asOf) {
		return jdbc
			.sql("select pp.person_id, p.full_name, p.gender, p.birth_date, p.birth_date_precision, pp.decision_id, "
					+ prefixed("pp") + " "
					+ """
							 from person_position pp join person p on p.id = pp.person_id and p.deleted_at is null
							where pp.deleted_at is null and pp.valid_from <= :d and (pp.valid_to is null or pp.valid_to > :d)
							  and pp.unit_id = any(:u) and pp.title_code = any(:t)""")
			.param("d", asOf)
			.param("u", unitIds.toArray(Long[]::new))
			.param("t", titleCodes.toArray(String[]::new))
			.query((rs, n) -> new Holder(rs.getLong("person_id"), rs.getString("full_name"),
					Gender.valueOf(rs.getString("gender")),
					PersonRows.partial(rs, "birth_date", "birth_date_precision"), HistoryRows.position(rs, n),
					(Long) rs.getObject("decision_id"), null, null, null))
			.list();
	}

	/**
	 * Positions in the units whose term ends in [from, to] and that are still held at the
	 * term's end (not renewed or ended).
	 */
	public List<Holder> termsEnding(Collection<Long> unitIds, LocalDate from, LocalDate to) {
		String sql = "select pp.person_id, p.full_name, p.gender, p.birth_date, p.birth_date_precision, pp.decision_id, "
				+ prefixed("pp") + " " + """
						 from person_position pp join person p on p.id = pp.person_id and p.deleted_at is null
						where pp.deleted_at is null and pp.term_end between :f and :t
						  and pp.valid_from <= :f and (pp.valid_to is null or pp.valid_to > pp.term_end)"""
				+ inUnits(unitIds) + " order by pp.term_end, pp.id";
		var q = jdbc.sql(sql).param("f", from).param("t", to);
		return bindUnits(q, unitIds).query((rs, n) -> new Holder(rs.getLong("person_id"), rs.getString("full_name"),
				Gender.valueOf(rs.getString("gender")), PersonRows.partial(rs, "birth_date", "birth_date_precision"),
				HistoryRows.position(rs, n), (Long) rs.getObject("decision_id"), null, null, null))
			.list();
	}

	/**
	 * Persons with a main position on the date in the units, born on or before the date
	 * given (retirement alerts). All of them: no row limit (the caller bounds the set by
	 * the birth date).
	 */
	public List<Worker> workersBornBefore(Collection<Long> unitIds, LocalDate on, LocalDate bornOnOrBefore) {
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
	 * The discipline records (revoked ones included, with their revocation) of each of
	 * the persons, in one query: person id → disciplines; for the alerts of a whole
	 * province (salary raise delays, issue 15).
	 */
	public Map<Long, List<Discipline>> disciplines(Collection<Long> personIds) {
		return history.listAll(HistoryKind.DISCIPLINE, personIds);
	}

	/**
	 * The months the retirement category in force on the date moves the statutory age of
	 * each of the persons (− earlier, + later); a person without one is absent (0).
	 */
	public Map<Long, Integer> retirementAdjustments(Collection<Long> personIds, LocalDate on) {
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

	/**
	 * The bounds of a rank's salary rows that can be due for a raise: a row of the rank
	 * started on or before {@code startedOnOrBefore} and either at step {@code lastStep}
	 * or above, or started on or after {@code startedOnOrAfter}.
	 */
	public record RaiseBound(String rankCode, int lastStep, LocalDate startedOnOrAfter, LocalDate startedOnOrBefore) {
	}

	private static final String OPEN_SALARIES = """
			 from person_salary s join person p on p.id = s.person_id and p.deleted_at is null
			 join person_position pp on pp.person_id = p.id and pp.deleted_at is null and not pp.concurrent
			      and pp.valid_from <= :d and (pp.valid_to is null or pp.valid_to > :d)
			where s.deleted_at is null and s.valid_to is null
			  and s.rank_code is not null and s.step is not null""";

	/**
	 * The ranks of the open-ended salary rows started on or before the date, of persons
	 * working in the units on {@code on} (to compute the {@link RaiseBound}s).
	 */
	public List<String> openSalaryRanks(Collection<Long> unitIds, LocalDate on, LocalDate startedOnOrBefore) {
		var q = jdbc
			.sql("select distinct s.rank_code " + OPEN_SALARIES + " and s.valid_from <= :s" + inUnits(unitIds)
					+ " order by 1")
			.param("d", on)
			.param("s", startedOnOrBefore);
		return bindUnits(q, unitIds).query(String.class).list();
	}

	/**
	 * Open-ended salary rows of persons working in the units on the date, within the
	 * bounds of their rank (rows of other ranks are not read). No row limit.
	 */
	public List<SalaryFact> salariesWithin(Collection<Long> unitIds, LocalDate on, Collection<RaiseBound> bounds) {
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

	/**
	 * The condition "the position's unit is one of the units" (null: every unit, no
	 * condition), bound by {@link #bindUnits}.
	 */
	private static String inUnits(Collection<Long> unitIds) {
		return unitIds == null ? "" : " and pp.unit_id = any(:u)";
	}

	private static JdbcClient.StatementSpec bindUnits(JdbcClient.StatementSpec q, Collection<Long> unitIds) {
		return unitIds == null ? q : q.param("u", unitIds.toArray(Long[]::new));
	}

	// ---------------------------------------------------------------- writes (in the
	// caller's transaction)

	/**
	 * Opens a main position from {@code p.validFrom()} (see the class comment for
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
		effects.addAll(insertCarried(personId, withDates(p, d, end), decisionId));
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
		List<Effect> effects = insertCarried(personId, c, decisionId);
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
		Position row = positionOn(personId, positionId, end.minusDays(1)).filter(x -> x.validFrom().isBefore(end))
			.orElseThrow(() -> new ValidationException("positionId",
					Messages.text("people.facts.positionNotHeld", Dates.format(end))));
		List<Effect> effects = new ArrayList<>();
		Optional<Position> next = carryOver(personId, row);
		history.end(HistoryKind.POSITION, row.id(), end);
		effects.add(new Effect(personId, EffectKind.POSITION, row.id(), EffectAction.CLOSED, row.validTo()));
		while (next.isPresent()) {
			Position n = next.get();
			next = carryOver(personId, n);
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
		java.util.Collections.reverse(reversed);
		reversed.stream().map(Effect::personId).distinct().sorted().forEach(persons::lock);
		try {
			for (Effect x : reversed) {
				String table = x.kind() == EffectKind.POSITION ? "person_position" : "person_salary";
				switch (x.action()) {
					case CREATED -> {
						if (x.kind() == EffectKind.POSITION) {
							Optional<Position> row = history.position(x.rowId());
							Optional<Position> next = row.flatMap(r -> carryOver(x.personId(), r));
							while (next.isPresent()) {
								Position n = next.get();
								next = carryOver(x.personId(), n);
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

	// ---------------------------------------------------------------- helpers

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

	/**
	 * Inserts the position, split at every later restructuring that ended its unit before
	 * the position's end: the part after the restructuring is held in the successor unit
	 * (the first successor of the unit), as people's restructuring listener does for
	 * positions that were open at the time.
	 */
	private List<Effect> insertCarried(long personId, Position p, long decisionId) {
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
				id = history.insertPosition(personId, part, restructuringId, null, user());
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

	private String user() {
		return currentUser.username();
	}

	static Integer intOrNull(ResultSet rs, String c) throws SQLException {
		int v = rs.getInt(c);
		return rs.wasNull() ? null : v;
	}

}

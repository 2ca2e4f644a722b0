package vn.canbo.people;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.PartialDate;

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
 *
 * <p>
 * The module's API over package-private parts: {@link PositionQueries} and
 * {@link AlertCandidates} (reads), {@link PositionCarryOvers} and
 * {@link DecisionFactWrites} (writes).
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

	/**
	 * A title held on a date, narrow: who (live dossier), where, which title, whether
	 * concurrently (the training gap analysis reads 60,000 of them).
	 */
	public record TitleHolder(long personId, String fullName, long unitId, String titleCode, boolean concurrent) {
	}

	/**
	 * A title held on a date with its term's end: {@link CareerFacts#titleTerms}'s row
	 * (issue 17: the incumbents of a province's plans).
	 */
	public record TitleTerm(long personId, String fullName, long unitId, String titleCode, boolean concurrent,
			LocalDate termEnd) {
	}

	/** A person working on a date in a unit: for retirement alerts. */
	public record Worker(long personId, String fullName, Gender gender, PartialDate birthDate, PersonCategory category,
			long unitId, String titleText) {
	}

	/** The salary row valid on a date of a person working in a unit. */
	public record SalaryFact(long personId, String fullName, PersonCategory category, long unitId, Salary salary) {
	}

	/**
	 * The bounds of a rank's salary rows that can be due for a raise: a row of the rank
	 * started on or before {@code startedOnOrBefore} and either at step {@code lastStep}
	 * or above, or started on or after {@code startedOnOrAfter}.
	 */
	public record RaiseBound(String rankCode, int lastStep, LocalDate startedOnOrAfter, LocalDate startedOnOrBefore) {
	}

	private final HistoryRows history;

	private final PositionQueries queries;

	private final AlertCandidates candidates;

	private final PositionCarryOvers carryOvers;

	private final DecisionFactWrites writes;

	CareerFacts(HistoryRows history, PositionQueries queries, AlertCandidates candidates, PositionCarryOvers carryOvers,
			DecisionFactWrites writes) {
		this.history = history;
		this.queries = queries;
		this.candidates = candidates;
		this.carryOvers = carryOvers;
		this.writes = writes;
	}

	// ---------------------------------------------------------------- reads

	/** Full names of the (live) persons, by id. */
	public Map<Long, String> names(Collection<Long> personIds) {
		return queries.names(personIds);
	}

	/** Live positions of a person (all dates), newest first. */
	public List<Position> positions(long personId) {
		return history.positions(personId);
	}

	public Optional<Position> position(long personId, long positionId) {
		return carryOvers.position(personId, positionId);
	}

	/** Ids of the rows a decision created (live or not) — for display of its effects. */
	public List<Position> positionsOfDecision(long decisionId) {
		return queries.positionsOfDecision(decisionId);
	}

	public List<Salary> salariesOfDecision(long decisionId) {
		return queries.salariesOfDecision(decisionId);
	}

	/**
	 * The row of the same post valid on the date: the row itself, or the restructuring
	 * carry-over of it that is.
	 */
	public Optional<Position> positionOn(long personId, long positionId, LocalDate d) {
		return carryOvers.positionOn(personId, positionId, d);
	}

	/**
	 * Positions held on the date in the units (null: every unit), paged, by unit, main
	 * first, then name.
	 */
	public PageResult<Holder> holders(Collection<Long> unitIds, LocalDate asOf, int page, int size) {
		return queries.holders(unitIds, asOf, page, size);
	}

	/**
	 * The positions with these titles held on the date in the units: (person, unit,
	 * title, concurrent).
	 */
	public List<Holder> titleHolders(Collection<Long> unitIds, Collection<String> titleCodes, LocalDate asOf) {
		return queries.titleHolders(unitIds, titleCodes, asOf);
	}

	/**
	 * As {@link #titleHolders}, only (person, name, unit, title, concurrent): the same
	 * positions, without the position's other columns.
	 */
	public List<TitleHolder> titleHoldersBrief(Collection<Long> unitIds, Collection<String> titleCodes,
			LocalDate asOf) {
		return queries.titleHoldersBrief(unitIds, titleCodes, asOf);
	}

	/**
	 * As {@link #titleHolders}, only (person, name, unit, title, concurrent, term end):
	 * the same positions in the same order, narrow.
	 */
	public List<TitleTerm> titleTerms(Collection<Long> unitIds, Collection<String> titleCodes, LocalDate asOf) {
		return queries.titleTerms(unitIds, titleCodes, asOf);
	}

	/**
	 * Positions in the units whose term ends in [from, to] and that are still held at the
	 * term's end (not renewed or ended).
	 */
	public List<Holder> termsEnding(Collection<Long> unitIds, LocalDate from, LocalDate to) {
		return queries.termsEnding(unitIds, from, to);
	}

	/**
	 * Persons with a main position on the date in the units, born on or before the date
	 * given (retirement alerts). All of them: no row limit (the caller bounds the set by
	 * the birth date).
	 */
	public List<Worker> workersBornBefore(Collection<Long> unitIds, LocalDate on, LocalDate bornOnOrBefore) {
		return candidates.workersBornBefore(unitIds, on, bornOnOrBefore);
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
		return candidates.retirementAdjustments(personIds, on);
	}

	/**
	 * The ranks of the open-ended salary rows started on or before the date, of persons
	 * working in the units on {@code on} (to compute the {@link RaiseBound}s).
	 */
	public List<String> openSalaryRanks(Collection<Long> unitIds, LocalDate on, LocalDate startedOnOrBefore) {
		return candidates.openSalaryRanks(unitIds, on, startedOnOrBefore);
	}

	/**
	 * Open-ended salary rows of persons working in the units on the date, within the
	 * bounds of their rank (rows of other ranks are not read). No row limit.
	 */
	public List<SalaryFact> salariesWithin(Collection<Long> unitIds, LocalDate on, Collection<RaiseBound> bounds) {
		return candidates.salariesWithin(unitIds, on, bounds);
	}

	/**
	 * The writes of a decision and their undoing, in the caller's transaction (see the
	 * class comment for back-dated decisions).
	 */
	public DecisionFactWrites writes() {
		return writes;
	}

}

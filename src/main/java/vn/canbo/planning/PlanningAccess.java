package vn.canbo.planning;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.canbo.org.Units;
import vn.canbo.people.PersonLookup;
import vn.canbo.people.PersonViews;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;

/**
 * Scope first: a plan is visible when its unit is in the user's scope (today or on the
 * plan's approval date); a candidate when its plan is. Anything else does not exist
 * (404).
 */
@Component
class PlanningAccess {

	private final PlanningRows rows;

	private final Units units;

	private final PersonLookup persons;

	private final PersonViews views;

	PlanningAccess(PlanningRows rows, Units units, PersonLookup persons, PersonViews views) {
		this.views = views;
		this.rows = rows;
		this.units = units;
		this.persons = persons;
	}

	boolean unitInScope(long unitId, LocalDate on, Scope scope) {
		return scope.unrestricted() || units.inScope(unitId, scope, LocalDate.now())
				|| (on != null && units.inScope(unitId, scope, on));
	}

	boolean personVisible(long personId, Scope scope) {
		return persons.visible(personId, scope);
	}

	/**
	 * The plans of the units of a subtree on the day, of a term (null or blank: every
	 * term); a root outside the scope (or not existing that day) is not found.
	 */
	java.util.List<PlanningRows.PlanRow> plansOfSubtree(long unitId, String termCode, LocalDate day, Scope scope) {
		if (!unitInScope(unitId, day, scope) || units.find(unitId, day).isEmpty()) {
			throw new NotFoundException(Messages.text("planning.structure.unitNotFound", String.valueOf(unitId)));
		}
		java.util.Set<Long> subtree = units.subtreeIds(java.util.List.of(unitId), day);
		return rows.plans(termCode == null || termCode.isBlank() ? null : termCode)
			.stream()
			.filter(p -> subtree.contains(p.unitId()))
			.toList();
	}

	/** Which of the persons the scope sees, read at once (people's bulk read). */
	java.util.Set<Long> visibleAmong(java.util.Collection<Long> personIds, Scope scope) {
		return views.visibleAmong(personIds, scope);
	}

	PlanningRows.PlanRow plan(long id, Scope scope) {
		return rows.plan(id)
			.filter(p -> unitInScope(p.unitId(), p.decidedOn(), scope))
			.orElseThrow(() -> planNotFound(id));
	}

	Candidate candidate(long id, Scope scope) {
		Candidate c = rows.candidate(id)
			.orElseThrow(
					() -> new NotFoundException(Messages.text("planning.error.candidateNotFound", String.valueOf(id))));
		if (rows.plan(c.planId()).filter(p -> unitInScope(p.unitId(), p.decidedOn(), scope)).isEmpty()) {
			throw new NotFoundException(Messages.text("planning.error.candidateNotFound", String.valueOf(id)));
		}
		return c;
	}

	static NotFoundException planNotFound(long id) {
		return new NotFoundException(Messages.text("planning.error.planNotFound", String.valueOf(id)));
	}

}

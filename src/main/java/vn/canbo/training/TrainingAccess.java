package vn.canbo.training;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.canbo.org.Units;
import vn.canbo.people.PersonLookup;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;

/**
 * Scope first: a course is visible when its organising unit is in the user's scope (today
 * or on the course's first day); an enrolment when its course and its person are.
 * Anything else does not exist (404).
 */
@Component
class TrainingAccess {

	private final TrainingRows rows;

	private final Units units;

	private final PersonLookup persons;

	TrainingAccess(TrainingRows rows, Units units, PersonLookup persons) {
		this.rows = rows;
		this.units = units;
		this.persons = persons;
	}

	boolean unitInScope(long unitId, LocalDate on, Scope scope) {
		return scope.unrestricted() || units.inScope(unitId, scope, LocalDate.now())
				|| (on != null && units.inScope(unitId, scope, on));
	}

	boolean personInScope(long personId, Scope scope) {
		return persons.visible(personId, scope);
	}

	Course course(long id, Scope scope) {
		return rows.course(id)
			.filter(c -> unitInScope(c.unitId(), c.startsOn(), scope))
			.map(this::named)
			.orElseThrow(
					() -> new NotFoundException(Messages.text("training.error.courseNotFound", String.valueOf(id))));
	}

	Enrolment enrolment(long id, Scope scope) {
		NotFoundException missing = new NotFoundException(
				Messages.text("training.error.enrolmentNotFound", String.valueOf(id)));
		Enrolment e = rows.enrolment(id).orElseThrow(() -> missing);
		if (rows.course(e.courseId()).filter(c -> unitInScope(c.unitId(), c.startsOn(), scope)).isEmpty()
				|| !personInScope(e.personId(), scope)) {
			throw missing;
		}
		return e;
	}

	Course named(Course c) {
		String name = unitNames(List.of(c.unitId()), c.startsOn()).get(c.unitId());
		return new Course(c.id(), c.code(), c.name(), c.kind(), c.levelCode(), c.languageCode(), c.unitId(), name,
				c.organiser(), c.place(), c.formCode(), c.startsOn(), c.endsOn(), c.funding(), c.capacity(),
				c.version(), c.enrolled());
	}

	/** The names of units on the date (or their latest name). */
	Map<Long, String> unitNames(Collection<Long> ids, LocalDate on) {
		return units.namesOn(ids, on);
	}

}

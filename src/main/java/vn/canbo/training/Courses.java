package vn.canbo.training;

import java.time.LocalDate;
import java.util.List;
import vn.canbo.shared.Scope;

/**
 * Courses, sending decisions, enrolments and results. Scope first: a course exists for
 * the user when its organising unit is in the scope; a person outside the scope does not
 * exist. Every change is audited; a batch (a sending, the results of many) is one
 * transaction that reports every error at once and stores nothing when one is wrong.
 */
@org.springframework.modulith.NamedInterface("api")
public interface Courses {

	Course create(CourseInput input, Scope scope);

	Course update(long courseId, int expectedVersion, CourseInput input, Scope scope);

	/** Deletes a course without enrolments (soft). */
	void delete(long courseId, Scope scope);

	Course get(long courseId, Scope scope);

	/** The course of a code, if in the scope. */
	java.util.Optional<Course> byCode(String code, Scope scope);

	List<Course> list(CourseFilter filter, Scope scope);

	/** Enrols every person of the decision; answers the enrolments' ids. */
	List<Long> send(Sending sending, Scope scope);

	/** The enrolments of a course whose persons are in the scope. */
	List<Enrolment> enrolments(long courseId, Scope scope);

	/**
	 * Records results on enrolments of the course (every one in the same transaction).
	 */
	void record(long courseId, List<ResultEntry> results, Scope scope);

	/**
	 * Revokes an enrolment's result (recorded with its date and reason); a qualification
	 * the completion added to the dossier is removed.
	 */
	void revoke(long enrolmentId, LocalDate on, String reason, Scope scope);

	/** A person's enrolments, newest first (the person must be in the scope). */
	List<Enrolment> ofPerson(long personId, Scope scope);

	/**
	 * The enrolments without a result yet of each of the persons that started on or
	 * before the day (issue 17: the readiness view of a province), in one query; a person
	 * with none is absent. Unscoped: the caller has checked the persons against the
	 * user's scope. {@code personName} is not filled.
	 */
	java.util.Map<Long, List<Enrolment>> underWay(java.util.Collection<Long> personIds, LocalDate on);

	/**
	 * Every level each kind may confer (table training_kind_level), with its name in the
	 * request's language, by kind then level: the course form's level select.
	 */
	List<KindLevel> kindLevels();

	/** A level a course kind may confer. */
	record KindLevel(CourseKind kind, String levelCode, String name) {
	}

}

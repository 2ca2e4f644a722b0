package vn.canbo.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.canbo.shared.Scope;

/** The implementation of {@link Courses}. */
@Service
class TrainingService implements Courses {

	private final CourseService courses;

	private final EnrolmentService enrolments;

	private final ResultService results;

	private final TrainingRows rows;

	TrainingService(CourseService courses, EnrolmentService enrolments, ResultService results, TrainingRows rows) {
		this.rows = rows;
		this.courses = courses;
		this.enrolments = enrolments;
		this.results = results;
	}

	@Override
	public Course create(CourseInput input, Scope scope) {
		return courses.create(input, scope);
	}

	@Override
	public Course update(long courseId, int expectedVersion, CourseInput input, Scope scope) {
		return courses.update(courseId, expectedVersion, input, scope);
	}

	@Override
	public void delete(long courseId, Scope scope) {
		courses.delete(courseId, scope);
	}

	@Override
	public Course get(long courseId, Scope scope) {
		return courses.get(courseId, scope);
	}

	@Override
	public Optional<Course> byCode(String code, Scope scope) {
		return courses.byCode(code, scope);
	}

	@Override
	public List<Course> list(CourseFilter filter, Scope scope) {
		return courses.list(filter, scope);
	}

	@Override
	public List<Long> send(Sending sending, Scope scope) {
		return enrolments.send(sending, scope);
	}

	@Override
	public List<Enrolment> enrolments(long courseId, Scope scope) {
		return enrolments.enrolments(courseId, scope);
	}

	@Override
	public void record(long courseId, List<ResultEntry> entries, Scope scope) {
		results.record(courseId, entries, scope);
	}

	@Override
	public void revoke(long enrolmentId, LocalDate on, String reason, Scope scope) {
		results.revoke(enrolmentId, on, reason, scope);
	}

	@Override
	public List<Enrolment> ofPerson(long personId, Scope scope) {
		return enrolments.ofPerson(personId, scope);
	}

	@Override
	@org.springframework.transaction.annotation.Transactional(readOnly = true)
	public java.util.Map<Long, List<Enrolment>> underWay(java.util.Collection<Long> personIds, LocalDate on) {
		return rows.underWay(personIds, on);
	}

	@Override
	public List<KindLevel> kindLevels() {
		return courses.kindLevels();
	}

}

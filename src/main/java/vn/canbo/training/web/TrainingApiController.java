package vn.canbo.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.canbo.training.Course;
import vn.canbo.training.CourseFilter;
import vn.canbo.training.CourseInput;
import vn.canbo.training.CourseKind;
import vn.canbo.training.Courses;
import vn.canbo.training.Enrolment;
import vn.canbo.training.ResultEntry;
import vn.canbo.training.Sending;
import vn.canbo.shared.Scope;

/**
 * REST API of training (/api/v1/training). Scoped: a course organised outside the
 * caller's scope, an enrolment or a person outside it, is 404. Errors are problem details
 * naming the row and the field ({@code personIds[i]},
 * {@code results[i].certificateDate}).
 */
@RestController
@Tag(name = "Đào tạo, bồi dưỡng / Training",
		description = "Khóa học, quyết định cử đi học (mỗi người một lượt), kết quả và hủy kết quả; hoàn thành khóa học cấp trình độ thì trình độ được ghi vào hồ sơ")
class TrainingApiController {

	private final Courses courses;

	TrainingApiController(Courses courses) {
		this.courses = courses;
	}

	/** A revocation of a result. */
	record Revocation(LocalDate revokedOn, String reason) {
	}

	@GetMapping("/api/v1/training/courses")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(
			summary = "Courses organised in the caller's scope, newest first; filters: kind, year (a course counts in every year it runs through), organiser (part of the name)")
	List<Course> list(@RequestParam(required = false) CourseKind kind, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String organiser, Scope scope) {
		return courses.list(new CourseFilter(kind, year, organiser), scope);
	}

	@PostMapping("/api/v1/training/courses")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	@Operation(
			summary = "Create a course; the level it confers must be one its kind may confer (table training_kind_level)")
	ResponseEntity<Course> create(@RequestBody CourseInput body, Scope scope) {
		Course c = courses.create(body, scope);
		return ResponseEntity.created(URI.create("/api/v1/training/courses/" + c.id())).body(c);
	}

	@GetMapping("/api/v1/training/courses/{courseId}")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(summary = "A course")
	Course get(@PathVariable long courseId, Scope scope) {
		return courses.get(courseId, scope);
	}

	@PutMapping("/api/v1/training/courses/{courseId}")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	@Operation(summary = "Change a course; version: the version read (409 when someone changed it since)")
	Course update(@PathVariable long courseId, @RequestParam int version, @RequestBody CourseInput body, Scope scope) {
		return courses.update(courseId, version, body, scope);
	}

	@DeleteMapping("/api/v1/training/courses/{courseId}")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	@Operation(summary = "Delete a course without enrolments")
	ResponseEntity<Void> delete(@PathVariable long courseId, Scope scope) {
		courses.delete(courseId, scope);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/training/courses/{courseId}/enrolments")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(
			summary = "The enrolments (lượt) of a course whose persons are in the caller's scope, with their results")
	List<Enrolment> enrolments(@PathVariable long courseId, Scope scope) {
		return courses.enrolments(courseId, scope);
	}

	@PostMapping("/api/v1/training/sendings")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	@Operation(summary = "Record a sending decision: every person becomes an enrolment of the course; all or nothing")
	Map<String, List<Long>> send(@RequestBody Sending body, Scope scope) {
		return Map.of("enrolmentIds", courses.send(body, scope));
	}

	@PostMapping("/api/v1/training/courses/{courseId}/results")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	@Operation(
			summary = "Record results of the course's enrolments, all or nothing; a completion of a course that confers a level adds it to the dossier from the certificate date")
	ResponseEntity<Void> results(@PathVariable long courseId, @RequestBody List<ResultEntry> body, Scope scope) {
		courses.record(courseId, body, scope);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/training/enrolments/{enrolmentId}/revocation")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	@Operation(
			summary = "Revoke an enrolment's result (date and reason recorded); the qualification it added is removed from the dossier")
	ResponseEntity<Void> revoke(@PathVariable long enrolmentId, @RequestBody Revocation body, Scope scope) {
		courses.revoke(enrolmentId, body.revokedOn(), body.reason(), scope);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/training/persons/{personId}/enrolments")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(summary = "A person's enrolments, newest first")
	List<Enrolment> ofPerson(@PathVariable long personId, Scope scope) {
		return courses.ofPerson(personId, scope);
	}

}

package vn.canbo.training;

import static vn.canbo.training.CourseService.blank;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.security.CurrentUser;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.web.Formats;

/**
 * Sending decisions (cử đi học): one decision, one course, many persons, each an
 * enrolment (one "lượt"). Scope first: a course or a person outside the scope is absent;
 * every error at once, a person's named {@code personIds[i]}; one transaction, one audit
 * record per enrolment (on the person's trail) and one for the decision.
 */
@Component
class EnrolmentService {

	private final TrainingRows rows;

	private final TrainingAccess access;

	private final AuditLog audit;

	private final CurrentUser currentUser;

	EnrolmentService(TrainingRows rows, TrainingAccess access, AuditLog audit, CurrentUser currentUser) {
		this.rows = rows;
		this.access = access;
		this.audit = audit;
		this.currentUser = currentUser;
	}

	@Transactional
	List<Long> send(Sending s, Scope scope) {
		List<FieldError> e = new ArrayList<>();
		if (blank(s.number())) {
			e.add(new FieldError("number", Messages.text("training.error.numberRequired")));
		}
		else if (s.number().strip().length() > 60) {
			e.add(new FieldError("number", Messages.text("training.error.numberTooLong", 60)));
		}
		if (s.decidedOn() == null) {
			e.add(new FieldError("decidedOn", Messages.text("training.error.decidedOnRequired")));
		}
		if (blank(s.issuer())) {
			e.add(new FieldError("issuer", Messages.text("training.error.issuerRequired")));
		}
		else if (s.issuer().strip().length() > 300) {
			e.add(new FieldError("issuer", Messages.text("training.error.issuerTooLong", 300)));
		}
		Course course = null;
		if (s.courseId() == null) {
			e.add(new FieldError("courseId", Messages.text("training.error.courseRequired")));
		}
		else {
			try {
				course = access.course(s.courseId(), scope);
			}
			catch (NotFoundException x) {
				e.add(new FieldError("courseId", x.getMessage(), s.courseId()));
			}
		}
		if (course != null && s.startsOn() != null
				&& (s.startsOn().isBefore(course.startsOn()) || s.startsOn().isAfter(course.endsOn()))) {
			e.add(new FieldError(
					"startsOn", Messages.text("training.error.startsOutsideCourse", Formats.date(s.startsOn()),
							course.name(), Formats.date(course.startsOn()), Formats.date(course.endsOn())),
					s.startsOn().toString()));
		}
		if (s.personIds().isEmpty()) {
			e.add(new FieldError("personIds", Messages.text("training.error.personsRequired")));
		}
		Set<Long> enrolled = course == null ? Set.of()
				: rows.enrolled(course.id(), s.personIds().stream().filter(java.util.Objects::nonNull).toList());
		Map<Long, String> names = enrolled.isEmpty() ? Map.of() : names(course.id());
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < s.personIds().size(); i++) {
			Long id = s.personIds().get(i);
			String field = "personIds[" + i + "]";
			if (id == null) {
				e.add(new FieldError(field, Messages.text("training.error.personRequired", i + 1)));
			}
			else if (!access.personInScope(id, scope)) {
				e.add(new FieldError(field, Messages.text("training.error.personNotFound", i + 1, String.valueOf(id)),
						id));
			}
			else if (!seen.add(id)) {
				e.add(new FieldError(field, Messages.text("training.error.personTwice", i + 1, String.valueOf(id)),
						id));
			}
			else if (enrolled.contains(id)) {
				e.add(new FieldError(field, Messages.text("training.error.alreadyEnrolled", i + 1,
						names.getOrDefault(id, String.valueOf(id)), course.name()), id));
			}
		}
		if (course != null && course.capacity() != null
				&& course.enrolled() + seen.size() - enrolled.size() > course.capacity()) {
			e.add(new FieldError("personIds", Messages.text("training.error.overCapacity", course.name(),
					course.capacity(), Math.max(0, course.capacity() - course.enrolled()))));
		}
		if (!e.isEmpty()) {
			throw new ValidationException(e);
		}
		String user = currentUser.username();
		long sendingId = rows.insertSending(s, user);
		List<Long> ids = new ArrayList<>();
		for (Long personId : s.personIds()) {
			long id = rows.insertEnrolment(course.id(), sendingId, personId,
					s.startsOn() == null ? course.startsOn() : s.startsOn(), user);
			ids.add(id);
			audit.record(AuditAction.CREATE, "training_enrolment", String.valueOf(id), personId, null,
					Map.of("courseId", course.id(), "course", course.name(), "decision", s.number().strip()));
		}
		audit.record(AuditAction.DECISION, "training_sending", String.valueOf(sendingId), null, null,
				Map.of("courseId", course.id(), "number", s.number().strip(), "decidedOn", s.decidedOn().toString(),
						"issuer", s.issuer().strip(), "personIds", s.personIds()));
		return ids;
	}

	@Transactional(readOnly = true)
	List<Enrolment> enrolments(long courseId, Scope scope) {
		access.course(courseId, scope);
		return rows.enrolments(courseId).stream().filter(x -> access.personInScope(x.personId(), scope)).toList();
	}

	@Transactional(readOnly = true)
	List<Enrolment> ofPerson(long personId, Scope scope) {
		if (!access.personInScope(personId, scope)) {
			throw new NotFoundException(Messages.text("training.error.personAbsent", String.valueOf(personId)));
		}
		// the person's whole training history, also courses organised outside the scope
		return rows.enrolmentsOf(personId);
	}

	private Map<Long, String> names(long courseId) {
		Map<Long, String> out = new java.util.HashMap<>();
		rows.enrolments(courseId).forEach(x -> out.put(x.personId(), x.personName()));
		return out;
	}

}

package vn.canbo.training;

import static vn.canbo.training.CourseService.blank;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.people.HistoryKind;
import vn.canbo.people.PersonService;
import vn.canbo.people.Qualification;
import vn.canbo.security.CurrentUser;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.web.Formats;

/**
 * Results of enrolments, many at once (one transaction, every error at once, a row named
 * {@code results[i].field} and by the person's name). A completion of a course that
 * confers a level adds that qualification to the dossier through
 * {@link PersonService#add} — a new fact valid from the certificate date, never
 * overwriting one — and keeps its id; revoking the result (recorded with its date and
 * reason) soft-deletes that fact again ({@link PersonService#deleteEntry}).
 */
@Component
class ResultService {

	private final TrainingRows rows;

	private final TrainingAccess access;

	private final PersonService people;

	private final AuditLog audit;

	private final CurrentUser currentUser;

	ResultService(TrainingRows rows, TrainingAccess access, PersonService people, AuditLog audit,
			CurrentUser currentUser) {
		this.rows = rows;
		this.access = access;
		this.people = people;
		this.audit = audit;
		this.currentUser = currentUser;
	}

	@Transactional
	void record(long courseId, List<ResultEntry> results, Scope scope) {
		Course course = access.course(courseId, scope);
		Map<Long, Enrolment> enrolled = new HashMap<>();
		rows.enrolments(courseId)
			.stream()
			.filter(x -> access.personInScope(x.personId(), scope))
			.forEach(x -> enrolled.put(x.id(), x));
		List<FieldError> e = new ArrayList<>();
		if (results == null || results.isEmpty()) {
			throw new ValidationException("results", Messages.text("training.error.resultsRequired"));
		}
		Set<Long> seen = new HashSet<>();
		Map<Integer, Qualification> adds = new HashMap<>();
		for (int i = 0; i < results.size(); i++) {
			ResultEntry r = results.get(i);
			String row = "results[" + i + "].";
			Enrolment x = r.enrolmentId() == null ? null : enrolled.get(r.enrolmentId());
			if (x == null) {
				e.add(new FieldError(row + "enrolmentId",
						Messages.text("training.error.notEnrolled", i + 1, course.name()), r.enrolmentId()));
				continue;
			}
			String who = Messages.text("training.error.row", i + 1, x.personName());
			if (!seen.add(x.id())) {
				e.add(new FieldError(row + "enrolmentId", Messages.text("training.error.resultTwice", who)));
				continue;
			}
			if (x.result() != null) {
				e.add(new FieldError(row + "result",
						Messages.text("training.error.hasResult", who, x.result().label())));
				continue;
			}
			if (r.result() == null) {
				e.add(new FieldError(row + "result", Messages.text("training.error.resultRequired", who)));
				continue;
			}
			if (r.result() == CourseResult.COMPLETED) {
				if (blank(r.certificateNumber())) {
					e.add(new FieldError(row + "certificateNumber",
							Messages.text("training.error.certificateNumberRequired", who)));
				}
				else if (r.certificateNumber().strip().length() > 60) {
					e.add(new FieldError(row + "certificateNumber", Messages.text("training.error.tooLong", who,
							CourseService.label("certificateNumber"), 60)));
				}
				if (r.certificateDate() == null) {
					e.add(new FieldError(row + "certificateDate",
							Messages.text("training.error.certificateDateRequired", who)));
				}
				else {
					dateChecks(e, row + "certificateDate", who, r.certificateDate(), course);
					if (course.levelCode() != null && course.kind().qualificationKind() != null) {
						Qualification q = new Qualification(null, course.kind().qualificationKind(), course.levelCode(),
								course.languageCode(), course.name(), course.organiser(), r.certificateDate(), null);
						people.historyProblems(x.personId(), HistoryKind.QUALIFICATION, null, q, scope)
							.forEach(p -> e.add(new FieldError(row + "certificateDate", who + ": " + p.message(),
									p.rejectedValue())));
						adds.put(i, q);
					}
				}
			}
			else if (r.resultOn() == null) {
				e.add(new FieldError(row + "resultOn", Messages.text("training.error.resultOnRequired", who)));
			}
			else {
				dateChecks(e, row + "resultOn", who, r.resultOn(), course);
			}
			if (r.grade() != null && r.grade().strip().length() > 60) {
				e.add(new FieldError(row + "grade",
						Messages.text("training.error.tooLong", who, CourseService.label("grade"), 60)));
			}
			if (r.note() != null && r.note().strip().length() > 500) {
				e.add(new FieldError(row + "note",
						Messages.text("training.error.tooLong", who, CourseService.label("note"), 500)));
			}
		}
		if (!e.isEmpty()) {
			throw new ValidationException(e);
		}
		String user = currentUser.username();
		for (int i = 0; i < results.size(); i++) {
			ResultEntry r = results.get(i);
			Enrolment x = enrolled.get(r.enrolmentId());
			Long qualificationId = null;
			if (adds.containsKey(i)) {
				Qualification added = people.add(x.personId(), HistoryKind.QUALIFICATION, adds.get(i), scope);
				qualificationId = added.id();
			}
			LocalDate on = r.result() == CourseResult.COMPLETED ? r.certificateDate() : r.resultOn();
			rows.setResult(x.id(), r, on, qualificationId, user);
			audit.record(AuditAction.UPDATE, "training_enrolment", String.valueOf(x.id()), x.personId(), null,
					rows.enrolment(x.id()).orElseThrow());
		}
	}

	@Transactional
	void revoke(long enrolmentId, LocalDate on, String reason, Scope scope) {
		Enrolment x = access.enrolment(enrolmentId, scope);
		List<FieldError> e = new ArrayList<>();
		String who = x.personName();
		if (x.result() == null) {
			e.add(new FieldError("enrolmentId", Messages.text("training.error.noResult", who, x.courseName())));
		}
		if (on == null) {
			e.add(new FieldError("revokedOn", Messages.text("training.error.revokedOnRequired", who)));
		}
		else if (x.resultOn() != null && on.isBefore(x.resultOn())) {
			e.add(new FieldError("revokedOn", Messages.text("training.error.revokedBeforeResult", who, Formats.date(on),
					Formats.date(x.resultOn())), on));
		}
		if (blank(reason)) {
			e.add(new FieldError("reason", Messages.text("training.error.reasonRequired", who)));
		}
		else if (reason.strip().length() > 500) {
			e.add(new FieldError("reason",
					Messages.text("training.error.tooLong", who, CourseService.label("reason"), 500)));
		}
		if (!e.isEmpty()) {
			throw new ValidationException(e);
		}
		String user = currentUser.username();
		rows.insertRevocation(x, on, reason, user);
		if (x.qualificationId() != null) {
			people.deleteEntry(x.personId(), HistoryKind.QUALIFICATION, x.qualificationId(),
					Messages.text("training.revokedFact", x.courseName(), reason.strip()), scope);
		}
		rows.setResult(x.id(), null, null, null, user);
		audit.record(AuditAction.UPDATE, "training_enrolment", String.valueOf(x.id()), x.personId(), x,
				Map.of("revokedOn", on.toString(), "reason", reason.strip()));
	}

	private static void dateChecks(List<FieldError> e, String field, String who, LocalDate d, Course course) {
		if (d.isBefore(course.startsOn())) {
			e.add(new FieldError(field, Messages.text("training.error.dateBeforeStart", who, Formats.date(d),
					Formats.date(course.startsOn())), d));
		}
		if (d.isAfter(LocalDate.now())) {
			e.add(new FieldError(field, Messages.text("training.error.dateFuture", who, Formats.date(d)), d));
		}
	}

}

package vn.canbo.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.security.CurrentUser;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Courses: create, change, delete (without enrolments), read. Every error at once; the
 * level a course confers must be one its kind may confer (training_kind_level).
 */
@Component
class CourseService {

	private final TrainingRows rows;

	private final TrainingAccess access;

	private final Catalogs catalogs;

	private final AuditLog audit;

	private final CurrentUser currentUser;

	CourseService(TrainingRows rows, TrainingAccess access, Catalogs catalogs, AuditLog audit,
			CurrentUser currentUser) {
		this.rows = rows;
		this.access = access;
		this.catalogs = catalogs;
		this.audit = audit;
		this.currentUser = currentUser;
	}

	@Transactional
	Course create(CourseInput c, Scope scope) {
		check(c, null, scope);
		long id = rows.insertCourse(c, currentUser.username());
		Course saved = access.course(id, Scope.all());
		audit.record(AuditAction.CREATE, "training_course", String.valueOf(id), null, null, saved);
		return saved;
	}

	@Transactional
	Course update(long id, int version, CourseInput c, Scope scope) {
		Course before = access.course(id, scope);
		check(c, before, scope);
		if (rows.updateCourse(id, version, c, currentUser.username()) == 0) {
			throw new ConcurrentEditException(Messages.text("training.error.concurrent", before.name()));
		}
		if (!before.startsOn().equals(c.startsOn())) {
			rows.moveEnrolmentStarts(id, before.startsOn(), c.startsOn());
		}
		Course after = access.course(id, Scope.all());
		audit.record(AuditAction.UPDATE, "training_course", String.valueOf(id), null, before, after);
		return after;
	}

	@Transactional
	void delete(long id, Scope scope) {
		Course c = access.course(id, scope);
		if (c.enrolled() > 0) {
			throw new ValidationException("id", Messages.text("training.error.deleteEnrolled", c.name(), c.enrolled()));
		}
		rows.deleteCourse(id, currentUser.username());
		audit.record(AuditAction.DELETE, "training_course", String.valueOf(id), null, c, null);
	}

	@Transactional(readOnly = true)
	Course get(long id, Scope scope) {
		return access.course(id, scope);
	}

	@Transactional(readOnly = true)
	List<Course> list(CourseFilter f, Scope scope) {
		return rows.courses(f == null ? CourseFilter.none() : f)
			.stream()
			.filter(c -> access.unitInScope(c.unitId(), c.startsOn(), scope))
			.map(access::named)
			.toList();
	}

	@Transactional(readOnly = true)
	Optional<Course> byCode(String code, Scope scope) {
		return code == null ? Optional.empty()
				: rows.courseByCode(code.strip())
					.filter(c -> access.unitInScope(c.unitId(), c.startsOn(), scope))
					.map(access::named);
	}

	List<Courses.KindLevel> kindLevels() {
		return rows.kindLevels().stream().map(l -> {
			CourseKind k = CourseKind.valueOf(l.getKey());
			CatalogType cat = k.qualificationKind() == null ? null : k.qualificationKind().levelCatalog();
			String name = cat == null ? Messages.text("training.standard.group", l.getValue().substring(2))
					: catalogs.name(cat, l.getValue());
			return new Courses.KindLevel(k, l.getValue(), name);
		}).toList();
	}

	private void check(CourseInput c, Course existing, Scope scope) {
		List<FieldError> e = new ArrayList<>();
		String name = c.name() == null || c.name().isBlank() ? Messages.text("training.course.unnamed") : c.name();
		if (blank(c.code())) {
			e.add(new FieldError("code", Messages.text("training.error.codeRequired", name)));
		}
		else if (c.code().strip().length() > 40) {
			e.add(new FieldError("code", Messages.text("training.error.tooLong", name, label("code"), 40)));
		}
		else if (rows.codeTaken(c.code().strip(), existing == null ? null : existing.id())) {
			e.add(new FieldError("code", Messages.text("training.error.codeTaken", c.code().strip()), c.code()));
		}
		if (blank(c.name())) {
			e.add(new FieldError("name", Messages.text("training.error.nameRequired")));
		}
		length(e, "name", c.name(), 300, name);
		length(e, "organiser", c.organiser(), 300, name);
		length(e, "place", c.place(), 300, name);
		length(e, "funding", c.funding(), 300, name);
		if (c.kind() == null) {
			e.add(new FieldError("kind", Messages.text("training.error.kindRequired", name)));
		}
		else if (!blank(c.levelCode())) {
			Set<String> levels = rows.levels(c.kind());
			if (!levels.contains(c.levelCode().strip())) {
				e.add(new FieldError("levelCode",
						Messages.text("training.error.levelNotConferred", name, c.kind().label(), c.levelCode()),
						c.levelCode()));
			}
		}
		if (c.kind() == CourseKind.FOREIGN_LANGUAGE && !blank(c.levelCode())) {
			if (blank(c.languageCode())) {
				e.add(new FieldError("languageCode", Messages.text("training.error.languageRequired", name)));
			}
			else if (catalogs.find(CatalogType.FOREIGN_LANGUAGE, c.languageCode().strip()).isEmpty()) {
				e.add(new FieldError("languageCode",
						Messages.text("training.error.unknownCode", name, label("languageCode"), c.languageCode()),
						c.languageCode()));
			}
		}
		if (c.unitId() == null) {
			e.add(new FieldError("unitId", Messages.text("training.error.unitRequired", name)));
		}
		else if (!access.unitInScope(c.unitId(), c.startsOn(), scope)) {
			e.add(new FieldError("unitId", Messages.text("training.error.unitNotInScope", name), c.unitId()));
		}
		if (blank(c.organiser())) {
			e.add(new FieldError("organiser", Messages.text("training.error.organiserRequired", name)));
		}
		if (!blank(c.formCode()) && catalogs.find(CatalogType.TRAINING_FORM, c.formCode().strip()).isEmpty()) {
			e.add(new FieldError("formCode",
					Messages.text("training.error.unknownCode", name, label("formCode"), c.formCode()), c.formCode()));
		}
		if (c.startsOn() == null) {
			e.add(new FieldError("startsOn", Messages.text("training.error.startRequired", name)));
		}
		if (c.endsOn() == null) {
			e.add(new FieldError("endsOn", Messages.text("training.error.endRequired", name)));
		}
		else if (c.startsOn() != null && c.endsOn().isBefore(c.startsOn())) {
			e.add(new FieldError("endsOn", Messages.text("training.error.endBeforeStart", name,
					vn.canbo.shared.web.Formats.date(c.endsOn()), vn.canbo.shared.web.Formats.date(c.startsOn())),
					c.endsOn()));
		}
		if (existing != null && c.startsOn() != null && c.endsOn() != null) {
			// issue 16: a late joiner's own start must stay within the course
			for (LocalDate own : rows.ownStarts(existing.id(), existing.startsOn())) {
				if (own.isBefore(c.startsOn()) || own.isAfter(c.endsOn())) {
					e.add(new FieldError("startsOn", Messages.text("training.error.lateJoinerOutside", name,
							vn.canbo.shared.web.Formats.date(own)), own.toString()));
					break;
				}
			}
		}
		if (c.capacity() != null && c.capacity() <= 0) {
			e.add(new FieldError("capacity", Messages.text("training.error.capacityPositive", name), c.capacity()));
		}
		else if (c.capacity() != null && existing != null && c.capacity() < existing.enrolled()) {
			e.add(new FieldError("capacity",
					Messages.text("training.error.capacityBelowEnrolled", name, existing.enrolled()), c.capacity()));
		}
		if (!e.isEmpty()) {
			throw new ValidationException(e);
		}
	}

	private static void length(List<FieldError> e, String field, String value, int max, String name) {
		if (value != null && value.strip().length() > max) {
			e.add(new FieldError(field, Messages.text("training.error.tooLong", name, label(field), max)));
		}
	}

	static String label(String field) {
		return Messages.text("training.field." + field);
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	static LocalDate today() {
		return LocalDate.now();
	}

}

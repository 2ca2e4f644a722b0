package vn.canbo.training.web;

import java.text.ParseException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.web.DayFormatter;
import vn.canbo.training.Course;
import vn.canbo.training.CourseFilter;
import vn.canbo.training.CourseInput;
import vn.canbo.training.CourseKind;
import vn.canbo.training.CourseResult;
import vn.canbo.training.Courses;
import vn.canbo.training.ResultEntry;
import vn.canbo.training.Sending;

/**
 * Pages: /training (courses organised in the scope; filters kind, year, organiser), the
 * new-course form, a course's page (participants and results, the sending form with
 * person pickers, the results of many at once, revocation). Scope first: a course or an
 * enrolment outside it is 404. Errors are shown all at once, nothing stored.
 */
@Controller
@PreAuthorize("hasAuthority('PERSON_READ')")
class TrainingPages {

	static final int SEND_ROWS = 8;

	private final Courses courses;

	private final Catalogs catalogs;

	TrainingPages(Courses courses, Catalogs catalogs) {
		this.courses = courses;
		this.catalogs = catalogs;
	}

	@GetMapping("/training")
	String list(@RequestParam(required = false) CourseKind kind, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String organiser, Scope scope, Model model) {
		model.addAttribute("courses", courses.list(new CourseFilter(kind, year, organiser), scope));
		model.addAttribute("kinds", CourseKind.values());
		model.addAttribute("kind", kind);
		model.addAttribute("year", year);
		model.addAttribute("organiser", organiser);
		return "training/list";
	}

	@GetMapping("/training/new")
	@PreAuthorize("hasAuthority('PERSON_READ') and hasAuthority('PERSON_WRITE')")
	String newForm(Model model) {
		form(model, new CourseInput("", "", null, null, null, null, "", null, "TAP_TRUNG", null, null, null, null));
		return "training/new";
	}

	@PostMapping("/training")
	@PreAuthorize("hasAuthority('PERSON_READ') and hasAuthority('PERSON_WRITE')")
	String create(@ModelAttribute CourseInput c, Scope scope, Model model) {
		try {
			return "redirect:/training/" + courses.create(c, scope).id();
		}
		catch (ValidationException e) {
			form(model, c);
			model.addAttribute("errors", e.errors());
			return "training/new";
		}
	}

	@GetMapping("/training/{courseId}/edit")
	@PreAuthorize("hasAuthority('PERSON_READ') and hasAuthority('PERSON_WRITE')")
	String editForm(@PathVariable long courseId, Scope scope, Model model) {
		Course c = courses.get(courseId, scope);
		form(model, new CourseInput(c.code(), c.name(), c.kind(), c.levelCode(), c.languageCode(), c.unitId(),
				c.organiser(), c.place(), c.formCode(), c.startsOn(), c.endsOn(), c.funding(), c.capacity()));
		model.addAttribute("course", c);
		return "training/new";
	}

	@PostMapping("/training/{courseId}")
	@PreAuthorize("hasAuthority('PERSON_READ') and hasAuthority('PERSON_WRITE')")
	String update(@PathVariable long courseId, @RequestParam(required = false) Integer version,
			@ModelAttribute CourseInput c, Scope scope, Model model) {
		Course before = courses.get(courseId, scope);
		try {
			courses.update(courseId, version == null ? before.version() : version, c, scope);
			return "redirect:/training/" + courseId;
		}
		catch (ValidationException e) {
			form(model, c);
			model.addAttribute("course", before);
			model.addAttribute("errors", e.errors());
			return "training/new";
		}
	}

	@PostMapping("/training/{courseId}/delete")
	@PreAuthorize("hasAuthority('PERSON_READ') and hasAuthority('PERSON_WRITE')")
	String delete(@PathVariable long courseId, Scope scope, Model model) {
		return onCourse(courseId, scope, model, "redirect:/training", () -> courses.delete(courseId, scope));
	}

	/**
	 * Runs a change of a course and goes to {@code next}; a refusal shows the course's
	 * page with every error, nothing stored.
	 */
	private String onCourse(long courseId, Scope scope, Model model, String next, Runnable change) {
		try {
			change.run();
			return next;
		}
		catch (ValidationException e) {
			model.addAttribute("errors", e.errors());
			return course(courseId, scope, model);
		}
	}

	private void form(Model model, CourseInput c) {
		model.addAttribute("c", c);
		model.addAttribute("forms", catalogs.list(CatalogType.TRAINING_FORM, LocalDate.now()));
		model.addAttribute("kinds", CourseKind.values());
		model.addAttribute("levels", courses.kindLevels());
	}

	@GetMapping("/training/{courseId}")
	String course(@PathVariable long courseId, Scope scope, Model model) {
		Course c = courses.get(courseId, scope);
		model.addAttribute("course", c);
		model.addAttribute("enrolments", courses.enrolments(courseId, scope));
		model.addAttribute("results", CourseResult.values());
		model.addAttribute("sendRows", java.util.stream.IntStream.range(0, SEND_ROWS).boxed().toList());
		return "training/course";
	}

	@PostMapping("/training/{courseId}/sendings")
	@PreAuthorize("hasAuthority('PERSON_READ') and hasAuthority('PERSON_WRITE')")
	String send(@PathVariable long courseId, @RequestParam(required = false) String number,
			@RequestParam(required = false) LocalDate decidedOn, @RequestParam(required = false) String issuer,
			@RequestParam(required = false) LocalDate startsOn, @RequestParam MultiValueMap<String, String> form,
			Scope scope, Model model) {
		courses.get(courseId, scope);
		List<Long> persons = new ArrayList<>();
		for (int i = 0; i < SEND_ROWS; i++) {
			String v = form.getFirst("personIds[" + i + "]");
			if (v != null && !v.isBlank()) {
				persons.add(Long.valueOf(v.strip()));
			}
		}
		return onCourse(courseId, scope, model, "redirect:/training/" + courseId,
				() -> courses.send(new Sending(number, decidedOn, issuer, courseId, persons, startsOn), scope));
	}

	@PostMapping("/training/{courseId}/results")
	@PreAuthorize("hasAuthority('PERSON_READ') and hasAuthority('PERSON_WRITE')")
	String results(@PathVariable long courseId, @RequestParam MultiValueMap<String, String> form, Scope scope,
			Model model) {
		courses.get(courseId, scope);
		List<String> ids = form.getOrDefault("enrolmentId", List.of());
		List<ResultEntry> entries = new ArrayList<>();
		List<FieldError> errors = new ArrayList<>();
		for (String id : ids) {
			String result = form.getFirst("result-" + id);
			if (result == null || result.isBlank()) {
				continue;
			}
			entries.add(new ResultEntry(Long.valueOf(id), CourseResult.valueOf(result),
					day(form.getFirst("resultOn-" + id), "resultOn", errors), form.getFirst("certificateNumber-" + id),
					day(form.getFirst("certificateDate-" + id), "certificateDate", errors),
					form.getFirst("grade-" + id), null));
		}
		return onCourse(courseId, scope, model, "redirect:/training/" + courseId, () -> {
			if (!errors.isEmpty()) {
				throw new ValidationException(errors);
			}
			courses.record(courseId, entries, scope);
		});
	}

	@PostMapping("/training/{courseId}/enrolments/{enrolmentId}/revoke")
	@PreAuthorize("hasAuthority('PERSON_READ') and hasAuthority('PERSON_WRITE')")
	String revoke(@PathVariable long courseId, @PathVariable long enrolmentId,
			@RequestParam(required = false) LocalDate revokedOn, @RequestParam(required = false) String reason,
			Scope scope, Model model) {
		courses.get(courseId, scope);
		return onCourse(courseId, scope, model, "redirect:/training/" + courseId,
				() -> courses.revoke(enrolmentId, revokedOn, reason, scope));
	}

	private static LocalDate day(String text, String field, List<FieldError> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return DayFormatter.day(text.strip());
		}
		catch (ParseException e) {
			errors.add(new FieldError(field, Messages.text("training.error.badDate", text.strip()), text));
			return null;
		}
	}

}

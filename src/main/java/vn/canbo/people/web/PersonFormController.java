package vn.canbo.people.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.canbo.people.NewPerson;
import vn.canbo.people.PersonCategory;
import vn.canbo.people.PersonData;
import vn.canbo.people.PersonService;
import vn.canbo.people.PersonView;
import vn.canbo.people.Position;
import vn.canbo.security.CurrentUser;
import vn.canbo.security.Permission;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Lập hồ sơ mới (/persons/new) and sửa hồ sơ (/persons/{id}/edit). Errors are shown next
 * to their fields and the user's input is kept; a stale version is refused with a clear
 * message, never saved over the other change.
 */
@Controller
@PreAuthorize("hasAuthority('PERSON_WRITE')")
class PersonFormController {

	static final String LABELS = "people.f.";

	private final PersonService people;

	private final FormSupport support;

	private final CurrentUser currentUser;

	PersonFormController(PersonService people, FormSupport support, CurrentUser currentUser) {
		this.people = people;
		this.support = support;
		this.currentUser = currentUser;
	}

	// ---- create ----

	@GetMapping("/persons/new")
	String newForm(Scope scope, Model model) {
		Map<String, String> form = new HashMap<>();
		form.put("category", PersonCategory.CIVIL_SERVANT.name());
		form.put("mainPosition.validFrom", FormBinder.format(LocalDate.now()));
		return createPage(model, form, List.of(), scope);
	}

	private String createPage(Model model, Map<String, String> form, List<FieldError> errors, Scope scope) {
		return page(model, DossierForm.CREATE, form, errors, scope, true);
	}

	/** The form page (create or edit) with these groups of inputs. */
	private String page(Model model, List<Field.Group> groups, Map<String, String> form, List<FieldError> errors,
			Scope scope, boolean creating) {
		List<Field> fields = DossierForm.all(groups);
		support.form(model, fields, LABELS, form, errors, LocalDate.now(), scope);
		model.addAttribute("groups", groups);
		model.addAttribute("general", FormSupport.unplaced(errors, fields));
		model.addAttribute("creating", creating);
		return "people/form";
	}

	@PostMapping("/persons/new")
	String create(@RequestParam Map<String, String> form, Scope scope, Model model) {
		List<FieldError> errors = new ArrayList<>();
		PersonData data = FormBinder.bind(PersonData.class, form, "", support.labels(LABELS), errors);
		Position position = FormBinder.bind(Position.class, form, "mainPosition.", support.labels(LABELS), errors);
		if (position != null && position.unitId() == null) {
			errors.add(new FieldError("mainPosition.unitId", Messages.text("people.form.unitRequired")));
		}
		NewPerson n = new NewPerson(data, position);
		if (!errors.isEmpty()) { // the rules too, so that every problem shows at once
			errors = Warnings.merge(errors, people.createProblems(n, scope));
		}
		List<FieldError> warnings = Warnings.of(data, null);
		if (!errors.isEmpty() || !Warnings.confirmed(form, warnings)) {
			Warnings.show(model, warnings);
			return createPage(model, form, errors, scope);
		}
		try {
			PersonView v = people.create(n, scope);
			return "redirect:/persons/" + v.id();
		}
		catch (ValidationException e) {
			Warnings.show(model, warnings);
			return createPage(model, form, e.errors(), scope);
		}
	}

	// ---- edit ----

	/**
	 * The fields this user may edit: without SENSITIVE_READ the sensitive ones are
	 * neither shown nor changed.
	 */
	private List<Field.Group> editable() {
		if (currentUser.can(Permission.SENSITIVE_READ)) {
			return DossierForm.EDIT;
		}
		return DossierForm.EDIT.stream()
			.map(g -> new Field.Group(g.title(), g.fields().stream().filter(f -> !f.sensitive()).toList()))
			.filter(g -> !g.fields().isEmpty())
			.toList();
	}

	@GetMapping("/persons/{id}/edit")
	String editForm(@PathVariable long id, Scope scope, Model model) {
		PersonView v = people.get(id, null, scope);
		Map<String, String> form = visibleOnly(FormBinder.toForm(v.data()));
		return editPage(model, v, form, String.valueOf(v.version()), List.of(), null, scope);
	}

	private Map<String, String> visibleOnly(Map<String, String> form) {
		Map<String, String> m = new HashMap<>();
		for (Field f : DossierForm.all(editable())) {
			if (form.get(f.name()) != null) {
				m.put(f.name(), form.get(f.name()));
			}
		}
		return m;
	}

	private String editPage(Model model, PersonView v, Map<String, String> form, String version,
			List<FieldError> errors, String conflict, Scope scope) {
		model.addAttribute("person", v);
		model.addAttribute("version", version);
		model.addAttribute("conflict", conflict);
		return page(model, editable(), form, errors, scope, false);
	}

	@PostMapping("/persons/{id}/edit")
	String update(@PathVariable long id, @RequestParam Map<String, String> submitted, Scope scope, Model model,
			RedirectAttributes ra) {
		PersonView stored = people.get(id, null, scope);
		String version = submitted.get("version");
		// start from the stored dossier and apply only the fields this user may edit
		Map<String, String> merged = FormBinder.toForm(stored.data());
		Map<String, String> shown = new HashMap<>();
		for (Field f : DossierForm.all(editable())) {
			String value = submitted.get(f.name());
			merged.put(f.name(), value);
			if (value != null) {
				shown.put(f.name(), value);
			}
		}
		List<FieldError> errors = new ArrayList<>();
		PersonData data = FormBinder.bind(PersonData.class, merged, "", support.labels(LABELS), errors);
		int expected;
		try {
			expected = Integer.parseInt(version);
		}
		catch (RuntimeException e) {
			errors.add(new FieldError("version", Messages.text("people.form.versionMissing")));
			expected = -1;
		}
		if (!errors.isEmpty()) { // the rules too, so that every problem shows at once
			errors = Warnings.merge(errors, people.updateProblems(id, data, scope));
		}
		// only what this change brings: a warning the stored dossier had is not asked
		// again
		List<FieldError> warnings = Warnings.of(data, stored.data());
		if (!errors.isEmpty() || !Warnings.confirmed(submitted, warnings)) {
			Warnings.show(model, warnings);
			return editPage(model, stored, shown, version, errors, null, scope);
		}
		try {
			people.update(id, expected, data, scope);
		}
		catch (ValidationException e) {
			Warnings.show(model, warnings);
			return editPage(model, stored, shown, version, e.errors(), null, scope);
		}
		catch (ConcurrentEditException e) {
			return editPage(model, stored, shown, version, List.of(), e.getMessage(), scope);
		}
		ra.addFlashAttribute("ok", "people.ok.saved");
		return "redirect:/persons/" + id;
	}

}

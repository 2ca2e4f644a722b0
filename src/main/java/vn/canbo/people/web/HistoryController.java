package vn.canbo.people.web;

import jakarta.servlet.http.HttpServletResponse;
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
import vn.canbo.people.HistoryKind;
import vn.canbo.people.PersonService;
import vn.canbo.people.PersonView;
import vn.canbo.security.CurrentUser;
import vn.canbo.security.Permission;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * htmx endpoints of the dossier's histories: /persons/{id}/h/{kind}… — the form to add or
 * correct an entry, end an effective-dated entry, delete an entry with a reason (soft
 * delete). A success answers the refreshed table; an error answers the form again
 * (retargeted into the form slot) with the messages next to the fields.
 */
@Controller
@PreAuthorize("hasAuthority('PERSON_WRITE')")
class HistoryController {

	private final PersonService people;

	private final DossierTables tables;

	private final FormSupport support;

	private final CurrentUser currentUser;

	HistoryController(PersonService people, DossierTables tables, FormSupport support, CurrentUser currentUser) {
		this.people = people;
		this.tables = tables;
		this.support = support;
		this.currentUser = currentUser;
	}

	private HistoryKinds kind(String segment) {
		HistoryKinds k = HistoryKinds.of(segment);
		if (k.kind.sensitive() && !currentUser.can(Permission.SENSITIVE_READ)) {
			// a kind sensitive as a whole (item 29) does not exist for this user
			throw new NotFoundException(Messages.text("people.history.noSection", segment));
		}
		return k;
	}

	private List<Field> fields(HistoryKinds k) {
		boolean sensitive = currentUser.can(Permission.SENSITIVE_READ);
		return k.fields.stream().filter(f -> sensitive || !f.sensitive()).toList();
	}

	private static LocalDate day(String asOf) {
		return asOf == null ? LocalDate.now() : FormBinder.date(asOf).orElse(LocalDate.now());
	}

	@GetMapping("/persons/{id}/h/{segment}/new")
	String newForm(@PathVariable long id, @PathVariable String segment, @RequestParam(required = false) String asOf,
			Scope scope, Model model) {
		HistoryKinds k = kind(segment);
		people.get(id, null, scope);
		return form(model, id, k, null, new HashMap<>(), List.of(), asOf, scope);
	}

	@GetMapping("/persons/{id}/h/{segment}/{entryId}/edit")
	String editForm(@PathVariable long id, @PathVariable String segment, @PathVariable long entryId,
			@RequestParam(required = false) String asOf, Scope scope, Model model) {
		HistoryKinds k = kind(segment);
		Record entry = entry(people.get(id, null, scope), k, entryId);
		return form(model, id, k, entryId, FormBinder.toForm(entry), List.of(), asOf, scope);
	}

	private String form(Model model, long id, HistoryKinds k, Long entryId, Map<String, String> values,
			List<FieldError> errors, String asOf, Scope scope) {
		List<Field> fields = fields(k);
		support.form(model, fields, k.labelPrefix(), values, errors, LocalDate.now(), scope);
		about(model, k, id, entryId, asOf).addAttribute("fields", fields)
			.addAttribute("general", FormSupport.unplaced(errors, fields));
		return "people/history :: entryForm";
	}

	/** What every answer of an entry names: its kind, person, entry and date of view. */
	private static Model about(Model model, HistoryKinds k, long id, Long entryId, String asOf) {
		return model.addAttribute("k", k)
			.addAttribute("personId", id)
			.addAttribute("entryId", entryId)
			.addAttribute("asOf", asOf);
	}

	private String table(Model model, long id, HistoryKinds k, String asOf, Scope scope) {
		PersonView v = DossierController.visible(people.get(id, day(asOf), scope), currentUser);
		model.addAttribute("tb", tables.table(k.tableId, v));
		model.addAttribute("personId", id);
		model.addAttribute("asOf", asOf);
		model.addAttribute("canWrite", true);
		model.addAttribute("canSee", currentUser.can(Permission.SENSITIVE_READ));
		return "people/history :: table";
	}

	/** On error: the answer replaces the form slot, not the table. */
	private static void retarget(HttpServletResponse response, HistoryKinds k) {
		response.setHeader("HX-Retarget", "#form-" + k.tableId);
		response.setHeader("HX-Reswap", "innerHTML");
	}

	@PostMapping("/persons/{id}/h/{segment}")
	String add(@PathVariable long id, @PathVariable String segment, @RequestParam Map<String, String> form, Scope scope,
			Model model, HttpServletResponse response) {
		return save(id, segment, null, form, scope, model, response);
	}

	@PostMapping("/persons/{id}/h/{segment}/{entryId}")
	String correct(@PathVariable long id, @PathVariable String segment, @PathVariable long entryId,
			@RequestParam Map<String, String> form, Scope scope, Model model, HttpServletResponse response) {
		return save(id, segment, entryId, form, scope, model, response);
	}

	private String save(long id, String segment, Long entryId, Map<String, String> submitted, Scope scope, Model model,
			HttpServletResponse response) {
		HistoryKinds k = kind(segment);
		String asOf = submitted.get("asOf");
		Map<String, String> values = new HashMap<>();
		Map<String, String> shown = new HashMap<>();
		if (entryId != null) {
			// a correction keeps what this user cannot see (e.g. a relative's political
			// history without SENSITIVE_READ)
			values.putAll(FormBinder.toForm(entry(people.get(id, null, scope), k, entryId)));
		}
		for (Field f : fields(k)) {
			values.put(f.name(), submitted.get(f.name()));
			if (submitted.get(f.name()) != null) {
				shown.put(f.name(), submitted.get(f.name()));
			}
		}
		values.remove("id");
		List<FieldError> errors = new ArrayList<>();
		Record r = FormBinder.bind(k.kind.type(), values, "", support.labels(k.labelPrefix()), errors);
		if (!errors.isEmpty()) { // the rules too, so that every problem shows at once
			errors = Warnings.merge(errors, problems(id, k.kind, entryId, r, scope));
		}
		else {
			try {
				store(id, k.kind, entryId, r, scope);
				return table(model, id, k, asOf, scope);
			}
			catch (ValidationException e) {
				errors.addAll(e.errors());
			}
		}
		retarget(response, k);
		return form(model, id, k, entryId, shown, errors, asOf, scope);
	}

	private <T extends Record> List<FieldError> problems(long id, HistoryKind<T> kind, Long entryId, Record r,
			Scope scope) {
		return people.historyProblems(id, kind, entryId, kind.type().cast(r), scope);
	}

	private <T extends Record> void store(long id, HistoryKind<T> kind, Long entryId, Record r, Scope scope) {
		T entry = kind.type().cast(r);
		if (entryId == null) {
			people.add(id, kind, entry, scope);
		}
		else {
			people.correct(id, kind, entryId, entry, scope);
		}
	}

	/** The small form to end or delete an entry. */
	@GetMapping("/persons/{id}/h/{segment}/{entryId}/{action:end|delete}")
	String actionForm(@PathVariable long id, @PathVariable String segment, @PathVariable long entryId,
			@PathVariable String action, @RequestParam(required = false) String asOf, Scope scope, Model model) {
		HistoryKinds k = kind(segment);
		entry(people.get(id, null, scope), k, entryId);
		return actionPage(model, id, k, entryId, action, asOf, null, null);
	}

	private String actionPage(Model model, long id, HistoryKinds k, long entryId, String action, String asOf,
			String value, String error) {
		about(model, k, id, entryId, asOf).addAttribute("action", action)
			.addAttribute("value", value)
			.addAttribute("error", error);
		return "people/history :: actionForm";
	}

	@PostMapping("/persons/{id}/h/{segment}/{entryId}/end")
	String end(@PathVariable long id, @PathVariable String segment, @PathVariable long entryId,
			@RequestParam(required = false) String date, @RequestParam(required = false) String asOf, Scope scope,
			Model model, HttpServletResponse response) {
		HistoryKinds k = kind(segment);
		String error;
		LocalDate end = date == null ? null : FormBinder.date(date).orElse(null);
		if (end == null) {
			error = date == null || date.isBlank() ? Messages.text("people.history.endRequired")
					: Messages.text("people.history.endUnreadable", date);
		}
		else {
			try {
				people.endEntry(id, k.kind, entryId, end, scope);
				return table(model, id, k, asOf, scope);
			}
			catch (ValidationException e) {
				error = e.errors().get(0).message();
			}
		}
		retarget(response, k);
		return actionPage(model, id, k, entryId, "end", asOf, date, error);
	}

	@PostMapping("/persons/{id}/h/{segment}/{entryId}/delete")
	String delete(@PathVariable long id, @PathVariable String segment, @PathVariable long entryId,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String asOf, Scope scope,
			Model model, HttpServletResponse response) {
		HistoryKinds k = kind(segment);
		if (reason == null || reason.isBlank()) {
			retarget(response, k);
			return actionPage(model, id, k, entryId, "delete", asOf, reason,
					Messages.text("people.history.reasonRequired"));
		}
		people.deleteEntry(id, k.kind, entryId, reason, scope);
		return table(model, id, k, asOf, scope);
	}

	/** The stored entry of a kind by id (unmasked: the service's view). */
	static Record entry(PersonView v, HistoryKinds k, long entryId) {
		return k.kind.entries(v)
			.stream()
			.filter(r -> Long.valueOf(entryId).equals(k.kind.id(r)))
			.findFirst()
			.orElseThrow(
					() -> new NotFoundException(Messages.text("people.history.entryMissing", String.valueOf(entryId))));
	}

}

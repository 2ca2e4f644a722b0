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
import vn.canbo.people.Award;
import vn.canbo.people.Discipline;
import vn.canbo.people.FamilyMember;
import vn.canbo.people.HistoryNote;
import vn.canbo.people.MassOrgMembership;
import vn.canbo.people.PersonService;
import vn.canbo.people.PersonView;
import vn.canbo.people.Position;
import vn.canbo.people.Qualification;
import vn.canbo.people.Salary;
import vn.canbo.people.Training;
import vn.canbo.people.WorkHistory;
import vn.canbo.security.CurrentUser;
import vn.canbo.security.Permission;
import vn.canbo.shared.FieldError;
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
		if (k == HistoryKinds.HISTORY_NOTES && !currentUser.can(Permission.SENSITIVE_READ)) {
			throw new NotFoundException("Không có mục " + segment); // item 29 is
																	// sensitive as a
																	// whole
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
		model.addAttribute("fields", fields);
		model.addAttribute("general", FormSupport.unplaced(errors, fields));
		model.addAttribute("k", k);
		model.addAttribute("personId", id);
		model.addAttribute("entryId", entryId);
		model.addAttribute("asOf", asOf);
		return "people/history :: entryForm";
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
		Record r = FormBinder.bind(k.type, values, "", support.labels(k.labelPrefix()), errors);
		if (errors.isEmpty()) {
			try {
				apply(id, k, entryId, r, scope);
				return table(model, id, k, asOf, scope);
			}
			catch (ValidationException e) {
				errors.addAll(e.errors());
			}
		}
		retarget(response, k);
		return form(model, id, k, entryId, shown, errors, asOf, scope);
	}

	private void apply(long id, HistoryKinds k, Long entryId, Record r, Scope scope) {
		boolean add = entryId == null;
		switch (k) {
			case POSITIONS -> {
				if (add)
					people.addPosition(id, (Position) r, scope);
				else
					people.correctPosition(id, entryId, (Position) r, scope);
			}
			case WORK_HISTORY -> {
				if (add)
					people.addWorkHistory(id, (WorkHistory) r, scope);
				else
					people.correctWorkHistory(id, entryId, (WorkHistory) r, scope);
			}
			case SALARIES -> {
				if (add)
					people.addSalary(id, (Salary) r, scope);
				else
					people.correctSalary(id, entryId, (Salary) r, scope);
			}
			case QUALIFICATIONS -> {
				if (add)
					people.addQualification(id, (Qualification) r, scope);
				else
					people.correctQualification(id, entryId, (Qualification) r, scope);
			}
			case TRAININGS -> {
				if (add)
					people.addTraining(id, (Training) r, scope);
				else
					people.correctTraining(id, entryId, (Training) r, scope);
			}
			case AWARDS -> {
				if (add)
					people.addAward(id, (Award) r, scope);
				else
					people.correctAward(id, entryId, (Award) r, scope);
			}
			case DISCIPLINES -> {
				if (add)
					people.addDiscipline(id, (Discipline) r, scope);
				else
					people.correctDiscipline(id, entryId, (Discipline) r, scope);
			}
			case FAMILY -> {
				if (add)
					people.addFamilyMember(id, (FamilyMember) r, scope);
				else
					people.correctFamilyMember(id, entryId, (FamilyMember) r, scope);
			}
			case HISTORY_NOTES -> {
				if (add)
					people.addHistoryNote(id, (HistoryNote) r, scope);
				else
					people.correctHistoryNote(id, entryId, (HistoryNote) r, scope);
			}
			case MASS_ORGS -> {
				if (add)
					people.addMassOrg(id, (MassOrgMembership) r, scope);
				else
					people.correctMassOrg(id, entryId, (MassOrgMembership) r, scope);
			}
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
		model.addAttribute("k", k);
		model.addAttribute("personId", id);
		model.addAttribute("entryId", entryId);
		model.addAttribute("action", action);
		model.addAttribute("asOf", asOf);
		model.addAttribute("value", value);
		model.addAttribute("error", error);
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
			error = date == null || date.isBlank() ? "Ngày kết thúc là bắt buộc"
					: "Ngày kết thúc: không đọc được ngày \"" + date + "\" — nhập dd/MM/yyyy";
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
			return actionPage(model, id, k, entryId, "delete", asOf, reason, "Lý do xóa là bắt buộc");
		}
		people.deleteEntry(id, k.kind, entryId, reason, scope);
		return table(model, id, k, asOf, scope);
	}

	/** The stored entry of a kind by id (unmasked: the service's view). */
	static Record entry(PersonView v, HistoryKinds k, long entryId) {
		List<? extends Record> list = switch (k) {
			case POSITIONS -> v.positions();
			case WORK_HISTORY -> v.workHistory();
			case SALARIES -> v.salaries();
			case QUALIFICATIONS -> v.qualifications();
			case TRAININGS -> v.trainings();
			case AWARDS -> v.awards();
			case DISCIPLINES -> v.disciplines();
			case FAMILY -> v.family();
			case HISTORY_NOTES -> v.historyNotes();
			case MASS_ORGS -> v.massOrgs();
		};
		for (Record r : list) {
			Object rid = FormBinder.toForm(r).get("id");
			if (String.valueOf(entryId).equals(rid)) {
				return r;
			}
		}
		throw new NotFoundException("Không tìm thấy mục " + entryId);
	}

}

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
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.people.Discipline;
import vn.canbo.people.PersonService;
import vn.canbo.people.PersonView;
import vn.canbo.security.CurrentUser;
import vn.canbo.security.Permission;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Hủy bỏ quyết định kỷ luật from the dossier's discipline table (issue 15; the API is
 * {@code POST /api/v1/persons/{id}/disciplines/{entryId}/revocation}): the form (decision
 * number, date, issuer, reason) and its submission through
 * {@link PersonService#revokeDiscipline} (scope first: outside = 404; audited; nothing
 * stored on error). A success answers the refreshed table; an error answers the form
 * again, retargeted into the form slot, every error under its field.
 */
@Controller
@PreAuthorize("hasAuthority('PERSON_WRITE')")
class RevocationController {

	private static final List<String> FIELDS = List.of("decisionNumber", "revokedOn", "issuer", "reason");

	private final PersonService people;

	private final DossierTables tables;

	private final Catalogs catalogs;

	private final CurrentUser currentUser;

	RevocationController(PersonService people, DossierTables tables, Catalogs catalogs, CurrentUser currentUser) {
		this.people = people;
		this.tables = tables;
		this.catalogs = catalogs;
		this.currentUser = currentUser;
	}

	@GetMapping("/persons/{id}/h/disciplines/{entryId}/revocation")
	String form(@PathVariable long id, @PathVariable long entryId, @RequestParam(required = false) String asOf,
			Scope scope, Model model) {
		return form(model, people.get(id, null, scope), id, entryId, asOf, Map.of(), List.of());
	}

	@PostMapping("/persons/{id}/h/disciplines/{entryId}/revocation")
	String revoke(@PathVariable long id, @PathVariable long entryId, @RequestParam Map<String, String> form,
			Scope scope, Model model, HttpServletResponse response) {
		PersonView v = people.get(id, null, scope); // scope first
		discipline(v, entryId);
		String typed = blank(form.get("revokedOn"));
		List<FieldError> errors = new ArrayList<>();
		LocalDate on = typed == null ? null : FormBinder.date(typed).orElse(null);
		if (typed != null && on == null) {
			errors.add(new FieldError("revokedOn",
					Messages.text("people.revocationPage.badDate", v.person().data().fullName(), typed)));
		}
		try {
			people.revokeDiscipline(id, entryId, new Discipline.Revocation(blank(form.get("decisionNumber")), on,
					blank(form.get("issuer")), blank(form.get("reason"))), scope);
			if (errors.isEmpty()) {
				return table(model, id, form.get("asOf"), scope);
			}
		}
		catch (ValidationException e) {
			// an unreadable date was sent as missing: its own message only
			boolean unreadable = !errors.isEmpty();
			e.errors().stream().filter(x -> !unreadable || !"revokedOn".equals(x.field())).forEach(errors::add);
		}
		response.setHeader("HX-Retarget", "#form-t22");
		response.setHeader("HX-Reswap", "innerHTML");
		return form(model, v, id, entryId, form.get("asOf"), form, errors);
	}

	private String form(Model model, PersonView v, long id, long entryId, String asOf, Map<String, String> values,
			List<FieldError> errors) {
		Discipline d = discipline(v, entryId);
		Map<String, String> byField = new HashMap<>();
		List<FieldError> general = new ArrayList<>();
		for (FieldError e : errors) {
			if (FIELDS.contains(e.field())) {
				byField.merge(e.field(), e.message(), (a, b) -> a + " " + b);
			}
			else {
				general.add(e);
			}
		}
		model.addAttribute("personId", id)
			.addAttribute("entryId", entryId)
			.addAttribute("asOf", asOf)
			.addAttribute("values", values)
			.addAttribute("errors", byField)
			.addAttribute("general", general)
			.addAttribute("discipline",
					String
						.join(" ", catalogs.name(CatalogType.DISCIPLINE_FORM, d.formCode()),
								d.decisionNumber() == null ? "" : d.decisionNumber(), DossierTables.d(d.decidedOn()))
						.strip());
		return "people/revocation :: revocationForm";
	}

	private String table(Model model, long id, String asOf, Scope scope) {
		LocalDate day = asOf == null ? LocalDate.now() : FormBinder.date(asOf).orElse(LocalDate.now());
		PersonView v = DossierController.visible(people.get(id, day, scope), currentUser);
		model.addAttribute("tb", tables.table("t22", v))
			.addAttribute("personId", id)
			.addAttribute("asOf", asOf)
			.addAttribute("canWrite", true)
			.addAttribute("canSee", currentUser.can(Permission.SENSITIVE_READ));
		return "people/history :: table";
	}

	private static Discipline discipline(PersonView v, long entryId) {
		return (Discipline) HistoryController.entry(v, HistoryKinds.DISCIPLINES, entryId);
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}

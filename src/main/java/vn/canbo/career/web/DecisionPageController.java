package vn.canbo.career.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.canbo.shared.web.FieldMessages;
import vn.canbo.career.Decision;
import vn.canbo.career.DecisionService;
import vn.canbo.career.DecisionSubject;
import vn.canbo.career.DecisionType;
import vn.canbo.rules.RuleResult;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Pages of decisions: list, draft form (type-driven, several persons), view with check,
 * issue, revoke and scan; the pages' models are {@link DecisionFormModel} and
 * {@link DecisionViewModel}.
 */
@Controller
class DecisionPageController {

	private final DecisionService decisions;

	private final DecisionFormModel formModel;

	private final DecisionViewModel viewModel;

	DecisionPageController(DecisionService decisions, DecisionFormModel formModel, DecisionViewModel viewModel) {
		this.decisions = decisions;
		this.formModel = formModel;
		this.viewModel = viewModel;
	}

	private String form(DecisionForm f, Map<String, String> errors, Scope scope, Model model) {
		return formModel.form(f, errors, scope, model);
	}

	private String view(Decision d, Map<String, String> errors, List<RuleResult> checks, Scope scope, Model model) {
		return viewModel.view(d, errors, checks, scope, model);
	}

	@GetMapping("/career/decisions")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	String list(DecisionListQuery query, @RequestParam(defaultValue = "0") int page, Scope scope, Model model) {
		return viewModel.list(query, page, scope, model);
	}

	@GetMapping("/career/persons/{personId}/decisions")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	String personTab(@PathVariable long personId, Scope scope, Model model) {
		model.addAttribute("result", decisions.ofPerson(personId, scope, 0, 100));
		model.addAttribute("personId", personId);
		return "career/person-decisions :: tab";
	}

	// ---------------------------------------------------------------- form

	@GetMapping("/career/decisions/new")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	String newForm(@RequestParam(required = false) DecisionType type, @RequestParam(required = false) Long personId,
			@RequestParam(required = false) Long targetDecisionId, Scope scope, Model model) {
		DecisionForm f = new DecisionForm();
		f.setType(type == null ? DecisionType.TRANSFER : type);
		f.setEffectiveOn(LocalDate.now());
		f.setTargetDecisionId(targetDecisionId);
		DecisionForm.SubjectForm s = new DecisionForm.SubjectForm();
		s.setPersonId(personId);
		f.getSubjects().add(s);
		return form(f, Map.of(), scope, model);
	}

	@GetMapping("/career/decisions/{id}/edit")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	String edit(@PathVariable long id, Scope scope, Model model) {
		Decision d = decisions.get(id, scope);
		if (!d.draft()) {
			return "redirect:/career/decisions/" + id;
		}
		return form(DecisionForm.of(d), Map.of(), scope, model);
	}

	@PostMapping({ "/career/decisions", "/career/decisions/{id}" })
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	String save(@PathVariable(required = false) Long id, @ModelAttribute("form") DecisionForm form,
			BindingResult binding, @RequestParam(defaultValue = "save") String action, Scope scope, Model model) {
		form.setId(id);
		if ("addRow".equals(action)) {
			form.getSubjects().add(new DecisionForm.SubjectForm());
			return form(form, Map.of(), scope, model);
		}
		if ("refresh".equals(action) || action.startsWith("remove")) {
			if (action.startsWith("remove")) {
				int i = Integer.parseInt(action.substring("remove".length()));
				if (i >= 0 && i < form.getSubjects().size()) {
					form.getSubjects().remove(i);
				}
			}
			return form(form, Map.of(), scope, model);
		}
		Map<String, String> errors = bindingErrors(binding);
		if (!errors.isEmpty()) {
			return form(form, errors, scope, model);
		}
		try {
			Decision d = id == null ? decisions.create(form.toDraft(), scope)
					: decisions.update(id, form.getVersion() == null ? -1 : form.getVersion(), form.toDraft(), scope);
			return "redirect:/career/decisions/" + d.id();
		}
		catch (ValidationException e) {
			return form(form, errors(e), scope, model);
		}
		catch (ConcurrentEditException e) {
			return form(form, Map.of("version", e.getMessage()), scope, model);
		}
	}

	static Map<String, String> bindingErrors(BindingResult binding) {
		Map<String, String> out = new LinkedHashMap<>();
		binding.getFieldErrors()
			.forEach(e -> out.put(e.getField(),
					Messages.text("career.error.invalidValue", String.valueOf(e.getRejectedValue()))));
		return out;
	}

	static Map<String, String> errors(ValidationException e) {
		return FieldMessages.byField(e);
	}

	// ---------------------------------------------------------------- view and actions

	@GetMapping("/career/decisions/{id}")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	String view(@PathVariable long id, Scope scope, Model model) {
		return view(decisions.get(id, scope), Map.of(), null, scope, model);
	}

	@PostMapping("/career/decisions/{id}/check")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	String check(@PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx, Scope scope,
			Model model) {
		List<RuleResult> results = decisions.check(id, scope);
		Decision d = decisions.get(id, scope);
		view(d, Map.of(), results, scope, model);
		return htmx != null ? "career/decision :: checks" : "career/decision";
	}

	@PostMapping("/career/decisions/{id}/approve")
	@PreAuthorize("hasAuthority('DECISION_ISSUE')")
	String approve(@PathVariable long id, Scope scope, Model model, RedirectAttributes redirect) {
		try {
			decisions.approve(id, scope);
			redirect.addFlashAttribute("message", "approved");
			return "redirect:/career/decisions/" + id;
		}
		catch (ValidationException e) {
			return view(decisions.get(id, scope), errors(e), decisions.check(id, scope), scope, model);
		}
	}

	@PostMapping("/career/decisions/{id}/issue")
	@PreAuthorize("hasAuthority('DECISION_ISSUE')")
	String issue(@PathVariable long id, @RequestParam(required = false) String justification, Scope scope, Model model,
			RedirectAttributes redirect) {
		try {
			decisions.issue(id, justification, scope);
			redirect.addFlashAttribute("message", "issued");
			return "redirect:/career/decisions/" + id;
		}
		catch (ValidationException e) {
			Decision d = decisions.get(id, scope);
			List<RuleResult> results = d.draft() ? decisions.check(id, scope) : d.checks();
			return view(decisions.get(id, scope), errors(e), results, scope, model);
		}
	}

	@PostMapping("/career/decisions/{id}/revoke")
	@PreAuthorize("hasAuthority('DECISION_ISSUE')")
	String revoke(@PathVariable long id, @RequestParam(required = false) String number,
			@RequestParam(required = false) LocalDate signedOn, @RequestParam(required = false) String issuer,
			@RequestParam(required = false) String signer, @RequestParam(required = false) String note, Scope scope,
			Model model) {
		try {
			Decision r = decisions.revoke(id,
					new DecisionService.Revocation(number, signedOn, issuer, signer, null, note), scope);
			return "redirect:/career/decisions/" + r.id();
		}
		catch (ValidationException e) {
			Map<String, String> errs = new LinkedHashMap<>();
			errors(e).forEach((k, v) -> errs.put("revoke." + k, v));
			return view(decisions.get(id, scope), errs, null, scope, model);
		}
	}

	@PostMapping("/career/decisions/{id}/scan")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	String scan(@PathVariable long id, @RequestParam(value = "file", required = false) MultipartFile file, Scope scope,
			Model model) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw new ValidationException("scan", Messages.text("career.error.scanNotChosen"));
			}
			decisions.attachScan(id, file.getOriginalFilename(), file.getBytes(), scope);
			return "redirect:/career/decisions/" + id;
		}
		catch (ValidationException e) {
			return view(decisions.get(id, scope), errors(e), null, scope, model);
		}
	}

	@GetMapping("/career/decisions/{id}/scan")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	ResponseEntity<byte[]> download(@PathVariable long id, Scope scope) {
		return DecisionApiController.scan(id, decisions.scan(id, scope));
	}

	static boolean hasSubjects(List<DecisionSubject> s) {
		return !s.isEmpty();
	}

}

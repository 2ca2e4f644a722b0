package vn.canbo.party.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
import vn.canbo.party.Admissions;
import vn.canbo.party.Candidate;
import vn.canbo.party.DossierStep;
import vn.canbo.party.PlaceKind;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.party.web.PartyFormSupport.Field;
import vn.canbo.party.web.PartyFormSupport.Form;

/**
 * The page forms of the admission pipeline (issue 18, party1): register a candidate (quần
 * chúng ưu tú), the awareness class, a dossier step and the admission decision, doing
 * what the API does. Scope first (the candidate is read before anything: outside = 404);
 * a refused form is shown again with every error and nothing stored; a success goes to
 * the candidate's record (the services audit). The member forms are in
 * {@link PartyForms}.
 */
@Controller
@PreAuthorize("hasAuthority('PERSON_READ') and hasAuthority('PERSON_WRITE')")
class PartyCandidateForms {

	private final PartyFormSupport forms;

	private final Admissions admissions;

	PartyCandidateForms(PartyFormSupport forms, Admissions admissions) {
		this.forms = forms;
		this.admissions = admissions;
	}

	// --- candidates

	private Form register(Scope scope) {
		return new Form(Messages.text("party.form.register"), null, "/party/candidates/new", "/party/candidates",
				List.of(PartyFormSupport.select("orgId", "party.form.cell", forms.cells(scope)),
						PartyFormSupport.text("fullName", "party.field.fullName"),
						PartyFormSupport.select("gender", "party.field.gender",
								PartyFormSupport.keyed("party.gender.", List.of("MALE", "FEMALE"))),
						PartyFormSupport.date("birthDate", "party.field.birthDate"),
						PartyFormSupport.text("nationalId", "party.field.nationalId"),
						PartyFormSupport.select("ethnicityCode", "party.field.ethnicity",
								forms.catalog(CatalogType.ETHNICITY)),
						PartyFormSupport.select("religionCode", "party.field.religion",
								forms.catalog(CatalogType.RELIGION)),
						PartyFormSupport.select("generalEducationCode", "party.field.education",
								forms.catalog(CatalogType.GENERAL_EDUCATION)),
						PartyFormSupport.text("occupation", "party.field.occupation"),
						PartyFormSupport.text("residence", "party.field.residence"),
						PartyFormSupport.select("source", "party.form.source",
								PartyFormSupport.keyed("party.place.",
										Arrays.stream(PlaceKind.values()).map(Enum::name).toList())),
						PartyFormSupport.date("registeredOn", "party.form.registeredOn")),
				Messages.text("party.form.save"));
	}

	@GetMapping("/party/candidates/new")
	String registerForm(Scope scope, Model model) {
		return forms.page(model, register(scope), Map.of(), List.of());
	}

	@PostMapping("/party/candidates/new")
	String register(@RequestParam Map<String, String> f, Scope scope, Model model) {
		List<FieldError> typed = new ArrayList<>();
		Long org = PartyFormSupport.id(f, "orgId", typed);
		LocalDate birth = PartyFormSupport.date(f, "birthDate", typed);
		LocalDate registered = PartyFormSupport.date(f, "registeredOn", typed);
		PlaceKind source = Arrays.stream(PlaceKind.values())
			.filter(p -> p.name().equals(f.get("source")))
			.findFirst()
			.orElse(null);
		long[] id = new long[1];
		List<FieldError> errors = forms.run(typed, () -> id[0] = admissions.register(new Candidate.Input(org, null,
				PartyFormSupport.blank(f.get("nationalId")), f.get("fullName"), PartyFormSupport.blank(f.get("gender")),
				birth, PartyFormSupport.blank(f.get("ethnicityCode")), PartyFormSupport.blank(f.get("religionCode")),
				PartyFormSupport.blank(f.get("generalEducationCode")), f.get("occupation"), f.get("residence"), source,
				registered), scope)
			.id());
		return errors.isEmpty() ? "redirect:/party/candidates/" + id[0] : forms.page(model, register(scope), f, errors);
	}

	private Form candidateForm(Candidate c, String titleKey, String path, List<Field> fields) {
		return new Form(Messages.text(titleKey), c.fullName() + " — " + c.orgName(),
				"/party/candidates/" + c.id() + "/" + path, "/party/candidates/" + c.id(), fields,
				Messages.text("party.form.save"));
	}

	private Form classForm(Candidate c) {
		return candidateForm(c, "party.form.class", "class",
				List.of(PartyFormSupport.text("certificateNumber", "party.form.certificateNumber"),
						PartyFormSupport.date("completedOn", "party.form.completedOn"),
						PartyFormSupport.text("issuer", "party.form.classIssuer")));
	}

	@GetMapping("/party/candidates/{partyCandidateId}/class")
	String classForm(@PathVariable long partyCandidateId, Scope scope, Model model) {
		return forms.page(model, classForm(admissions.get(partyCandidateId, scope)), Map.of(), List.of());
	}

	@PostMapping("/party/candidates/{partyCandidateId}/class")
	String recordClass(@PathVariable long partyCandidateId, @RequestParam Map<String, String> f, Scope scope,
			Model model) {
		Candidate c = admissions.get(partyCandidateId, scope);
		List<FieldError> typed = new ArrayList<>();
		LocalDate on = PartyFormSupport.date(f, "completedOn", typed);
		List<FieldError> errors = forms.run(typed, () -> admissions.recordClass(partyCandidateId,
				new Candidate.ClassCertificate(f.get("certificateNumber"), on, f.get("issuer")), scope));
		return errors.isEmpty() ? "redirect:/party/candidates/" + partyCandidateId
				: forms.page(model, classForm(c), f, errors);
	}

	private Form stepForm(Candidate c) {
		List<String> missing = Arrays.stream(DossierStep.values())
			.filter(s -> !c.steps().containsKey(s))
			.map(Enum::name)
			.toList();
		return candidateForm(c, "party.form.step", "step",
				List.of(PartyFormSupport.select("step", "party.form.stepName",
						PartyFormSupport.keyed("party.step.", missing)),
						PartyFormSupport.date("doneOn", "party.form.doneOn"),
						PartyFormSupport.area("note", "party.form.note")));
	}

	@GetMapping("/party/candidates/{partyCandidateId}/step")
	String stepForm(@PathVariable long partyCandidateId, Scope scope, Model model) {
		return forms.page(model, stepForm(admissions.get(partyCandidateId, scope)), Map.of(), List.of());
	}

	@PostMapping("/party/candidates/{partyCandidateId}/step")
	String recordStep(@PathVariable long partyCandidateId, @RequestParam Map<String, String> f, Scope scope,
			Model model) {
		Candidate c = admissions.get(partyCandidateId, scope);
		List<FieldError> typed = new ArrayList<>();
		LocalDate on = PartyFormSupport.date(f, "doneOn", typed);
		DossierStep step = Arrays.stream(DossierStep.values())
			.filter(s -> s.name().equals(f.get("step")))
			.findFirst()
			.orElse(null);
		List<FieldError> errors = forms.run(typed,
				() -> admissions.recordStep(partyCandidateId, new Candidate.Step(step, on, f.get("note")), scope));
		return errors.isEmpty() ? "redirect:/party/candidates/" + partyCandidateId
				: forms.page(model, stepForm(c), f, errors);
	}

	private Form admissionForm(Candidate c) {
		return candidateForm(c, "party.form.admission", "admission",
				List.of(PartyFormSupport.text("decisionNumber", "party.form.decisionNumber"),
						PartyFormSupport.date("decidedOn", "party.form.decidedOn"),
						PartyFormSupport.text("issuer", "party.form.decisionIssuer"),
						PartyFormSupport.area("overAgeException", "party.form.overAgeException"),
						PartyFormSupport.area("educationException", "party.form.educationException")));
	}

	@GetMapping("/party/candidates/{partyCandidateId}/admission")
	String admissionForm(@PathVariable long partyCandidateId, Scope scope, Model model) {
		return forms.page(model, admissionForm(admissions.get(partyCandidateId, scope)), Map.of(), List.of());
	}

	@PostMapping("/party/candidates/{partyCandidateId}/admission")
	String admit(@PathVariable long partyCandidateId, @RequestParam Map<String, String> f, Scope scope, Model model) {
		Candidate c = admissions.get(partyCandidateId, scope);
		List<FieldError> typed = new ArrayList<>();
		LocalDate on = PartyFormSupport.date(f, "decidedOn", typed);
		long[] id = new long[1];
		List<FieldError> errors = forms.run(typed,
				() -> id[0] = admissions
					.admit(partyCandidateId,
							new Candidate.Decision(f.get("decisionNumber"), on, f.get("issuer"),
									f.get("overAgeException"), f.get("educationException")),
							scope)
					.id());
		return errors.isEmpty() ? "redirect:/party/members/" + id[0] : forms.page(model, admissionForm(c), f, errors);
	}

}

package vn.canbo.party.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
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
import vn.canbo.party.MemberEdits;
import vn.canbo.party.PartyMember;
import vn.canbo.party.PartyMembers;
import vn.canbo.party.PlaceKind;
import vn.canbo.party.Probations;
import vn.canbo.party.RecognitionVotes;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.web.Formats;
import vn.canbo.party.web.PartyFormSupport.Field;
import vn.canbo.party.web.PartyFormSupport.Form;

/**
 * The page forms of the admission pipeline and of the member record (issue 18, party1),
 * doing what the API does: register a candidate, the awareness class, a dossier step, the
 * admission decision, the ceremony (PM-01), a chi bộ vote (PM-05), the recognition
 * (PM-03/PM-04), a member recorded from papers and the correction of the Phiếu fields.
 * Scope first (the candidate or member is read before anything: outside = 404); a refused
 * form is shown again with every error and nothing stored; a success goes to the record
 * (the services audit).
 */
@Controller
@PreAuthorize("hasAuthority('PERSON_READ') and hasAuthority('PERSON_WRITE')")
class PartyForms {

	private final PartyFormSupport forms;

	private final Admissions admissions;

	private final Probations probations;

	private final PartyMembers members;

	private final MemberEdits edits;

	private final RecognitionVotes votes;

	PartyForms(PartyFormSupport forms, Admissions admissions, Probations probations, PartyMembers members,
			MemberEdits edits, RecognitionVotes votes) {
		this.forms = forms;
		this.admissions = admissions;
		this.probations = probations;
		this.members = members;
		this.edits = edits;
		this.votes = votes;
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

	// --- members

	private Form memberForm(PartyMember m, String titleKey, String path, List<Field> fields) {
		return new Form(Messages.text(titleKey), m.fullName() + " — " + m.currentOrgName(),
				"/party/members/" + m.id() + "/" + path, "/party/members/" + m.id(), fields,
				Messages.text("party.form.save"));
	}

	private Form ceremonyForm(PartyMember m) {
		return memberForm(m, "party.form.ceremony", "ceremony",
				List.of(PartyFormSupport.date("heldOn", "party.form.heldOn"),
						PartyFormSupport.area("lateConsent", "party.field.lateConsent")));
	}

	@GetMapping("/party/members/{partyMemberId}/ceremony")
	String ceremonyForm(@PathVariable long partyMemberId, Scope scope, Model model) {
		return forms.page(model, ceremonyForm(members.get(partyMemberId, scope, null)), Map.of(), List.of());
	}

	@PostMapping("/party/members/{partyMemberId}/ceremony")
	String ceremony(@PathVariable long partyMemberId, @RequestParam Map<String, String> f, Scope scope, Model model) {
		PartyMember m = members.get(partyMemberId, scope, null);
		List<FieldError> typed = new ArrayList<>();
		LocalDate on = PartyFormSupport.date(f, "heldOn", typed);
		List<FieldError> errors = forms.run(typed, () -> probations.ceremony(partyMemberId,
				new Candidate.Ceremony(on, PartyFormSupport.blank(f.get("lateConsent"))), scope));
		return errors.isEmpty() ? "redirect:/party/members/" + partyMemberId
				: forms.page(model, ceremonyForm(m), f, errors);
	}

	private Form recognitionForm(PartyMember m) {
		Form base = memberForm(m, "party.form.recognition", "recognition",
				List.of(PartyFormSupport.date("proposedOn", "party.form.proposedOn"),
						PartyFormSupport.text("decisionNumber", "party.form.decisionNumber"),
						PartyFormSupport.date("decidedOn", "party.form.decidedOn")));
		String lead = m.probationEndsOn() == null ? base.lead() : base.lead() + " — "
				+ Messages.text("party.field.probationEndsOn") + " " + Formats.date(m.probationEndsOn());
		return new Form(base.title(), lead, base.action(), base.back(), base.fields(), base.submit());
	}

	@GetMapping("/party/members/{partyMemberId}/recognition")
	String recognitionForm(@PathVariable long partyMemberId, Scope scope, Model model) {
		return forms.page(model, recognitionForm(members.get(partyMemberId, scope, null)), Map.of(), List.of());
	}

	@PostMapping("/party/members/{partyMemberId}/recognition")
	String recognise(@PathVariable long partyMemberId, @RequestParam Map<String, String> f, Scope scope, Model model) {
		PartyMember m = members.get(partyMemberId, scope, null);
		List<FieldError> typed = new ArrayList<>();
		LocalDate proposed = PartyFormSupport.date(f, "proposedOn", typed);
		LocalDate decided = PartyFormSupport.date(f, "decidedOn", typed);
		List<FieldError> errors = forms.run(typed, () -> probations.recognise(partyMemberId,
				new Candidate.Recognition(proposed, f.get("decisionNumber"), decided), scope));
		return errors.isEmpty() ? "redirect:/party/members/" + partyMemberId
				: forms.page(model, recognitionForm(m), f, errors);
	}

	private Form voteForm(PartyMember m) {
		return memberForm(m, "party.form.vote", "vote",
				List.of(PartyFormSupport.select("subject", "party.form.voteSubject",
						PartyFormSupport.keyed("party.voteSubject.", List.of("RECOGNITION", "REMOVAL"))),
						PartyFormSupport.date("heldOn", "party.form.voteHeldOn"),
						PartyFormSupport.number("eligible", "party.form.voteEligible"),
						PartyFormSupport.number("inFavour", "party.form.voteInFavour"),
						PartyFormSupport.hinted(PartyFormSupport.area("escalatedTo", "party.form.voteEscalatedTo"),
								"party.form.voteHint")));
	}

	@GetMapping("/party/members/{partyMemberId}/vote")
	String voteForm(@PathVariable long partyMemberId, Scope scope, Model model) {
		return forms.page(model, voteForm(members.get(partyMemberId, scope, null)), Map.of(), List.of());
	}

	@PostMapping("/party/members/{partyMemberId}/vote")
	String vote(@PathVariable long partyMemberId, @RequestParam Map<String, String> f, Scope scope, Model model) {
		PartyMember m = members.get(partyMemberId, scope, null);
		List<FieldError> typed = new ArrayList<>();
		LocalDate on = PartyFormSupport.date(f, "heldOn", typed);
		Integer eligible = PartyFormSupport.integer(f, "eligible", typed);
		Integer inFavour = PartyFormSupport.integer(f, "inFavour", typed);
		List<FieldError> errors = forms.run(typed, () -> votes.record(partyMemberId,
				new RecognitionVotes.Vote(f.get("subject"), on, eligible, inFavour, f.get("escalatedTo")), scope));
		return errors.isEmpty() ? "redirect:/party/members/" + partyMemberId
				: forms.page(model, voteForm(m), f, errors);
	}

	private List<Field> phieu() {
		return List.of(PartyFormSupport.text("fullName", "party.field.fullName"),
				PartyFormSupport.text("otherNames", "party.field.otherNames"),
				PartyFormSupport.select("gender", "party.field.gender",
						PartyFormSupport.keyed("party.gender.", List.of("MALE", "FEMALE"))),
				PartyFormSupport.date("birthDate", "party.field.birthDate"),
				PartyFormSupport.text("nationalId", "party.field.nationalId"),
				PartyFormSupport.text("birthPlace", "party.field.birthPlace"),
				PartyFormSupport.text("homeTown", "party.field.homeTown"),
				PartyFormSupport.text("residence", "party.field.residence"),
				PartyFormSupport.select("ethnicityCode", "party.field.ethnicity", forms.catalog(CatalogType.ETHNICITY)),
				PartyFormSupport.select("religionCode", "party.field.religion", forms.catalog(CatalogType.RELIGION)),
				PartyFormSupport.text("occupation", "party.field.occupation"),
				PartyFormSupport.select("generalEducationCode", "party.field.education",
						forms.catalog(CatalogType.GENERAL_EDUCATION)),
				PartyFormSupport.select("politicalTheoryCode", "party.field.theory",
						forms.catalog(CatalogType.POLITICAL_THEORY)));
	}

	private Form newMember(Scope scope) {
		List<Field> fields = new ArrayList<>(phieu());
		fields.add(0, PartyFormSupport.select("orgId", "party.form.cell", forms.cells(scope)));
		fields.addAll(List.of(PartyFormSupport.date("admissionDecidedOn", "party.field.admissionDecidedOn"),
				PartyFormSupport.date("joinedOn", "party.field.joinedOn"),
				PartyFormSupport.date("officialOn", "party.field.officialOn"),
				PartyFormSupport.text("cardNumber", "party.field.card"),
				PartyFormSupport.date("cardIssuedOn", "party.form.cardIssuedOn")));
		return new Form(Messages.text("party.form.newMember"), null, "/party/members/new", "/party/members", fields,
				Messages.text("party.form.save"));
	}

	@GetMapping("/party/members/new")
	String newMemberForm(Scope scope, Model model) {
		return forms.page(model, newMember(scope), Map.of(), List.of());
	}

	private static PartyMember.Input input(Map<String, String> f, Long org, LocalDate birth, LocalDate decided,
			LocalDate joined, LocalDate official, LocalDate cardOn) {
		return new PartyMember.Input(f.get("nationalId"), null, f.get("fullName"), f.get("otherNames"),
				PartyFormSupport.blank(f.get("gender")), birth, f.get("birthPlace"), f.get("homeTown"),
				f.get("residence"), f.get("ethnicityCode"), f.get("religionCode"), null, f.get("occupation"),
				f.get("generalEducationCode"), null, f.get("politicalTheoryCode"), org, decided, joined, official,
				PartyFormSupport.blank(f.get("cardNumber")), cardOn);
	}

	@PostMapping("/party/members/new")
	String newMember(@RequestParam Map<String, String> f, Scope scope, Model model) {
		List<FieldError> typed = new ArrayList<>();
		Long org = PartyFormSupport.id(f, "orgId", typed);
		PartyMember.Input in = input(f, org, PartyFormSupport.date(f, "birthDate", typed),
				PartyFormSupport.date(f, "admissionDecidedOn", typed), PartyFormSupport.date(f, "joinedOn", typed),
				PartyFormSupport.date(f, "officialOn", typed), PartyFormSupport.date(f, "cardIssuedOn", typed));
		long[] id = new long[1];
		List<FieldError> errors = forms.run(typed, () -> id[0] = members.create(in, scope).id());
		return errors.isEmpty() ? "redirect:/party/members/" + id[0] : forms.page(model, newMember(scope), f, errors);
	}

	private Form editForm(PartyMember m) {
		return memberForm(m, "party.form.edit", "edit", phieu());
	}

	@GetMapping("/party/members/{partyMemberId}/edit")
	String editForm(@PathVariable long partyMemberId, Scope scope, Model model) {
		PartyMember m = members.get(partyMemberId, scope, null);
		Map<String, String> v = new LinkedHashMap<>();
		v.put("fullName", m.fullName());
		v.put("otherNames", m.otherNames());
		v.put("gender", m.gender());
		v.put("birthDate", Formats.date(m.birthDate()));
		v.put("nationalId", m.nationalId());
		v.put("birthPlace", m.birthPlace());
		v.put("homeTown", m.homeTown());
		v.put("residence", m.residence());
		v.put("ethnicityCode", m.ethnicityCode());
		v.put("religionCode", m.religionCode());
		v.put("occupation", m.occupation());
		v.put("generalEducationCode", m.generalEducationCode());
		v.put("politicalTheoryCode", m.politicalTheoryCode());
		return forms.page(model, editForm(m), v, List.of());
	}

	@PostMapping("/party/members/{partyMemberId}/edit")
	String edit(@PathVariable long partyMemberId, @RequestParam Map<String, String> f, Scope scope, Model model) {
		PartyMember m = members.get(partyMemberId, scope, null);
		List<FieldError> typed = new ArrayList<>();
		PartyMember.Input in = input(f, null, PartyFormSupport.date(f, "birthDate", typed), null, null, null, null);
		List<FieldError> errors = forms.run(typed, () -> edits.update(partyMemberId, in, scope));
		return errors.isEmpty() ? "redirect:/party/members/" + partyMemberId
				: forms.page(model, editForm(m), f, errors);
	}

}

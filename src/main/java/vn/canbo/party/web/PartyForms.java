package vn.canbo.party.web;

import java.time.LocalDate;
import java.util.ArrayList;
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
import vn.canbo.party.Candidate;
import vn.canbo.party.MemberEdits;
import vn.canbo.party.PartyMember;
import vn.canbo.party.PartyMembers;
import vn.canbo.party.Probations;
import vn.canbo.party.RecognitionVotes;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.web.Formats;
import vn.canbo.party.web.PartyFormSupport.Field;
import vn.canbo.party.web.PartyFormSupport.Form;

/**
 * The page forms of the member record (issue 18, party1), doing what the API does: the
 * ceremony (PM-01), a chi bộ vote (PM-05), the recognition (PM-03/PM-04), a member
 * recorded from papers and the correction of the Phiếu fields. Scope first (the member is
 * read before anything: outside = 404); a refused form is shown again with every error
 * and nothing stored; a success goes to the record (the services audit). The candidates'
 * forms are in {@link PartyCandidateForms}.
 */
@Controller
@PreAuthorize("hasAuthority('PERSON_READ') and hasAuthority('PERSON_WRITE')")
class PartyForms {

	private final PartyFormSupport forms;

	private final Probations probations;

	private final PartyMembers members;

	private final MemberEdits edits;

	private final RecognitionVotes votes;

	PartyForms(PartyFormSupport forms, Probations probations, PartyMembers members, MemberEdits edits,
			RecognitionVotes votes) {
		this.forms = forms;
		this.probations = probations;
		this.members = members;
		this.edits = edits;
		this.votes = votes;
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

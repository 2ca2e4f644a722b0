package vn.canbo.party.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.canbo.party.Badges;
import vn.canbo.party.PartyMember;
import vn.canbo.party.PartyMembers;
import vn.canbo.party.PartyOrg;
import vn.canbo.party.PartyOrgs;
import vn.canbo.party.Removals;
import vn.canbo.party.Transfers;
import vn.canbo.party.web.PartyFormSupport.Field;
import vn.canbo.party.web.PartyFormSupport.Form;
import vn.canbo.rules.RuleParameters;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;

/**
 * The page forms of a member's life (issue 18, party1): the transfer's introduction
 * (sending chi bộ) and its presentation (receiving chi bộ, reached through the
 * organisation: {@code /party/orgs/{id}/arrivals}), a Party badge awarded, a removal or
 * expulsion proposed then decided, a re-admission. Scope first (404); a refused form is
 * shown again with every error and nothing stored.
 */
@Controller
@PreAuthorize("hasAuthority('PERSON_READ') and hasAuthority('PERSON_WRITE')")
class PartyLifeForms {

	private final PartyFormSupport forms;

	private final PartyMembers members;

	private final PartyOrgs orgs;

	private final Transfers transfers;

	private final Badges badges;

	private final Removals removals;

	private final RuleParameters params;

	PartyLifeForms(PartyFormSupport forms, PartyMembers members, PartyOrgs orgs, Transfers transfers, Badges badges,
			Removals removals, RuleParameters params) {
		this.forms = forms;
		this.members = members;
		this.orgs = orgs;
		this.transfers = transfers;
		this.badges = badges;
		this.removals = removals;
		this.params = params;
	}

	private Form memberForm(PartyMember m, String titleKey, String path, List<Field> fields) {
		return new Form(Messages.text(titleKey), m.fullName() + " — " + m.currentOrgName(),
				"/party/members/" + m.id() + "/" + path, "/party/members/" + m.id(), fields,
				Messages.text("party.form.save"));
	}

	private String done(List<FieldError> errors, long memberId, Model model, Form form, Map<String, String> f) {
		return errors.isEmpty() ? "redirect:/party/members/" + memberId : forms.page(model, form, f, errors);
	}

	// --- transfers

	private Form transferForm(PartyMember m) {
		return memberForm(m, "party.form.transfer", "transfer",
				List.of(PartyFormSupport.select("kind", "party.form.transferKind",
						PartyFormSupport.keyed("party.transferKind.", List.of("OFFICIAL", "TEMPORARY"))),
						PartyFormSupport.select("ground", "party.form.transferGround",
								PartyFormSupport.keyed("party.transferGround.",
										List.of("CHANGE_UNIT", "RETIREMENT", "RESIDENCE", "STUDY", "OTHER"))),
						PartyFormSupport.hinted(PartyFormSupport.text("toOrgCode", "party.form.toOrgCode"),
								"party.form.toOrgCodeHint"),
						PartyFormSupport.text("toExternal", "party.form.toExternal"),
						PartyFormSupport.date("effectiveOn", "party.form.effectiveOn"),
						PartyFormSupport.date("introducedOn", "party.form.introducedOn"),
						PartyFormSupport.text("letterNumber", "party.form.letterNumber"),
						PartyFormSupport.hinted(PartyFormSupport.text("issuer", "party.form.transferIssuer"),
								"party.form.transferIssuerHint"),
						PartyFormSupport.date("validUntil", "party.form.validUntil"),
						PartyFormSupport.area("lateReason", "party.form.lateReason"),
						PartyFormSupport.area("note", "party.form.note")));
	}

	@GetMapping("/party/members/{partyMemberId}/transfer")
	String transferForm(@PathVariable long partyMemberId, Scope scope, Model model) {
		return forms.page(model, transferForm(members.get(partyMemberId, scope, null)), Map.of(), List.of());
	}

	@PostMapping("/party/members/{partyMemberId}/transfer")
	String transfer(@PathVariable long partyMemberId, @RequestParam Map<String, String> f, Scope scope, Model model) {
		PartyMember m = members.get(partyMemberId, scope, null);
		List<FieldError> typed = new ArrayList<>();
		LocalDate effective = PartyFormSupport.date(f, "effectiveOn", typed);
		LocalDate introduced = PartyFormSupport.date(f, "introducedOn", typed);
		LocalDate until = PartyFormSupport.date(f, "validUntil", typed);
		List<FieldError> errors = forms.run(typed,
				() -> transfers.introduce(partyMemberId,
						new Transfers.Introduction(f.get("kind"), f.get("ground"), f.get("toOrgCode"),
								f.get("toExternal"), effective, introduced, f.get("letterNumber"), f.get("issuer"),
								f.get("lateReason"), until, f.get("note")),
						scope));
		return errors.isEmpty() ? "redirect:/party/transfers" : forms.page(model, transferForm(m), f, errors);
	}

	private Form arrivalForm(PartyOrg o, Long transferId) {
		return new Form(Messages.text("party.form.arrival"), o.name(),
				"/party/orgs/" + o.id() + "/arrivals" + (transferId == null ? "" : "?transferId=" + transferId),
				"/party/transfers",
				List.of(PartyFormSupport.date("presentedOn", "party.form.presentedOn"),
						PartyFormSupport.area("latePresentation", "party.form.latePresentation")),
				Messages.text("party.form.save"));
	}

	@GetMapping("/party/orgs/{partyOrgId}/arrivals")
	String arrivalForm(@PathVariable long partyOrgId, @RequestParam(required = false) Long transferId, Scope scope,
			Model model) {
		return forms.page(model, arrivalForm(orgs.get(partyOrgId, scope, LocalDate.now()), transferId), Map.of(),
				List.of());
	}

	@PostMapping("/party/orgs/{partyOrgId}/arrivals")
	String arrival(@PathVariable long partyOrgId, @RequestParam(required = false) Long transferId,
			@RequestParam Map<String, String> f, Scope scope, Model model) {
		PartyOrg o = orgs.get(partyOrgId, scope, LocalDate.now());
		List<FieldError> typed = new ArrayList<>();
		LocalDate on = PartyFormSupport.date(f, "presentedOn", typed);
		List<FieldError> errors = forms.run(typed, () -> transfers.present(partyOrgId,
				new Transfers.Presentation(transferId, on, f.get("latePresentation")), scope));
		return errors.isEmpty() ? "redirect:/party/transfers"
				: forms.page(model, arrivalForm(o, transferId), f, errors);
	}

	// --- badges

	private Form badgeForm(PartyMember m) {
		return memberForm(m, "party.form.badge", "badge", List.of(
				PartyFormSupport.select("years", "party.form.badgeYears",
						params.listValue("party.badge_years", LocalDate.now())
							.stream()
							.map(y -> new PartyFormSupport.Option(y, Messages.text("party.badge.name", y)))
							.toList()),
				PartyFormSupport.date("awardedOn", "party.form.awardedOn"),
				PartyFormSupport.text("decisionNumber", "party.form.decisionNumber"),
				PartyFormSupport.text("occasion", "party.form.occasion"),
				PartyFormSupport.area("earlyReason", "party.form.earlyReason")));
	}

	@GetMapping("/party/members/{partyMemberId}/badge")
	String badgeForm(@PathVariable long partyMemberId, Scope scope, Model model) {
		return forms.page(model, badgeForm(members.get(partyMemberId, scope, null)), Map.of(), List.of());
	}

	@PostMapping("/party/members/{partyMemberId}/badge")
	String badge(@PathVariable long partyMemberId, @RequestParam Map<String, String> f, Scope scope, Model model) {
		PartyMember m = members.get(partyMemberId, scope, null);
		List<FieldError> typed = new ArrayList<>();
		Integer years = PartyFormSupport.integer(f, "years", typed);
		LocalDate on = PartyFormSupport.date(f, "awardedOn", typed);
		List<FieldError> errors = forms.run(typed, () -> badges.award(partyMemberId,
				new Badges.Award(years, on, f.get("decisionNumber"), f.get("occasion"), f.get("earlyReason")), scope));
		return done(errors, partyMemberId, model, badgeForm(m), f);
	}

	// --- removal, expulsion, re-admission

	private Form proposalForm(PartyMember m) {
		return memberForm(m, "party.form.removal", "removal",
				List.of(PartyFormSupport.select("kind", "party.form.removalKind",
						PartyFormSupport.keyed("party.removalKind.", List.of("REMOVAL", "EXPULSION"))),
						PartyFormSupport.select("ground", "party.form.removalGround",
								PartyFormSupport.keyed("party.ground.",
										List.of("ABSENCE", "CARD_RETURNED", "NO_IMPROVEMENT", "STANDARDS_TWO_YEARS",
												"POLITICAL_STANDARDS", "PROBATION_FAILED", "DISCIPLINE"))),
						PartyFormSupport.date("proposedOn", "party.form.proposedOn"),
						PartyFormSupport.text("proposedBy", "party.form.proposedBy"),
						PartyFormSupport.area("reason", "party.form.reason")));
	}

	@GetMapping("/party/members/{partyMemberId}/removal")
	String proposalForm(@PathVariable long partyMemberId, Scope scope, Model model) {
		return forms.page(model, proposalForm(members.get(partyMemberId, scope, null)), Map.of(), List.of());
	}

	@PostMapping("/party/members/{partyMemberId}/removal")
	String propose(@PathVariable long partyMemberId, @RequestParam Map<String, String> f, Scope scope, Model model) {
		PartyMember m = members.get(partyMemberId, scope, null);
		List<FieldError> typed = new ArrayList<>();
		LocalDate on = PartyFormSupport.date(f, "proposedOn", typed);
		List<FieldError> errors = forms.run(typed,
				() -> removals.propose(partyMemberId,
						new Removals.Proposal(f.get("kind"), f.get("ground"), on, f.get("proposedBy"), f.get("reason")),
						scope));
		return done(errors, partyMemberId, model, proposalForm(m), f);
	}

	private Form decisionForm(PartyMember m) {
		return memberForm(m, "party.form.removalDecision", "removal/decision",
				List.of(PartyFormSupport.select("outcome", "party.form.outcome",
						PartyFormSupport.keyed("party.outcome.", List.of("APPROVED", "REJECTED"))),
						PartyFormSupport.text("decisionNumber", "party.form.decisionNumber"),
						PartyFormSupport.date("decidedOn", "party.form.decidedOn"),
						PartyFormSupport.text("issuer", "party.form.decisionIssuer")));
	}

	@GetMapping("/party/members/{partyMemberId}/removal/decision")
	String decisionForm(@PathVariable long partyMemberId, Scope scope, Model model) {
		return forms.page(model, decisionForm(members.get(partyMemberId, scope, null)), Map.of(), List.of());
	}

	@PostMapping("/party/members/{partyMemberId}/removal/decision")
	String decide(@PathVariable long partyMemberId, @RequestParam Map<String, String> f, Scope scope, Model model) {
		PartyMember m = members.get(partyMemberId, scope, null);
		List<FieldError> typed = new ArrayList<>();
		LocalDate on = PartyFormSupport.date(f, "decidedOn", typed);
		List<FieldError> errors = forms.run(typed, () -> removals.decide(partyMemberId,
				new Removals.Decision(f.get("outcome"), f.get("decisionNumber"), on, f.get("issuer")), scope));
		return done(errors, partyMemberId, model, decisionForm(m), f);
	}

	private Form readmissionForm(PartyMember m, Scope scope) {
		return memberForm(m, "party.form.readmission", "readmission",
				List.of(PartyFormSupport.select("orgId", "party.form.cell", forms.cells(scope)),
						PartyFormSupport.text("decisionNumber", "party.form.decisionNumber"),
						PartyFormSupport.date("decidedOn", "party.form.decidedOn"),
						PartyFormSupport.text("issuer", "party.form.decisionIssuer"),
						PartyFormSupport.area("exception", "party.form.readmitException")));
	}

	@GetMapping("/party/members/{partyMemberId}/readmission")
	String readmissionForm(@PathVariable long partyMemberId, Scope scope, Model model) {
		return forms.page(model, readmissionForm(members.get(partyMemberId, scope, null), scope), Map.of(), List.of());
	}

	@PostMapping("/party/members/{partyMemberId}/readmission")
	String readmit(@PathVariable long partyMemberId, @RequestParam Map<String, String> f, Scope scope, Model model) {
		PartyMember m = members.get(partyMemberId, scope, null);
		List<FieldError> typed = new ArrayList<>();
		Long org = PartyFormSupport.id(f, "orgId", typed);
		LocalDate on = PartyFormSupport.date(f, "decidedOn", typed);
		List<FieldError> errors = forms.run(typed,
				() -> removals.readmit(partyMemberId,
						new Removals.Readmission(org, f.get("decisionNumber"), on, f.get("issuer"), f.get("exception")),
						scope));
		return done(errors, partyMemberId, model, readmissionForm(m, scope), f);
	}

}

package vn.canbo.party.web;

import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.canbo.party.Badges;
import vn.canbo.party.CandidateList;
import vn.canbo.party.PartyMembers;
import vn.canbo.party.PartyOrgs;
import vn.canbo.party.RecognitionVotes;
import vn.canbo.party.Removals;
import vn.canbo.party.Transfers;
import vn.canbo.security.CurrentUser;
import vn.canbo.security.Permission;
import vn.canbo.shared.Scope;

/**
 * Read pages of issue 18 (party1): /party/candidates (the candidates of the scope or of
 * an organisation's subtree with their step and deadlines), /party/transfers (each side
 * its own half: the letters the scope's chi bộ sent, the members expected by them),
 * /party/badges (the members due by an award occasion, as a proposal) and the member's
 * life section loaded into the record (/party/members/{id}/life: the actions, badges,
 * votes, removals). Scope first: outside it, 404.
 */
@Controller
@PreAuthorize("hasAuthority('PERSON_READ')")
class PartyLifePages {

	private final CandidateList candidates;

	private final Transfers transfers;

	private final Badges badges;

	private final Removals removals;

	private final RecognitionVotes votes;

	private final PartyMembers members;

	private final PartyOrgs orgs;

	private final CurrentUser currentUser;

	PartyLifePages(CandidateList candidates, Transfers transfers, Badges badges, Removals removals,
			RecognitionVotes votes, PartyMembers members, PartyOrgs orgs, CurrentUser currentUser) {
		this.candidates = candidates;
		this.transfers = transfers;
		this.badges = badges;
		this.removals = removals;
		this.votes = votes;
		this.members = members;
		this.orgs = orgs;
		this.currentUser = currentUser;
	}

	@GetMapping("/party/candidates")
	String candidates(@RequestParam(required = false) Long orgId, Scope scope, Model model) {
		LocalDate today = LocalDate.now();
		model.addAttribute("lines", candidates.list(orgId, scope, today));
		model.addAttribute("org", orgId == null ? null : orgs.get(orgId, scope, today));
		model.addAttribute("canWrite", currentUser.can(Permission.PERSON_WRITE));
		return "party/candidates";
	}

	@GetMapping("/party/transfers")
	String transfers(Scope scope, Model model) {
		model.addAttribute("outgoing", transfers.outgoing(scope));
		model.addAttribute("incoming", transfers.incoming(scope));
		model.addAttribute("canWrite", currentUser.can(Permission.PERSON_WRITE));
		return "party/transfers";
	}

	@GetMapping("/party/badges")
	String badges(@RequestParam(required = false) LocalDate date, @RequestParam(required = false) LocalDate from,
			Scope scope, Model model) {
		LocalDate occasion = date == null ? badges.nextOccasion(LocalDate.now()) : date;
		LocalDate since = from == null ? occasion.minusYears(1) : from;
		model.addAttribute("due", badges.due(scope, occasion, since));
		model.addAttribute("date", occasion);
		model.addAttribute("from", since);
		return "party/badges";
	}

	@GetMapping("/party/members/{partyMemberId}/life")
	String life(@PathVariable long partyMemberId, Scope scope, Model model) {
		model.addAttribute("m", members.get(partyMemberId, scope, null));
		model.addAttribute("badges", badges.of(partyMemberId, scope));
		var list = removals.of(partyMemberId, scope);
		model.addAttribute("removals", list);
		model.addAttribute("openRemoval", list.stream().anyMatch(r -> r.outcome() == null));
		model.addAttribute("votes", votes.of(partyMemberId, scope));
		model.addAttribute("canWrite", currentUser.can(Permission.PERSON_WRITE));
		return "party/life :: life";
	}

}

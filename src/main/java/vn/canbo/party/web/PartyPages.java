package vn.canbo.party.web;

import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.party.Admissions;
import vn.canbo.party.PartyMembers;
import vn.canbo.party.PartyOrgs;
import vn.canbo.shared.Scope;

/**
 * Pages (read; changes go through the API for now): /party (the tree of Party
 * organisations on a day, with members in each and in its subtree), /party/members (name
 * search ignoring diacritics, by organisation), /party/members/{id} (the record with its
 * histories), /party/board (the admission pipeline with its deadlines) and
 * /party/candidates/{id} (a candidate with the rule outcomes). Scope first: outside it,
 * 404.
 */
@Controller
@PreAuthorize("hasAuthority('PERSON_READ')")
class PartyPages {

	private final PartyOrgs orgs;

	private final PartyMembers members;

	private final Admissions admissions;

	private final Catalogs catalogs;

	PartyPages(PartyOrgs orgs, PartyMembers members, Admissions admissions, Catalogs catalogs) {
		this.orgs = orgs;
		this.members = members;
		this.admissions = admissions;
		this.catalogs = catalogs;
	}

	@GetMapping("/party")
	String tree(@RequestParam(required = false) LocalDate date, Scope scope, Model model) {
		LocalDate day = date == null ? LocalDate.now() : date;
		model.addAttribute("orgs", orgs.tree(scope, day));
		model.addAttribute("date", day);
		return "party/tree";
	}

	@GetMapping("/party/members")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long orgId,
			@RequestParam(defaultValue = "0") int page, Scope scope, Model model) {
		model.addAttribute("result", members.search(q, orgId, scope, LocalDate.now(), page, 50));
		model.addAttribute("org", orgId == null ? null : orgs.get(orgId, scope, LocalDate.now()));
		model.addAttribute("q", q);
		return "party/members";
	}

	@GetMapping("/party/members/{partyMemberId}")
	String member(@PathVariable long partyMemberId, Scope scope, Model model) {
		var m = members.get(partyMemberId, scope, LocalDate.now());
		model.addAttribute("m", m);
		model.addAttribute("ethnicity", catalogs.name(CatalogType.ETHNICITY, m.ethnicityCode()));
		model.addAttribute("religion", catalogs.name(CatalogType.RELIGION, m.religionCode()));
		model.addAttribute("education", catalogs.name(CatalogType.GENERAL_EDUCATION, m.generalEducationCode()));
		model.addAttribute("theory", catalogs.name(CatalogType.POLITICAL_THEORY, m.politicalTheoryCode()));
		return "party/member";
	}

	@GetMapping("/party/board")
	String board(@RequestParam(required = false) LocalDate date, Scope scope, Model model) {
		LocalDate day = date == null ? LocalDate.now() : date;
		model.addAttribute("items", admissions.board(scope, day));
		model.addAttribute("date", day);
		return "party/board";
	}

	@GetMapping("/party/candidates/{partyCandidateId}")
	String candidate(@PathVariable long partyCandidateId, Scope scope, Model model) {
		model.addAttribute("c", admissions.get(partyCandidateId, scope));
		model.addAttribute("outcomes", admissions.check(partyCandidateId, scope));
		model.addAttribute("steps", vn.canbo.party.DossierStep.values());
		return "party/candidate";
	}

}

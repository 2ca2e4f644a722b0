package vn.canbo.party.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.canbo.party.PartyOrg;
import vn.canbo.party.PartyOrgRenames;
import vn.canbo.party.PartyOrgs;
import vn.canbo.party.PlaceKind;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Renames of a Party organisation (issue 18, party3): the page /party/orgs/{id}/names
 * (the dated history of its name and kind of place, and the rename form: decision number
 * and date, effective day, all errors at once); its API is
 * {@link PartyOrgNameApiController}. Scope first: outside it, 404.
 */
@Controller
@PreAuthorize("hasAuthority('PERSON_READ')")
class PartyOrgNamePages {

	private static final String WRITE = "hasAuthority('PERSON_READ') and hasAuthority('PERSON_WRITE')";

	private final PartyOrgRenames renames;

	private final PartyOrgs orgs;

	PartyOrgNamePages(PartyOrgRenames renames, PartyOrgs orgs) {
		this.renames = renames;
		this.orgs = orgs;
	}

	@GetMapping("/party/orgs/{partyOrgId}/names")
	String page(@PathVariable long partyOrgId, Scope scope, Model model) {
		model.addAttribute("org", orgs.get(partyOrgId, scope, null));
		model.addAttribute("history", renames.history(partyOrgId, scope));
		model.addAttribute("kinds", PlaceKind.values());
		return "party/names";
	}

	@PostMapping("/party/orgs/{partyOrgId}/names")
	@PreAuthorize(WRITE)
	String rename(@PathVariable long partyOrgId, @RequestParam(required = false) String name,
			@RequestParam(required = false) PlaceKind placeKind, @RequestParam(required = false) LocalDate validFrom,
			@RequestParam(required = false) String decisionNumber,
			@RequestParam(required = false) LocalDate decisionDate, Scope scope, Model model,
			HttpServletResponse response) {
		PartyOrg.Rename in = new PartyOrg.Rename(name, placeKind, validFrom, decisionNumber, decisionDate);
		try {
			renames.rename(partyOrgId, in, scope);
			return "redirect:/party/orgs/" + partyOrgId + "/names?saved";
		}
		catch (ValidationException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", e.errors());
			model.addAttribute("input", in);
			return page(partyOrgId, scope, model);
		}
	}

}

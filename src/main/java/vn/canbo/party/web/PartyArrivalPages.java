package vn.canbo.party.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import vn.canbo.party.Arrival;
import vn.canbo.party.Arrivals;
import vn.canbo.party.PartyOrgs;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Arrivals from another province (issue 18, party3): the page /party/arrivals (the
 * scope's arrivals and the form of the receiving chi bộ); the API is
 * {@link PartyArrivalApiController}. Scope first: another organisation, 404; a refused
 * arrival lists every error, nothing stored.
 */
@Controller
@PreAuthorize("hasAuthority('PERSON_READ')")
class PartyArrivalPages {

	private static final String WRITE = "hasAuthority('PERSON_READ') and hasAuthority('PERSON_WRITE')";

	private final Arrivals arrivals;

	private final PartyOrgs orgs;

	PartyArrivalPages(Arrivals arrivals, PartyOrgs orgs) {
		this.arrivals = arrivals;
		this.orgs = orgs;
	}

	@GetMapping("/party/arrivals")
	String page(Scope scope, Model model) {
		model.addAttribute("items", arrivals.list(scope));
		model.addAttribute("orgs",
				orgs.tree(scope, LocalDate.now()).stream().filter(o -> o.level().holdsMembers()).toList());
		return "party/arrivals";
	}

	@PostMapping("/party/arrivals")
	@PreAuthorize(WRITE)
	String record(@ModelAttribute Arrival.Input in, Scope scope, Model model, HttpServletResponse response) {
		try {
			arrivals.record(in, scope);
			return "redirect:/party/arrivals?saved";
		}
		catch (ValidationException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", e.errors());
			return page(scope, model);
		}
	}

}

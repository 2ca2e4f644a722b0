package vn.canbo.pickers;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pickers' matches as an HTML fragment (session-authenticated pages, not API): the
 * units or persons of the user's scope whose name matches {@code q}, diacritics- and
 * case-insensitively, at most {@link Pickers#LIMIT}.
 */
@Controller
class PickerController {

	private final Pickers pickers;

	PickerController(Pickers pickers) {
		this.pickers = pickers;
	}

	@GetMapping("/pick/units")
	@PreAuthorize("hasAuthority('UNIT_READ')")
	String units(@RequestParam(required = false) String q,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Model model) {
		model.addAttribute("items", pickers.units(q, date));
		return "fragments/picker :: options";
	}

	@GetMapping("/pick/persons")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	String persons(@RequestParam(required = false) String q,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Model model) {
		model.addAttribute("items", pickers.persons(q, date));
		return "fragments/picker :: options";
	}

}

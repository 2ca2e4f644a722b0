package vn.canbo.rules.web;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.canbo.shared.web.FieldMessages;
import vn.canbo.rules.Holiday;
import vn.canbo.rules.Holidays;
import vn.canbo.shared.ValidationException;

/**
 * Page of the holiday calendar of a year (/rules/holidays/{year}); changes by
 * administrators.
 */
@Controller
class HolidayPageController {

	private final Holidays holidays;

	HolidayPageController(Holidays holidays) {
		this.holidays = holidays;
	}

	@GetMapping("/rules/holidays/{year}")
	String year(@PathVariable int year, Model model) {
		return show(year, Map.of(), model);
	}

	@PostMapping("/rules/holidays/{year}")
	@PreAuthorize("hasRole('ADMIN')")
	String add(@PathVariable int year, @RequestParam(required = false) LocalDate date,
			@RequestParam(required = false) String name, @RequestParam(required = false) Holiday.Kind kind,
			@RequestParam(required = false) String legalBasis, Model model, RedirectAttributes redirect) {
		try {
			holidays.add(year, new Holidays.Entry(date, name, kind, legalBasis));
			redirect.addFlashAttribute("saved", true);
			return "redirect:/rules/holidays/" + year;
		}
		catch (ValidationException e) {
			return show(year, FieldMessages.byField(e), model);
		}
	}

	@PostMapping("/rules/holidays/{year}/{date}/delete")
	@PreAuthorize("hasRole('ADMIN')")
	String remove(@PathVariable int year, @PathVariable LocalDate date, RedirectAttributes redirect) {
		holidays.remove(year, date);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/rules/holidays/" + year;
	}

	private String show(int year, Map<String, String> errors, Model model) {
		model.addAttribute("cal", holidays.year(year));
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", Holiday.Kind.values());
		return "rules/holidays";
	}

}

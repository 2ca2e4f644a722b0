package vn.canbo.rules.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.canbo.shared.web.FieldMessages;
import vn.canbo.catalog.CatalogItem;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.catalog.Rank;
import vn.canbo.rules.RaiseIntervals;
import vn.canbo.rules.RuleMode;
import vn.canbo.rules.RuleParameters;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.ValidationException;

/** Pages of rule parameters: /rules (every signed-in user), changes by administrators. */
@Controller
class RulePageController {

	private final RuleParameters params;

	private final Catalogs catalogs;

	RulePageController(RuleParameters params, Catalogs catalogs) {
		this.params = params;
		this.catalogs = catalogs;
	}

	/** A rank with the raise interval that applies to it on the page's date. */
	record RankInterval(Rank rank, RaiseIntervals.Interval interval) {
	}

	@GetMapping("/rules")
	String list(@RequestParam(required = false) LocalDate date, Model model) {
		LocalDate d = date == null ? LocalDate.now() : date;
		model.addAttribute("date", d);
		model.addAttribute("params", params.list(d));
		model.addAttribute("versions", params.versions(d));
		List<RankInterval> intervals = new ArrayList<>();
		for (CatalogItem item : catalogs.list(CatalogType.RANK, d)) {
			try {
				Rank rank = Rank.of(item);
				intervals.add(new RankInterval(rank, RaiseIntervals.of(params, rank, d)));
			}
			catch (NumberFormatException e) {
				// a rank with malformed attributes has no interval to show
			}
		}
		model.addAttribute("intervals", intervals);
		return "rules/index";
	}

	@GetMapping("/rules/{key}")
	String detail(@PathVariable String key, Model model) {
		return detail(key, Map.of(), model);
	}

	/** A parameter's versions and the form of its next version, with its errors. */
	private String detail(String key, Map<String, String> errors, Model model) {
		model.addAttribute("versions", params.history(key));
		model.addAttribute("key", key);
		model.addAttribute("errors", errors);
		model.addAttribute("modes", RuleMode.values());
		return "rules/detail";
	}

	@PostMapping("/rules/{key}")
	@PreAuthorize("hasRole('ADMIN')")
	String change(@PathVariable String key, @RequestParam(required = false) String value,
			@RequestParam(required = false) RuleMode mode, @RequestParam(required = false) String legalBasis,
			@RequestParam(required = false) LocalDate effectiveFrom, @RequestParam(required = false) String note,
			Model model, RedirectAttributes redirect) {
		try {
			params.change(key, new RuleParameters.Change(value, mode, legalBasis, effectiveFrom, note));
			redirect.addFlashAttribute("saved", true);
			return "redirect:/rules/" + key;
		}
		catch (ValidationException e) {
			return detail(key, FieldMessages.byField(e), model);
		}
	}

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "career/not-found";
	}

}

package vn.canbo.people.web;

import java.text.ParseException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.Units;
import vn.canbo.people.AwardLevel;
import vn.canbo.people.CollectiveAward;
import vn.canbo.people.CollectiveAwards;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.web.DayFormatter;

/**
 * Khen thưởng tập thể of a unit (issue 15): the list and the form to add one, and the
 * removal (soft, with a reason). Scope first (outside = 404); every change is audited by
 * {@link CollectiveAwards}; a refused form shows every error and keeps what was typed.
 */
@Controller
class CollectiveAwardController {

	private final CollectiveAwards awards;

	private final Units units;

	private final Catalogs catalogs;

	CollectiveAwardController(CollectiveAwards awards, Units units, Catalogs catalogs) {
		this.awards = awards;
		this.units = units;
		this.catalogs = catalogs;
	}

	@GetMapping("/units/{unitId}/collective-awards")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	String page(@PathVariable long unitId, Scope scope, Model model) {
		return show(unitId, scope, model, null, null);
	}

	@PostMapping("/units/{unitId}/collective-awards")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	String add(@PathVariable long unitId, @RequestParam(required = false) String formCode,
			@RequestParam(required = false) String level, @RequestParam(required = false) String issuer,
			@RequestParam(required = false) String decisionNumber, @RequestParam(required = false) String decisionDate,
			@RequestParam(required = false) String achievement, @RequestParam(required = false) String programme,
			Scope scope, Model model) {
		awards.list(unitId, scope); // scope first
		List<FieldError> errors = new ArrayList<>();
		LocalDate date = null;
		if (decisionDate != null && !decisionDate.isBlank()) {
			try {
				date = DayFormatter.day(decisionDate);
			}
			catch (ParseException e) {
				errors
					.add(new FieldError("decisionDate", Messages.text("people.collectivePage.badDate", decisionDate)));
			}
		}
		CollectiveAward typed = new CollectiveAward(null, unitId, null, blank(formCode),
				blank(level) == null ? null : AwardLevel.valueOf(level), blank(issuer), blank(decisionNumber), date,
				blank(achievement), blank(programme));
		try {
			// an unreadable date is sent as missing: refused, with every other error
			awards.add(typed, scope);
			return "redirect:/units/" + unitId + "/collective-awards?added";
		}
		catch (ValidationException e) {
			boolean unreadableDate = !errors.isEmpty();
			e.errors().stream().filter(x -> !unreadableDate || !"decisionDate".equals(x.field())).forEach(errors::add);
		}
		model.addAttribute("typedDate", decisionDate);
		return show(unitId, scope, model, typed, errors);
	}

	@PostMapping("/units/{unitId}/collective-awards/{awardId}/delete")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	String delete(@PathVariable long unitId, @PathVariable long awardId, @RequestParam(required = false) String reason,
			Scope scope) {
		awards.delete(unitId, awardId, reason, scope);
		return "redirect:/units/" + unitId + "/collective-awards?deleted";
	}

	private String show(long unitId, Scope scope, Model model, CollectiveAward typed, List<FieldError> errors) {
		LocalDate today = LocalDate.now();
		model.addAttribute("awards", awards.list(unitId, scope));
		model.addAttribute("unit", units.find(unitId, today).orElseThrow(() -> new NotFoundException("")));
		model.addAttribute("forms", catalogs.list(CatalogType.AWARD_FORM, today));
		model.addAttribute("levels", AwardLevel.values());
		model.addAttribute("typed", typed);
		model.addAttribute("errors", errors);
		return "people/collective-awards";
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}

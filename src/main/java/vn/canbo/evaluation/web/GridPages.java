package vn.canbo.evaluation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.canbo.evaluation.Campaign;
import vn.canbo.evaluation.Campaigns;
import vn.canbo.evaluation.Correction;
import vn.canbo.evaluation.Finalisation;
import vn.canbo.evaluation.OutstandingCollectives;
import vn.canbo.evaluation.Rating;
import vn.canbo.evaluation.Subject;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Pages of one campaign: /evaluations/{id} (the grid of its subjects, saved all at once,
 * with the quota per unit and task group above it; finalisation; after it, read only with
 * a correction form per row; in a collective campaign the exception for outstanding
 * collectives per row) and /evaluations/{id}/quota (the quota report). A campaign outside
 * the scope is 404 (the API's NotFoundException).
 */
@Controller
@PreAuthorize("hasAuthority('PERSON_READ')")
class GridPages {

	private final Campaigns campaigns;

	private final OutstandingCollectives outstanding;

	GridPages(Campaigns campaigns, OutstandingCollectives outstanding) {
		this.campaigns = campaigns;
		this.outstanding = outstanding;
	}

	/** Records or removes the exception for an outstanding collective (one row). */
	@PostMapping("/evaluations/{id}/outstanding")
	@PreAuthorize("hasAuthority('PERSON_READ') and hasAuthority('PERSON_WRITE')")
	String outstanding(@PathVariable long id, @RequestParam long subjectId,
			@RequestParam(defaultValue = "false") boolean outstanding,
			@RequestParam(required = false) String justification, Scope scope, Model model) {
		campaigns.get(id, scope);
		if (campaigns.subject(subjectId, scope).campaignId() != id) {
			throw new NotFoundException(Messages.text("evaluation.error.subjectNotFound", String.valueOf(subjectId)));
		}
		return onGrid(id, scope, model, () -> {
			this.outstanding.record(subjectId, outstanding, justification, scope);
			return "?saved=1";
		}, errors -> model.addAttribute("errors", errors.stream().map(FieldError::message).toList()));
	}

	@GetMapping("/evaluations/{id}")
	String grid(@PathVariable long id, @RequestParam(required = false) String saved,
			@RequestParam(required = false) Integer steps, @RequestParam(required = false) Integer filled, Scope scope,
			Model model) {
		show(id, scope, model);
		model.addAttribute("saved", saved != null);
		model.addAttribute("stepsRecorded", steps);
		model.addAttribute("filled", filled);
		return "evaluation/grid";
	}

	/** Saves the whole grid: all-or-nothing, every error next to its row and field. */
	@PostMapping("/evaluations/{id}")
	@PreAuthorize("hasAuthority('PERSON_READ') and hasAuthority('PERSON_WRITE')")
	String save(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Scope scope, Model model) {
		List<Subject> subjects = campaigns.subjects(id, scope);
		GridForm form = new GridForm(subjects, params);
		form.add(campaigns.problems(id, form.entries, scope));
		if (!form.hasErrors()) {
			try {
				campaigns.record(id, form.entries, scope);
				return "redirect:/evaluations/" + id + "?saved=1";
			}
			catch (ValidationException e) {
				form.add(e.errors());
			}
		}
		show(id, scope, model);
		model.addAttribute("typed", form.typed);
		model.addAttribute("rowErrors", form.errors);
		model.addAttribute("errors", form.messages());
		return "evaluation/grid";
	}

	@PostMapping("/evaluations/{id}/finalise")
	@PreAuthorize("hasAuthority('PERSON_READ') and hasAuthority('PERSON_WRITE')")
	String finalise(@PathVariable long id, @RequestParam(required = false) LocalDate decidedOn,
			@RequestParam(required = false) String authority, @RequestParam(required = false) String quotaJustification,
			Scope scope, Model model) {
		Finalisation f = new Finalisation(decidedOn, authority, quotaJustification);
		return onGrid(id, scope, model, () -> {
			campaigns.finalise(id, f, scope);
			return "";
		}, errors -> {
			model.addAttribute("finalisation", f);
			model.addAttribute("finaliseErrors", errors);
		});
	}

	/** Corrects one final rating by a recorded decision. */
	@PostMapping("/evaluations/{id}/corrections")
	@PreAuthorize("hasAuthority('PERSON_READ') and hasAuthority('PERSON_WRITE')")
	String correct(@PathVariable long id, @RequestParam(required = false) Long subjectId,
			@RequestParam(required = false) String rating, @RequestParam(required = false) String score,
			@RequestParam(required = false) String decisionNumber,
			@RequestParam(required = false) LocalDate decisionDate, @RequestParam(required = false) String issuer,
			@RequestParam(required = false) String reason, Scope scope, Model model) {
		campaigns.get(id, scope);
		if (subjectId == null || campaigns.subject(subjectId, scope).campaignId() != id) {
			throw new vn.canbo.shared.NotFoundException("subject " + subjectId);
		}
		BigDecimal newScore = null;
		if (score != null && !score.isBlank()) {
			try {
				newScore = new BigDecimal(score.strip().replace(',', '.'));
			}
			catch (NumberFormatException e) {
				return correctionError(id, subjectId,
						new Correction(Rating.parse(rating).orElse(null), null, decisionNumber, decisionDate, issuer,
								reason),
						List.of(new vn.canbo.shared.FieldError("score",
								Messages.text("evaluation.pages.error.number", s(subjectId, scope), score))),
						scope, model);
			}
		}
		Correction c = new Correction(Rating.parse(rating).orElse(null), newScore, decisionNumber, decisionDate, issuer,
				reason);
		try {
			campaigns.correct(subjectId, c, scope);
			return "redirect:/evaluations/" + id;
		}
		catch (ValidationException e) {
			return correctionError(id, subjectId, c, e.errors(), scope, model);
		}
	}

	private String s(long subjectId, Scope scope) {
		return campaigns.subject(subjectId, scope).name();
	}

	private String correctionError(long id, long subjectId, Correction c, List<vn.canbo.shared.FieldError> errors,
			Scope scope, Model model) {
		show(id, scope, model);
		model.addAttribute("correctionOf", subjectId);
		model.addAttribute("correction", c);
		model.addAttribute("correctionErrors", errors);
		return "evaluation/grid";
	}

	@GetMapping("/evaluations/{id}/quota")
	String quota(@PathVariable long id, Scope scope, Model model) {
		model.addAttribute("c", campaigns.get(id, scope));
		model.addAttribute("quota", campaigns.quota(id, scope));
		return "evaluation/quota";
	}

	/**
	 * Runs a change of a campaign's grid, then goes back to the grid with the query the
	 * change returns; a refusal shows the grid again, {@code refused} putting its errors
	 * in the model.
	 */
	String onGrid(long id, Scope scope, Model model, Supplier<String> change, Consumer<List<FieldError>> refused) {
		try {
			return "redirect:/evaluations/" + id + change.get();
		}
		catch (ValidationException e) {
			show(id, scope, model);
			refused.accept(e.errors());
			return "evaluation/grid";
		}
	}

	void show(long id, Scope scope, Model model) {
		Campaign c = campaigns.get(id, scope);
		List<Subject> subjects = campaigns.subjects(id, scope);
		model.addAttribute("c", c);
		model.addAttribute("subjects", subjects);
		model.addAttribute("split", subjects.stream().anyMatch(s -> s.regime() != null && s.regime().splitScore()));
		model.addAttribute("quota", campaigns.quota(id, scope));
		model.addAttribute("outstanding", outstanding.of(id, scope));
		model.addAttribute("ratings", Rating.values());
		model.addAttribute("typed", Map.of());
		model.addAttribute("rowErrors", Map.of());
		model.addAttribute("proposals", campaigns.quarterProposals(id, scope));
		model.addAttribute("stepKinds", StepPages.RECORDABLE);
		Map<Long, String> units = new java.util.LinkedHashMap<>();
		subjects.forEach(s -> units.putIfAbsent(s.unitId(), s.unitName()));
		model.addAttribute("subjectUnits", units);
	}

}

package vn.canbo.evaluation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.canbo.evaluation.BatchStep;
import vn.canbo.evaluation.Campaigns;
import vn.canbo.evaluation.Rating;
import vn.canbo.evaluation.StepEntry;
import vn.canbo.evaluation.StepKind;
import vn.canbo.evaluation.Subject;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * The steps of an evaluation: /evaluations/subjects/{id} (the subject's timeline —
 * self-assessment, opinions of the collective, proposal of the head, decision — and a
 * form to record a step while the campaign is OPEN), the grid's form recording one step
 * for many subjects of a unit (POST /evaluations/{id}/steps) and the grid's action that
 * fills the empty scores from the quarters (POST /evaluations/{id}/quarters). Scope first
 * (404 through the API).
 */
@Controller
@PreAuthorize("hasAuthority('PERSON_READ')")
class StepPages {

	/** The kinds a user records (the DECISION is written by finalisation). */
	static final List<StepKind> RECORDABLE = List.of(StepKind.SELF_ASSESSMENT, StepKind.COLLECTIVE_OPINION,
			StepKind.HEAD_PROPOSAL);

	private final Campaigns campaigns;

	private final GridPages grid;

	StepPages(Campaigns campaigns, GridPages grid) {
		this.campaigns = campaigns;
		this.grid = grid;
	}

	@GetMapping("/evaluations/subjects/{subjectId}")
	String subject(@PathVariable long subjectId, @RequestParam(required = false) String saved, Scope scope,
			Model model) {
		show(subjectId, scope, model);
		model.addAttribute("saved", saved != null);
		return "evaluation/subject";
	}

	@PostMapping("/evaluations/subjects/{subjectId}/steps")
	@PreAuthorize("hasAuthority('PERSON_READ') and hasAuthority('PERSON_WRITE')")
	String record(@PathVariable long subjectId, @RequestParam(required = false) StepKind kind,
			@RequestParam(required = false) LocalDate date, @RequestParam(required = false) String actor,
			@RequestParam(required = false) String score, @RequestParam(required = false) String rating,
			@RequestParam(required = false) String note, Scope scope, Model model) {
		Subject s = campaigns.subject(subjectId, scope);
		BigDecimal value = null;
		List<FieldError> errors = List.of();
		if (score != null && !score.isBlank()) {
			try {
				value = new BigDecimal(score.strip().replace(',', '.'));
			}
			catch (NumberFormatException e) {
				errors = List
					.of(new FieldError("score", Messages.text("evaluation.pages.error.number", s.name(), score)));
			}
		}
		StepEntry step = new StepEntry(kind, date, actor, value, Rating.parse(rating).orElse(null), note);
		if (errors.isEmpty()) {
			try {
				campaigns.recordStep(subjectId, step, scope);
				return "redirect:/evaluations/subjects/" + subjectId + "?saved=1";
			}
			catch (ValidationException e) {
				errors = e.errors();
			}
		}
		show(subjectId, scope, model);
		model.addAttribute("step", step);
		model.addAttribute("typedScore", score);
		model.addAttribute("stepErrors", errors);
		return "evaluation/subject";
	}

	@PostMapping("/evaluations/{id}/steps")
	@PreAuthorize("hasAuthority('PERSON_READ') and hasAuthority('PERSON_WRITE')")
	String batch(@PathVariable long id, @RequestParam(required = false) StepKind kind,
			@RequestParam(required = false) LocalDate date, @RequestParam(required = false) String actor,
			@RequestParam(required = false) Long unitId, @RequestParam(required = false) String currentRatings,
			@RequestParam(required = false) String note, Scope scope, Model model) {
		BatchStep b = new BatchStep(kind, date, actor, note, unitId, null, currentRatings != null);
		return grid.onGrid(id, scope, model, () -> "?steps=" + campaigns.recordSteps(id, b, scope).size(), errors -> {
			model.addAttribute("batch", b);
			model.addAttribute("batchErrors", errors);
		});
	}

	@PostMapping("/evaluations/{id}/quarters")
	@PreAuthorize("hasAuthority('PERSON_READ') and hasAuthority('PERSON_WRITE')")
	String fill(@PathVariable long id, Scope scope, Model model) {
		return grid.onGrid(id, scope, model, () -> "?filled=" + campaigns.fillFromQuarters(id, scope).size(),
				errors -> model.addAttribute("errors", errors.stream().map(FieldError::message).toList()));
	}

	private void show(long subjectId, Scope scope, Model model) {
		Subject s = campaigns.subject(subjectId, scope);
		model.addAttribute("s", s);
		model.addAttribute("c", campaigns.get(s.campaignId(), scope));
		model.addAttribute("kinds", RECORDABLE);
		model.addAttribute("ratings", Rating.values());
		model.addAttribute("proposal", campaigns.quarterProposals(s.campaignId(), scope).get(subjectId));
		model.addAttribute("stepErrors", List.of());
		model.addAttribute("typedScore", null);
		model.addAttribute("step", null);
	}

}

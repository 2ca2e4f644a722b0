package vn.canbo.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.canbo.evaluation.BatchStep;
import vn.canbo.evaluation.Campaign;
import vn.canbo.evaluation.Campaigns;
import vn.canbo.evaluation.Correction;
import vn.canbo.evaluation.EvaluationResults;
import vn.canbo.evaluation.Finalisation;
import vn.canbo.evaluation.NewCampaign;
import vn.canbo.evaluation.PersonRating;
import vn.canbo.evaluation.QuarterProposal;
import vn.canbo.evaluation.QuotaCheck;
import vn.canbo.evaluation.ScoreEntry;
import vn.canbo.evaluation.StepEntry;
import vn.canbo.evaluation.Subject;
import vn.canbo.people.PersonService;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Scope;

/**
 * REST API of evaluation campaigns (/api/v1/evaluations). Scoped: a campaign rooted
 * outside the caller's scope, a subject or person outside it, is 404. Errors are problem
 * details naming the person and the field ({@code entries[i].rating}…).
 */
@RestController
@Tag(name = "Đánh giá, xếp loại / Evaluation",
		description = "Đợt đánh giá, chấm điểm và xếp loại, tỷ lệ HTXSNV, chốt kết quả, điều chỉnh bằng quyết định")
class EvaluationApiController {

	private final Campaigns campaigns;

	private final EvaluationResults results;

	private final PersonService people;

	EvaluationApiController(Campaigns campaigns, EvaluationResults results, PersonService people) {
		this.campaigns = campaigns;
		this.results = results;
		this.people = people;
	}

	@GetMapping("/api/v1/evaluations/campaigns")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(summary = "Campaigns rooted in the caller's scope, newest period first")
	List<Campaign> list(Scope scope) {
		return campaigns.list(scope);
	}

	@PostMapping("/api/v1/evaluations/campaigns")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	@Operation(
			summary = "Open a campaign: lists the persons with a main position in the subtree during the period (movers: rule eval.movers) or, for COLLECTIVE, the units; task group from the title group, regime by category and date")
	ResponseEntity<Campaign> open(@RequestBody NewCampaign body, Scope scope) {
		Campaign c = campaigns.open(body, scope);
		return ResponseEntity.created(URI.create("/api/v1/evaluations/campaigns/" + c.id())).body(c);
	}

	@GetMapping("/api/v1/evaluations/campaigns/{id}")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(summary = "A campaign")
	Campaign get(@PathVariable long id, Scope scope) {
		return campaigns.get(id, scope);
	}

	@GetMapping("/api/v1/evaluations/campaigns/{id}/subjects")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(summary = "The subjects of a campaign in the caller's scope (without their steps)")
	List<Subject> subjects(@PathVariable long id, Scope scope) {
		return campaigns.subjects(id, scope);
	}

	@PostMapping("/api/v1/evaluations/campaigns/{id}/scores")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	@Operation(
			summary = "Grid save: scores, ratings, disqualifying flags and task groups of many subjects at once, all or nothing (400 with every error)")
	List<Subject> record(@PathVariable long id, @RequestBody List<ScoreEntry> entries, Scope scope) {
		return campaigns.record(id, entries, scope);
	}

	@PostMapping("/api/v1/evaluations/campaigns/{id}/scores/check")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	@Operation(summary = "The errors a grid save would raise; nothing stored")
	List<FieldError> check(@PathVariable long id, @RequestBody List<ScoreEntry> entries, Scope scope) {
		return campaigns.problems(id, entries, scope);
	}

	@GetMapping("/api/v1/evaluations/campaigns/{id}/quota")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(
			summary = "The HTXSNV quota per unit and task group: HTXSNV and HTTNV counts, allowed = floor(pct × HTTNV / 100), over by")
	QuotaCheck quota(@PathVariable long id, Scope scope) {
		return campaigns.quota(id, scope);
	}

	@PostMapping("/api/v1/evaluations/campaigns/{id}/finalise")
	@PreAuthorize("hasAuthority('DECISION_ISSUE')")
	@Operation(
			summary = "Finalise (one transaction): every subject rated, quota checked (BLOCK refuses, WARN needs quotaJustification); immutable after")
	Campaign finalise(@PathVariable long id, @RequestBody Finalisation body, Scope scope) {
		return campaigns.finalise(id, body, scope);
	}

	@GetMapping("/api/v1/evaluations/subjects/{subjectId}")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(summary = "A subject with its steps")
	Subject subject(@PathVariable long subjectId, Scope scope) {
		return campaigns.subject(subjectId, scope);
	}

	@PostMapping("/api/v1/evaluations/subjects/{subjectId}/steps")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	@Operation(
			summary = "Record a step: self-assessment, opinion of the collective, proposal of the head; not dated before a recorded step of the same or an earlier kind nor after one of a later kind; refused once finalised")
	Subject step(@PathVariable long subjectId, @RequestBody StepEntry body, Scope scope) {
		return campaigns.recordStep(subjectId, body, scope);
	}

	@PostMapping("/api/v1/evaluations/campaigns/{id}/steps")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	@Operation(
			summary = "Record one step for many subjects at once (those of unitId, or subjectIds; currentRatings: the grid's score and rating), all or nothing; order rule per subject")
	List<Subject> steps(@PathVariable long id, @RequestBody BatchStep body, Scope scope) {
		return campaigns.recordSteps(id, body, scope);
	}

	@GetMapping("/api/v1/evaluations/campaigns/{id}/quarter-proposals")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(
			summary = "YEAR campaign: the score proposed per subject (by id) from the final quarterly scores of the year, rolled up by rule eval.quarter_rollup (default AVERAGE), with the quarters used")
	java.util.Map<Long, QuarterProposal> quarterProposals(@PathVariable long id, Scope scope) {
		return campaigns.quarterProposals(id, scope);
	}

	@PostMapping("/api/v1/evaluations/campaigns/{id}/quarter-proposals/fill")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	@Operation(
			summary = "Fill the grid's empty scores from the quarterly proposals (a grid save: every rule checked, all or nothing)")
	List<Subject> fillFromQuarters(@PathVariable long id, Scope scope) {
		return campaigns.fillFromQuarters(id, scope);
	}

	@PostMapping("/api/v1/evaluations/subjects/{subjectId}/corrections")
	@PreAuthorize("hasAuthority('DECISION_ISSUE')")
	@Operation(summary = "Correct a final rating by a recorded decision (number, date, issuer, reason)")
	Subject correct(@PathVariable long subjectId, @RequestBody Correction body, Scope scope) {
		return campaigns.correct(subjectId, body, scope);
	}

	@GetMapping("/api/v1/evaluations/persons/{personId}/ratings")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(summary = "A person's ratings, newest period first (final or not)")
	List<PersonRating> ratings(@PathVariable long personId, Scope scope) {
		people.get(personId, null, scope); // 404 outside the scope
		return results.ratings(personId);
	}

}

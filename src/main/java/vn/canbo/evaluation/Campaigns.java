package vn.canbo.evaluation;

import java.util.List;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Scope;

/**
 * Evaluation campaigns. Scope first: a campaign rooted outside the scope, a subject
 * outside it, is {@link vn.canbo.shared.NotFoundException} (404). Bad input is a
 * {@link vn.canbo.shared.ValidationException} with every error, nothing stored. Every
 * change is audited.
 */
@org.springframework.modulith.NamedInterface("api")
public interface Campaigns {

	/**
	 * Creates and opens a campaign: lists its subjects (the persons with a main position
	 * in the subtree during the period, placed by the movers rule {@code eval.movers};
	 * for COLLECTIVE the units of the subtree), each with its task group (from the title
	 * group) and regime.
	 */
	Campaign open(NewCampaign c, Scope scope);

	/** The campaigns rooted in the scope, newest period first. */
	List<Campaign> list(Scope scope);

	Campaign get(long campaignId, Scope scope);

	/** The subjects of the campaign within the scope, by unit and name. */
	List<Subject> subjects(long campaignId, Scope scope);

	Subject subject(long subjectId, Scope scope);

	/**
	 * The subjects of the campaign within the scope that are these persons, by person id
	 * (one query; the unit names are not filled): for an import that names its rows by
	 * person, batch by batch, rather than reading every subject of the campaign.
	 */
	java.util.Map<Long, Subject> subjectsOfPersons(long campaignId, java.util.Collection<Long> personIds, Scope scope);

	/**
	 * The errors a grid save would raise (each field named {@code entries[i].score},
	 * {@code entries[i].rating}…, the message naming the person), nothing stored.
	 */
	List<FieldError> problems(long campaignId, List<ScoreEntry> entries, Scope scope);

	/**
	 * As {@link #problems(long, List, Scope)}, the quota counting also the rows accepted
	 * earlier in the same preview ({@code pending}, then updated with this call's
	 * accepted rows): an import's preview checks its batches in turn and stores nothing.
	 */
	List<FieldError> problems(long campaignId, List<ScoreEntry> entries, PendingRatings pending, Scope scope);

	/**
	 * Records scores, ratings, flags and task groups of several subjects at once:
	 * all-or-nothing (every error at once, see {@link #problems}).
	 */
	List<Subject> record(long campaignId, List<ScoreEntry> entries, Scope scope);

	/**
	 * As {@link #record(long, List, Scope)} (the same checks, all or nothing), without
	 * reading the saved subjects back: for a caller that does not show them (an import
	 * commit). Returns how many subjects were saved.
	 */
	int save(long campaignId, List<ScoreEntry> entries, Scope scope);

	/**
	 * Records a step (self-assessment, collective opinion, head's proposal). Order rule:
	 * not dated before a recorded step of the same or an earlier kind, nor after one of a
	 * later kind; refused once the campaign is FINALISED.
	 */
	Subject recordStep(long subjectId, StepEntry step, Scope scope);

	/**
	 * Records one step for many subjects of the campaign at once ({@link BatchStep}), all
	 * or nothing, with the order rule of {@link #recordStep} for each.
	 */
	List<Subject> recordSteps(long campaignId, BatchStep step, Scope scope);

	/**
	 * In a YEAR campaign: the score proposed for each subject (by id) from the final
	 * QUARTER ratings of that year, rolled up by the rule {@code eval.quarter_rollup};
	 * subjects without a final quarterly score are absent.
	 */
	java.util.Map<Long, QuarterProposal> quarterProposals(long campaignId, Scope scope);

	/**
	 * Fills the empty scores of the grid from {@link #quarterProposals} (a grid save of
	 * those rows: every rule checked, all or nothing).
	 */
	List<Subject> fillFromQuarters(long campaignId, Scope scope);

	/** The HTXSNV quota per unit and task group. */
	QuotaCheck quota(long campaignId, Scope scope);

	/**
	 * Finalises the campaign in one transaction: every subject must have a rating; the
	 * quota is checked (BLOCK refuses; WARN needs a justification); each subject gets its
	 * DECISION step; then immutable. Publishes {@link EvaluationFinalised}.
	 */
	Campaign finalise(long campaignId, Finalisation f, Scope scope);

	/**
	 * Corrects a final rating by a recorded decision; publishes
	 * {@link EvaluationCorrected}.
	 */
	Subject correct(long subjectId, Correction c, Scope scope);

}

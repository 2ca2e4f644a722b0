package vn.canbo.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.people.PersonNames;
import vn.canbo.rules.RuleMode;
import vn.canbo.security.CurrentUser;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Finalisation of a campaign (one transaction: every subject rated, the discipline cap
 * rechecked, the quotas and the leader's cap ({@link LeaderCaps}) checked — BLOCK
 * refuses, WARN needs a justification — each subject gets its DECISION step and becomes
 * final) and the correction of a final rating by a recorded decision.
 */
@Component
class Finalising {

	private final JdbcClient jdbc;

	private final PersonNames names;

	private final CampaignRows rows;

	private final CampaignAccess access;

	private final QuotaCounter quota;

	private final ScoreValidation validation;

	private final EvaluationRules rules;

	private final AuditLog audit;

	private final CurrentUser currentUser;

	private final ApplicationEventPublisher events;

	private final LeaderCaps leaderCaps;

	Finalising(JdbcClient jdbc, CampaignRows rows, CampaignAccess access, QuotaCounter quota,
			ScoreValidation validation, EvaluationRules rules, AuditLog audit, CurrentUser currentUser,
			ApplicationEventPublisher events, LeaderCaps leaderCaps, PersonNames names) {
		this.leaderCaps = leaderCaps;
		this.names = names;
		this.jdbc = jdbc;
		this.rows = rows;
		this.access = access;
		this.quota = quota;
		this.validation = validation;
		this.rules = rules;
		this.audit = audit;
		this.currentUser = currentUser;
		this.events = events;
	}

	@Transactional
	Campaign finalise(long campaignId, Finalisation f, Scope scope) {
		access.campaign(campaignId, scope);
		rows.lockStatus(campaignId);
		Campaign c = access.campaign(campaignId, scope);
		List<FieldError> errors = new ArrayList<>();
		CampaignService.requireOpen(c, errors);
		if (f == null || f.decidedOn() == null) {
			errors.add(new FieldError("decidedOn", Messages.text("evaluation.error.decidedOnRequired")));
		}
		if (f == null || f.authority() == null || f.authority().isBlank()) {
			errors.add(new FieldError("authority", Messages.text("evaluation.error.authorityRequired")));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		List<Subject> subjects = access.named(rows.subjects(campaignId, null), c.periodTo());
		if (subjects.isEmpty()) {
			errors.add(new FieldError("subjects", Messages.text("evaluation.error.noSubjects")));
		}
		Set<Long> disciplined = validation.disciplined(
				subjects.stream().filter(s -> s.rating() != null && s.rating() != Rating.INCOMPLETE).toList(), c);
		for (Subject s : subjects) {
			if (s.rating() == null) {
				errors.add(new FieldError("subjects[" + s.id() + "].rating",
						Messages.text("evaluation.error.unrated", s.name()), s.id()));
			}
			else if (s.personId() != null && s.rating() != Rating.INCOMPLETE && disciplined.contains(s.personId())) {
				errors.add(new FieldError("subjects[" + s.id() + "].rating",
						Messages.text("evaluation.error.cappedByDiscipline", s.name(), Rating.INCOMPLETE.code()),
						s.rating().code()));
			}
		}
		StepRecording.decisionOrder(jdbc, names, campaignId, f.decidedOn(), errors);
		QuotaCheck q = quota.check(c, null,
				access.unitNames(subjects.stream().map(Subject::unitId).distinct().toList(), c.periodTo()));
		String justification = f.quotaJustification() == null || f.quotaJustification().isBlank() ? null
				: f.quotaJustification().strip();
		for (QuotaCheck.Group g : q.groups()) {
			if (!g.exceeded()) {
				continue;
			}
			String text = Messages.text("evaluation.error.quotaGroup", g.unitName(),
					g.taskGroup() == null ? Messages.text("evaluation.quota.noGroup") : g.taskGroup(), g.excellent(),
					g.allowed(), g.pct(), g.base(), g.over()) + QuotaCounter.basis(q, g);
			if (g.mode() == RuleMode.BLOCK) {
				errors.add(new FieldError("quota", text, g.excellent()));
			}
			else if (justification == null) {
				errors.add(new FieldError("quotaJustification",
						Messages.text("evaluation.error.justificationRequired", text)));
			}
		}
		boolean leaderWarned = leaderCaps.finalisation(c, subjects, justification, errors);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		String user = currentUser.username();
		String authority = f.authority().strip();
		jdbc.sql("""
				insert into evaluation_step (subject_id, kind, step_date, actor, score, rating, recorded_by)
				select id, 'DECISION', ?, ?, score, rating, ? from evaluation_subject where campaign_id = ?""")
			.params(f.decidedOn(), authority, user, campaignId)
			.update();
		jdbc.sql(
				"update evaluation_subject set final_rating = true, updated_at = now(), updated_by = ? where campaign_id = ?")
			.params(user, campaignId)
			.update();
		jdbc.sql(
				"""
						update evaluation_campaign set status = 'FINALISED', decided_on = ?, authority = ?, quota_justification = ?,
						    finalised_at = now(), finalised_by = ? where id = ?""")
			.params(f.decidedOn(), authority, q.exceeded() || leaderWarned ? justification : null, user, campaignId)
			.update();
		Campaign saved = access.campaign(campaignId, Scope.all());
		Map<String, Object> after = CampaignService.summary(saved);
		after.put("decidedOn", f.decidedOn().toString());
		after.put("authority", authority);
		after.put("quotaOver", q.over());
		after.put("quotaJustification", saved.quotaJustification());
		audit.record(AuditAction.DECISION, "evaluation_campaign", String.valueOf(campaignId), null,
				CampaignService.summary(c), after);
		events.publishEvent(new EvaluationFinalised(campaignId, c.rootUnitId(), c.periodKind(), c.periodFrom(),
				c.periodTo(), subjects.stream().map(Subject::personId).filter(p -> p != null).toList()));
		return saved;
	}

	@Transactional
	Subject correct(long subjectId, Correction k, Scope scope) {
		Subject s = access.subject(subjectId, scope);
		rows.lockStatus(s.campaignId());
		s = access.subject(subjectId, scope);
		Campaign c = access.campaign(s.campaignId(), scope);
		List<FieldError> errors = new ArrayList<>();
		if (!s.finalRating()) {
			errors.add(new FieldError("subjectId", Messages.text("evaluation.error.notFinal", s.name()), subjectId));
		}
		if (k == null || k.rating() == null) {
			errors.add(new FieldError("rating", Messages.text("evaluation.error.ratingRequired", s.name())));
		}
		if (k == null || k.decisionNumber() == null || k.decisionNumber().isBlank()) {
			errors.add(new FieldError("decisionNumber", Messages.text("evaluation.error.decisionNumberRequired")));
		}
		if (k == null || k.decisionDate() == null) {
			errors.add(new FieldError("decisionDate", Messages.text("evaluation.error.decisionDateRequired")));
		}
		else if (c.decidedOn() != null && k.decisionDate().isBefore(c.decidedOn())) {
			errors.add(new FieldError("decisionDate", Messages.text("evaluation.error.decisionDateBeforeFinal"),
					k.decisionDate()));
		}
		if (k == null || k.issuer() == null || k.issuer().isBlank()) {
			errors.add(new FieldError("issuer", Messages.text("evaluation.error.issuerRequired")));
		}
		if (k == null || k.reason() == null || k.reason().isBlank()) {
			errors.add(new FieldError("reason", Messages.text("evaluation.error.reasonRequired")));
		}
		BigDecimal score = k == null || k.score() == null ? s.score() : k.score();
		if (k != null && k.score() != null && (k.score().signum() < 0
				|| k.score().compareTo(BigDecimal.valueOf(100)) > 0 || k.score().stripTrailingZeros().scale() > 2)) {
			errors.add(new FieldError("score", Messages.text("evaluation.error.scoreRange", s.name(), 100), k.score()));
		}
		else if (k != null && k.rating() != null && score != null) {
			Rating level = rules.thresholds(c.periodTo()).levelOf(score);
			boolean capped = s.disqualifiers().any() || s.disciplineOnRecord();
			if (level != k.rating() && !(capped && k.rating() == Rating.INCOMPLETE)) {
				errors.add(new FieldError("rating", Messages.text("evaluation.error.ratingContradictsScore", s.name(),
						k.rating().code(), ScoreValidation.plain(score), level.code()), k.rating().code()));
			}
		}
		if (errors.isEmpty() && k.rating() == s.rating()
				&& (k.score() == null || s.score() != null && k.score().compareTo(s.score()) == 0)) {
			errors.add(new FieldError("rating", Messages.text("evaluation.error.nothingToCorrect", s.name()),
					k.rating().code()));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		String user = currentUser.username();
		jdbc.sql(
				"""
						insert into evaluation_correction (subject_id, rating_before, rating_after, score_before, score_after,
						    decision_number, decision_date, issuer, reason, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(subjectId, s.rating().name(), k.rating().name(), s.score(), score, k.decisionNumber().strip(),
					k.decisionDate(), k.issuer().strip(), k.reason().strip(), user)
			.update();
		BigDecimal common = k.score() == null ? s.commonScore() : null;
		BigDecimal task = k.score() == null ? s.taskScore() : null;
		jdbc.sql(
				"""
						update evaluation_subject set rating = ?, score = ?, common_score = ?, task_score = ?, updated_at = now(),
						    updated_by = ? where id = ?""")
			.params(k.rating().name(), score, common, task, user, subjectId)
			.update();
		rows.insertStep(subjectId, new StepEntry(StepKind.DECISION, k.decisionDate(), k.issuer(), score, k.rating(),
				k.decisionNumber().strip() + ": " + k.reason().strip()), user);
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("rating", s.rating().name());
		before.put("score", s.score());
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("rating", k.rating().name());
		after.put("score", score);
		after.put("decisionNumber", k.decisionNumber().strip());
		after.put("decisionDate", k.decisionDate().toString());
		after.put("issuer", k.issuer().strip());
		after.put("reason", k.reason().strip());
		audit.record(AuditAction.DECISION, "evaluation_subject", String.valueOf(subjectId), s.personId(), before,
				after);
		events.publishEvent(new EvaluationCorrected(c.id(), s.personId(), c.periodKind(), c.periodFrom(), c.periodTo(),
				s.rating(), k.rating()));
		return access.subject(subjectId, scope);
	}

}

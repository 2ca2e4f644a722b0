package vn.canbo.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.security.CurrentUser;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * The implementation of {@link Campaigns} (finalisation and correction:
 * {@link Finalising}).
 */
@Service
class CampaignService implements Campaigns {

	private final CampaignRows rows;

	private final CampaignAccess access;

	private final CampaignOpening opening;

	private final ScoreValidation validation;

	private final QuotaCounter quota;

	private final Finalising finalising;

	private final QuotaGuard quotaGuard;

	private final LeaderCaps leaderCaps;

	private final AuditLog audit;

	private final CurrentUser currentUser;

	private final StepRecording steps;

	private final QuarterRollup rollup;

	private final ScoreAudit scoreAudit;

	CampaignService(CampaignRows rows, CampaignAccess access, CampaignOpening opening, ScoreValidation validation,
			QuotaCounter quota, Finalising finalising, QuotaGuard quotaGuard, AuditLog audit, CurrentUser currentUser,
			LeaderCaps leaderCaps, StepRecording steps, QuarterRollup rollup, ScoreAudit scoreAudit) {
		this.scoreAudit = scoreAudit;
		this.leaderCaps = leaderCaps;
		this.steps = steps;
		this.rollup = rollup;
		this.rows = rows;
		this.access = access;
		this.opening = opening;
		this.validation = validation;
		this.quota = quota;
		this.finalising = finalising;
		this.quotaGuard = quotaGuard;
		this.audit = audit;
		this.currentUser = currentUser;
	}

	@Override
	@Transactional
	public Campaign open(NewCampaign c, Scope scope) {
		List<FieldError> errors = new ArrayList<>();
		if (c.name() == null || c.name().isBlank()) {
			errors.add(new FieldError("name", Messages.text("evaluation.error.nameRequired")));
		}
		else if (c.name().strip().length() > 300) {
			errors.add(new FieldError("name", Messages.text("evaluation.error.nameTooLong")));
		}
		if (c.rootUnitId() == null) {
			errors.add(new FieldError("rootUnitId", Messages.text("evaluation.error.unitRequired")));
		}
		if (c.periodKind() == null) {
			errors.add(new FieldError("periodKind", Messages.text("evaluation.error.periodKindRequired")));
		}
		if (c.kind() == null) {
			errors.add(new FieldError("kind", Messages.text("evaluation.error.kindRequired")));
		}
		if (c.periodFrom() == null) {
			errors.add(new FieldError("periodFrom", Messages.text("evaluation.error.periodFromRequired")));
		}
		if (c.periodTo() == null) {
			errors.add(new FieldError("periodTo", Messages.text("evaluation.error.periodToRequired")));
		}
		else if (c.periodFrom() != null && c.periodTo().isBefore(c.periodFrom())) {
			errors.add(new FieldError("periodTo", Messages.text("evaluation.error.periodOrder"), c.periodTo()));
		}
		if (c.rootUnitId() != null && c.periodTo() != null && !access.inScope(c.rootUnitId(), c.periodTo(), scope)) {
			errors.add(new FieldError("rootUnitId", Messages.text("evaluation.error.unitNotInScope"), c.rootUnitId()));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		String user = currentUser.username();
		long id = rows.insertCampaign(c, user);
		List<CampaignRows.NewSubject> subjects = opening.subjects(c);
		rows.insertSubjects(id, subjects, user);
		Campaign saved = access.campaign(id, Scope.all());
		audit.record(AuditAction.CREATE, "evaluation_campaign", String.valueOf(id), null, null, summary(saved));
		return saved;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Campaign> list(Scope scope) {
		return rows.campaigns(null, Map.of())
			.stream()
			.filter(c -> access.inScope(c.rootUnitId(), c.periodTo(), scope))
			.map(access::named)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Campaign get(long campaignId, Scope scope) {
		return access.campaign(campaignId, scope);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Subject> subjects(long campaignId, Scope scope) {
		Campaign c = access.campaign(campaignId, scope);
		return access.named(rows.subjects(campaignId, access.scopeUnits(scope, c.periodTo())), c.periodTo());
	}

	@Override
	@Transactional(readOnly = true)
	public Subject subject(long subjectId, Scope scope) {
		return access.subject(subjectId, scope);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Subject> subjectsOfPersons(long campaignId, java.util.Collection<Long> personIds, Scope scope) {
		Campaign c = access.campaignForSave(campaignId, scope);
		Map<Long, Subject> out = new java.util.HashMap<>();
		if (!personIds.isEmpty()) {
			rows.subjects(c.id(), access.scopeUnits(scope, c.periodTo()), List.of(), personIds)
				.forEach(s -> out.put(s.personId(), s));
		}
		return out;
	}

	@Override
	@Transactional(readOnly = true)
	public List<FieldError> problems(long campaignId, List<ScoreEntry> entries, Scope scope) {
		return problems(campaignId, entries, null, scope);
	}

	@Override
	@Transactional(readOnly = true)
	public List<FieldError> problems(long campaignId, List<ScoreEntry> entries, PendingRatings pending, Scope scope) {
		Campaign c = access.campaignForSave(campaignId, scope);
		List<FieldError> errors = new ArrayList<>();
		requireOpen(c, errors);
		List<ScoreValidation.Update> updates = validation.check(c, scoped(c, scope, entries), entries, errors);
		quotaGuard.problems(c, updates, entries, pending, errors);
		leaderCaps.problems(c, updates, entries, errors);
		return errors;
	}

	@Override
	@Transactional
	public List<Subject> record(long campaignId, List<ScoreEntry> entries, Scope scope) {
		Campaign c = access.campaignForSave(campaignId, scope);
		List<ScoreValidation.Update> updates = store(c, entries, scope);
		return access.named(rows.subjectsWithSteps(updates.stream().map(u -> u.subject().id()).toList()), c.periodTo());
	}

	@Override
	@Transactional
	public int save(long campaignId, List<ScoreEntry> entries, Scope scope) {
		return store(access.campaignForSave(campaignId, scope), entries, scope).size();
	}

	/**
	 * Checks and stores a save under the campaign's lock (finalisation and other saves
	 * wait), audited; all or nothing.
	 */
	private List<ScoreValidation.Update> store(Campaign visible, List<ScoreEntry> entries, Scope scope) {
		rows.lockStatus(visible.id());
		Campaign c = access.campaignForSave(visible.id(), scope);
		List<FieldError> errors = new ArrayList<>();
		requireOpen(c, errors);
		Map<Long, Subject> subjects = scoped(c, scope, entries);
		List<ScoreValidation.Update> updates = validation.check(c, subjects, entries, errors);
		quotaGuard.problems(c, updates, entries, null, errors);
		leaderCaps.problems(c, updates, entries, errors);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		String user = currentUser.username();
		rows.updateScores(updates.stream()
			.map(u -> new CampaignRows.ScoreUpdate(u.subject().id(), u.common(), u.task(), u.score(), u.rating(),
					u.disqualifiers(), u.onRecord(), u.taskGroup()))
			.toList(), user);
		scoreAudit.saved(c, updates);
		return updates;
	}

	@Override
	public Subject recordStep(long subjectId, StepEntry step, Scope scope) {
		return steps.record(subjectId, step, scope);
	}

	@Override
	public List<Subject> recordSteps(long campaignId, BatchStep step, Scope scope) {
		return steps.recordMany(campaignId, step, scope);
	}

	@Override
	public Map<Long, QuarterProposal> quarterProposals(long campaignId, Scope scope) {
		Campaign c = access.campaign(campaignId, scope);
		return rollup.proposals(c, subjects(campaignId, scope));
	}

	@Override
	@Transactional
	public List<Subject> fillFromQuarters(long campaignId, Scope scope) {
		Campaign c = access.campaign(campaignId, scope);
		List<ScoreEntry> entries = rollup.entries(c, subjects(campaignId, scope));
		if (entries.isEmpty()) {
			throw new ValidationException("entries", Messages.text("evaluation.error.nothingFromQuarters"));
		}
		return record(campaignId, entries, scope);
	}

	@Override
	@Transactional(readOnly = true)
	public QuotaCheck quota(long campaignId, Scope scope) {
		Campaign c = access.campaign(campaignId, scope);
		Set<Long> units = access.scopeUnits(scope, c.periodTo());
		QuotaCheck raw = quota.check(c, units, Map.of());
		Map<Long, String> names = access
			.unitNames(raw.groups().stream().map(QuotaCheck.Group::unitId).distinct().toList(), c.periodTo());
		return new QuotaCheck(raw.campaignId(), raw.pct(), raw.grouping(), raw.mode(), raw.legalBasis(), raw.rules(),
				raw.groups().stream().map(g -> g.named(names.get(g.unitId()))).toList());
	}

	@Override
	public Campaign finalise(long campaignId, Finalisation f, Scope scope) {
		return finalising.finalise(campaignId, f, scope);
	}

	@Override
	public Subject correct(long subjectId, Correction c, Scope scope) {
		return finalising.correct(subjectId, c, scope);
	}

	/** The campaign's subjects in the scope that the entries name (one query). */
	private Map<Long, Subject> scoped(Campaign c, Scope scope, List<ScoreEntry> entries) {
		Map<Long, Subject> out = new LinkedHashMap<>();
		if (entries == null || entries.isEmpty()) {
			return out;
		}
		List<Long> ids = entries.stream()
			.filter(e -> e != null && e.subjectId() != null)
			.map(ScoreEntry::subjectId)
			.toList();
		List<Long> persons = entries.stream()
			.filter(e -> e != null && e.subjectId() == null && e.personId() != null)
			.map(ScoreEntry::personId)
			.toList();
		rows.subjects(c.id(), access.scopeUnits(scope, c.periodTo()), ids, persons).forEach(s -> out.put(s.id(), s));
		return out;
	}

	static void requireOpen(Campaign c, List<FieldError> errors) {
		if (c.finalised()) {
			errors.add(new FieldError("campaign", Messages.text("evaluation.error.campaignFinal", c.name())));
		}
	}

	static Map<String, Object> summary(Campaign c) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("name", c.name());
		m.put("rootUnitId", c.rootUnitId());
		m.put("period", c.periodKind().name() + " " + c.periodFrom() + "–" + c.periodTo());
		m.put("kind", c.kind().name());
		m.put("subjects", c.subjectCount());
		m.put("status", c.status().name());
		return m;
	}

}

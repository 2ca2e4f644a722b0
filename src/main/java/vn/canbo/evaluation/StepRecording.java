package vn.canbo.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.people.PersonNames;
import vn.canbo.security.CurrentUser;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * The steps of an evaluation (self-assessment, opinions of the collective, proposal of
 * the head; the DECISION is written by finalisation or a correction), one subject at a
 * time or many at once. The order rule: a step may not be dated before a recorded step of
 * the same or an earlier kind, nor after a recorded step of a later kind (the timeline
 * reads in the order of the procedure); finalisation may not be dated before a subject's
 * last step. A FINALISED campaign's steps are read only. Scope first (404), every error
 * at once naming the person, nothing stored; each step audited.
 */
@Component
class StepRecording {

	private final JdbcClient jdbc;

	private final CampaignRows rows;

	private final CampaignAccess access;

	private final AuditLog audit;

	private final CurrentUser currentUser;

	StepRecording(JdbcClient jdbc, CampaignRows rows, CampaignAccess access, AuditLog audit, CurrentUser currentUser) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.access = access;
		this.audit = audit;
		this.currentUser = currentUser;
	}

	@Transactional
	Subject record(long subjectId, StepEntry step, Scope scope) {
		rows.lockStatus(access.subject(subjectId, scope).campaignId());
		Subject s = access.subject(subjectId, scope); // its steps, read under the lock
		Campaign c = access.campaign(s.campaignId(), scope);
		List<FieldError> errors = new ArrayList<>();
		CampaignService.requireOpen(c, errors);
		common(step == null ? null : step.kind(), step == null ? null : step.actor(), s.name(), errors);
		if (step != null && step.date() == null) {
			errors.add(new FieldError("date", Messages.text("evaluation.error.stepDateRequired", s.name())));
		}
		if (step != null && step.score() != null
				&& (step.score().signum() < 0 || step.score().compareTo(BigDecimal.valueOf(100)) > 0
						|| step.score().stripTrailingZeros().scale() > 2)) {
			errors.add(
					new FieldError("score", Messages.text("evaluation.error.scoreRange", s.name(), 100), step.score()));
		}
		if (step != null && step.kind() != null && step.date() != null) {
			order(s, step.kind(), step.date(), "date", errors);
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		insert(s, step);
		return access.subject(subjectId, scope);
	}

	@Transactional
	List<Subject> recordMany(long campaignId, BatchStep b, Scope scope) {
		access.campaign(campaignId, scope);
		rows.lockStatus(campaignId);
		Campaign c = access.campaign(campaignId, scope);
		List<FieldError> errors = new ArrayList<>();
		CampaignService.requireOpen(c, errors);
		common(b == null ? null : b.kind(), b == null ? null : b.actor(), null, errors);
		if (b != null && b.date() == null) {
			errors.add(new FieldError("date", Messages.text("evaluation.error.batchDateRequired")));
		}
		Set<Long> units = access.scopeUnits(scope, c.periodTo());
		if (b != null && b.unitId() != null && units != null && !units.contains(b.unitId())) {
			throw new NotFoundException(Messages.text("evaluation.error.unitNotFound", String.valueOf(b.unitId())));
		}
		List<Subject> chosen = b == null ? List.of()
				: rows.subjects(campaignId, units)
					.stream()
					.filter(s -> b.unitId() == null || s.unitId() == b.unitId())
					.filter(s -> b.subjectIds() == null || b.subjectIds().isEmpty() || b.subjectIds().contains(s.id()))
					.toList();
		chosen = access.named(chosen, c.periodTo());
		if (b != null && b.subjectIds() != null) {
			Set<Long> found = new java.util.HashSet<>(chosen.stream().map(Subject::id).toList());
			b.subjectIds().stream().filter(id -> id != null && !found.contains(id)).findFirst().ifPresent(id -> {
				throw new NotFoundException(Messages.text("evaluation.error.subjectNotFound", String.valueOf(id)));
			});
		}
		if (b != null && chosen.isEmpty()) {
			errors.add(new FieldError("subjects", Messages.text("evaluation.error.batchNoSubjects")));
		}
		List<Subject> withSteps = new ArrayList<>();
		for (Subject s0 : chosen) {
			Subject s = withSteps(s0);
			withSteps.add(s);
			String f = "subjects[" + s.id() + "].";
			if (b.withRatings() && s.rating() == null) {
				errors.add(new FieldError(f + "rating", Messages.text("evaluation.error.batchUnrated", s.name())));
			}
			if (b.kind() != null && b.date() != null) {
				order(s, b.kind(), b.date(), f + "date", errors);
			}
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		for (Subject s : withSteps) {
			insert(s, new StepEntry(b.kind(), b.date(), b.actor(), b.withRatings() ? s.score() : null,
					b.withRatings() ? s.rating() : null, b.note()));
		}
		return withSteps.stream().map(s -> access.subject(s.id(), scope)).toList();
	}

	/**
	 * The subjects of the campaign whose last step is dated after {@code decidedOn}: the
	 * decision may not precede them.
	 */
	static void decisionOrder(JdbcClient jdbc, PersonNames names, long campaignId, LocalDate decidedOn,
			List<FieldError> errors) {
		record Late(long subjectId, Long personId, LocalDate last) {
		}
		List<Late> late = jdbc.sql("""
				select s.id, s.person_id, max(t.step_date) as last
				  from evaluation_step t join evaluation_subject s on s.id = t.subject_id
				 where s.campaign_id = ? group by s.id, s.person_id having max(t.step_date) > ?""")
			.params(campaignId, decidedOn)
			.query((rs, n) -> new Late(rs.getLong(1), rs.getObject(2, Long.class), rs.getObject(3, LocalDate.class)))
			.list();
		// the person's name from the people API ("#subject id" for a unit or an unknown
		// person), by name
		Map<Long, String> named = names.fullNames(late.stream().map(Late::personId).filter(Objects::nonNull).toList());
		late.stream()
			.map(l -> Map.entry(l.personId() != null && named.containsKey(l.personId()) ? named.get(l.personId())
					: "#" + l.subjectId(), l.last()))
			.sorted(Map.Entry.comparingByKey())
			.map(e -> new FieldError("decidedOn",
					Messages.text("evaluation.error.decisionBeforeSteps", e.getKey(), d(e.getValue()), d(decidedOn)),
					decidedOn))
			.forEach(errors::add);
	}

	/** Kind and actor; {@code name}: the person of a single step (null: many). */
	private static void common(StepKind kind, String actor, String name, List<FieldError> errors) {
		if (kind == null) {
			errors.add(new FieldError("kind", Messages.text("evaluation.error.stepKindRequired")));
		}
		else if (kind == StepKind.DECISION) {
			errors.add(new FieldError("kind", Messages.text("evaluation.error.decisionStepByFinalise")));
		}
		if (actor == null || actor.isBlank()) {
			errors.add(new FieldError("actor", name == null ? Messages.text("evaluation.error.batchActorRequired")
					: Messages.text("evaluation.error.stepActorRequired", name)));
		}
		else if (actor.strip().length() > 300) {
			errors.add(new FieldError("actor", Messages.text("evaluation.error.actorTooLong")));
		}
	}

	/** The order rule against the subject's recorded steps. */
	static void order(Subject s, StepKind kind, LocalDate date, String field, List<FieldError> errors) {
		for (Step x : s.steps()) {
			boolean earlier = x.kind().ordinal() <= kind.ordinal();
			if (earlier && date.isBefore(x.date())) {
				errors.add(new FieldError(field, Messages.text("evaluation.error.stepBeforePrevious", s.name(),
						kind.label(), d(date), x.kind().label(), d(x.date())), date));
				return;
			}
			if (!earlier && date.isAfter(x.date())) {
				errors.add(new FieldError(field, Messages.text("evaluation.error.stepAfterNext", s.name(), kind.label(),
						d(date), x.kind().label(), d(x.date())), date));
				return;
			}
		}
	}

	private Subject withSteps(Subject s) {
		return new Subject(s.id(), s.campaignId(), s.personId(), s.evaluatedUnitId(), s.name(), s.unitId(),
				s.unitName(), s.taskGroup(), s.category(), s.regime(), s.commonScore(), s.taskScore(), s.score(),
				s.rating(), s.disqualifiers(), s.disciplineOnRecord(), s.finalRating(), rows.steps(s.id()));
	}

	private void insert(Subject s, StepEntry step) {
		String note = step.note() == null || step.note().isBlank() ? null : step.note().strip();
		StepEntry clean = new StepEntry(step.kind(), step.date(), step.actor().strip(), step.score(), step.rating(),
				note);
		rows.insertStep(s.id(), clean, currentUser.username());
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("step", step.kind().name());
		after.put("date", step.date().toString());
		after.put("actor", clean.actor());
		after.put("score", step.score());
		after.put("rating", step.rating() == null ? null : step.rating().name());
		after.put("note", note);
		audit.record(AuditAction.UPDATE, "evaluation_subject", String.valueOf(s.id()), s.personId(), null, after);
	}

	static String d(LocalDate x) {
		return x == null ? "" : String.format("%02d/%02d/%d", x.getDayOfMonth(), x.getMonthValue(), x.getYear());
	}

}

package vn.canbo.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;
import vn.canbo.people.CareerFacts;
import vn.canbo.people.PersonService;
import vn.canbo.people.PersonView;
import vn.canbo.rules.RuleParameters;
import vn.canbo.security.CurrentUser;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.web.Formats;

/**
 * Additions (checked by {@link PlanningChecks}), removals and votes of candidates (tables
 * {@code planning_candidate}, {@code planning_vote}). An addition locks the plan
 * (PLAN-02) and the person (PLAN-03) so that two concurrent additions cannot both pass a
 * cap.
 */
@Component
class CandidateService {

	private final PlanningRows rows;

	private final PlanningAccess access;

	private final PlanningChecks checks;

	private final PersonService people;

	private final CareerFacts facts;

	private final Units units;

	private final Catalogs catalogs;

	private final RuleParameters params;

	private final AuditLog audit;

	private final CurrentUser currentUser;

	CandidateService(PlanningRows rows, PlanningAccess access, PlanningChecks checks, PersonService people,
			CareerFacts facts, Units units, Catalogs catalogs, RuleParameters params, AuditLog audit,
			CurrentUser currentUser) {
		this.rows = rows;
		this.access = access;
		this.checks = checks;
		this.people = people;
		this.facts = facts;
		this.units = units;
		this.catalogs = catalogs;
		this.params = params;
		this.audit = audit;
		this.currentUser = currentUser;
	}

	@Transactional(readOnly = true)
	List<RuleOutcome> check(long planId, CandidateInput in, Scope scope) {
		return checks.check(subject(access.plan(planId, scope), in, scope));
	}

	@Transactional
	Candidate add(long planId, CandidateInput in, Scope scope) {
		access.plan(planId, scope);
		PlanningRows.PlanRow plan = rows.lockPlan(planId).orElseThrow(() -> PlanningAccess.planNotFound(planId));
		if (in.personId() != null) {
			rows.lockPerson(in.personId());
		}
		PlanningChecks.Subject s = subject(plan, in, scope);
		List<RuleOutcome> outcomes = checks.check(s);
		List<FieldError> errors = new ArrayList<>();
		List<RuleOutcome> overridden = new ArrayList<>();
		boolean justified = !PlanningRows.blank(in.justification());
		for (RuleOutcome o : outcomes) {
			switch (o.outcome()) {
				case PASS -> {
				}
				case BLOCK -> errors.add(new FieldError("personId", o.message()));
				case WARN -> {
					if (justified) {
						overridden.add(o);
					}
					else {
						errors.add(new FieldError("justification",
								Messages.text("planning.error.justificationNeeded", o.message())));
					}
				}
				case CASE -> {
					if (justified && in.disciplineCase() != null) {
						overridden.add(o);
					}
					else {
						errors.add(new FieldError("disciplineCase",
								Messages.text("planning.error.caseNeeded", o.message())));
					}
				}
			}
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		long id = rows.insertCandidate(planId, in, overridden, currentUser.username());
		Candidate saved = named(List.of(rows.candidate(id).orElseThrow()), Scope.all()).get(0);
		audit.record(AuditAction.CREATE, "planning_candidate", String.valueOf(id), in.personId(), null, saved);
		return saved;
	}

	/** Input errors first (all at once), then the subject of the checks. */
	private PlanningChecks.Subject subject(PlanningRows.PlanRow plan, CandidateInput in, Scope scope) {
		List<FieldError> errors = new ArrayList<>();
		PlanningTerm term = rows.term(plan.termCode()).orElseThrow();
		if (in.personId() != null && !access.personVisible(in.personId(), scope)) {
			throw new vn.canbo.shared.NotFoundException(
					Messages.text("planning.error.personNotFound", String.valueOf(in.personId())));
		}
		boolean titleOk = in.titleCode() != null && rows.titles(List.of(plan.id()))
			.stream()
			.anyMatch(t -> t.titleCode().equals(in.titleCode())
					&& (in.addedOn() == null || !t.addedOn().isAfter(in.addedOn())));
		if (!titleOk) {
			errors.add(new FieldError("titleCode", Messages.text("planning.error.titleNotInPlan",
					in.titleCode() == null ? "" : catalogs.name(CatalogType.TITLE, in.titleCode()))));
		}
		if (in.personId() == null) {
			errors.add(new FieldError("personId", Messages.text("planning.error.personMissing")));
		}
		if (in.addedOn() == null) {
			errors.add(new FieldError("addedOn", Messages.text("planning.error.addedOnMissing")));
		}
		else if (in.addedOn().isBefore(plan.decidedOn()) || in.addedOn().isAfter(term.endsOn())) {
			errors.add(new FieldError("addedOn", Messages.text("planning.error.addedOn", Formats.date(in.addedOn()),
					Formats.date(plan.decidedOn()), Formats.date(term.endsOn()))));
		}
		if (in.source() == null) {
			errors.add(new FieldError("source", Messages.text("planning.error.source")));
		}
		if (PlanningRows.blank(in.decisionNumber()) != (in.decidedOn() == null)) {
			errors.add(new FieldError("decisionNumber", Messages.text("planning.error.decisionPair")));
		}
		if (in.disciplineCase() != null && in.disciplineCase() != 1 && in.disciplineCase() != 2) {
			errors.add(new FieldError("disciplineCase", Messages.text("planning.error.caseValue")));
		}
		if (errors.isEmpty() && rows.openCandidacy(plan.id(), in.titleCode(), in.personId())) {
			errors.add(new FieldError("personId",
					Messages.text("planning.error.already", catalogs.name(CatalogType.TITLE, in.titleCode()))));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		PersonView person = people.get(in.personId(), in.addedOn(), scope);
		UnitView unit = units.find(plan.unitId(), in.addedOn())
			.or(() -> units.find(plan.unitId(), plan.decidedOn()))
			.orElseThrow(() -> PlanningAccess.planNotFound(plan.id()));
		return new PlanningChecks.Subject(plan, term, unit, in, person);
	}

	@Transactional
	Candidate remove(long candidateId, Removal r, Scope scope) {
		Candidate c = access.candidate(candidateId, scope);
		rows.lockPlan(c.planId());
		List<FieldError> errors = new ArrayList<>();
		if (c.removedOn() != null) {
			errors.add(new FieldError("removedOn",
					Messages.text("planning.error.alreadyRemoved", Formats.date(c.removedOn()))));
		}
		if (r.removedOn() == null || r.removedOn().isBefore(c.addedOn())) {
			errors
				.add(new FieldError("removedOn", Messages.text("planning.error.removedOn", Formats.date(c.addedOn()))));
		}
		if (PlanningRows.blank(r.reason())) {
			errors.add(new FieldError("reason", Messages.text("planning.error.reason")));
		}
		if (PlanningRows.blank(r.decisionNumber()) || r.decidedOn() == null) {
			errors.add(new FieldError("decisionNumber", Messages.text("planning.error.removalDecision")));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		rows.remove(candidateId, r, currentUser.username());
		Candidate saved = named(List.of(rows.candidate(candidateId).orElseThrow()), Scope.all()).get(0);
		audit.record(AuditAction.UPDATE, "planning_candidate", String.valueOf(candidateId), c.personId(), c, saved);
		return saved;
	}

	@Transactional
	Candidate vote(long candidateId, Vote v, Scope scope) {
		Candidate c = access.candidate(candidateId, scope);
		List<FieldError> errors = new ArrayList<>();
		LocalDate day = v.heldOn() == null ? LocalDate.now() : v.heldOn();
		List<String> steps = params.listValue("planning.workflow_steps", day);
		if (v.step() == null || !steps.contains(v.step().strip())) {
			errors.add(new FieldError("step",
					Messages.text("planning.error.step", String.valueOf(v.step()), String.join(", ", steps))));
		}
		else if (rows.voted(candidateId, v.step().strip())) {
			errors.add(new FieldError("step", Messages.text("planning.error.stepTwice", step(v.step().strip()))));
		}
		if (v.heldOn() == null || v.heldOn().isAfter(LocalDate.now())) {
			errors.add(new FieldError("heldOn", Messages.text("planning.error.heldOn")));
		}
		if (c.removedOn() != null && v.heldOn() != null && !v.heldOn().isBefore(c.removedOn())) {
			errors.add(new FieldError("heldOn",
					Messages.text("planning.error.heldAfterRemoval", Formats.date(c.removedOn()))));
		}
		boolean anyCount = v.voters() != null || v.votesFor() != null || v.votesAgainst() != null;
		if (anyCount && (v.voters() == null || v.voters() <= 0)) {
			errors.add(new FieldError("voters", Messages.text("planning.error.voters")));
		}
		if ((v.votesFor() != null && v.votesFor() < 0) || (v.votesAgainst() != null && v.votesAgainst() < 0)) {
			errors.add(new FieldError("votesFor", Messages.text("planning.error.negativeVotes")));
		}
		else if (v.voters() != null && v.voters() > 0 && (v.votesFor() == null ? 0 : v.votesFor())
				+ (v.votesAgainst() == null ? 0 : v.votesAgainst()) > v.voters()) {
			errors.add(new FieldError("votesFor",
					Messages.text("planning.error.tooManyVotes", String.valueOf(v.voters()))));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		rows.insertVote(candidateId, v, currentUser.username());
		audit.record(AuditAction.CREATE, "planning_vote", candidateId + ":" + v.step().strip(), c.personId(), null, v);
		return named(List.of(rows.candidate(candidateId).orElseThrow()), Scope.all()).get(0);
	}

	static String step(String code) {
		return Messages.text("planning.step." + code);
	}

	/**
	 * A title's name in the reader's language (the catalog's English name in English), as
	 * the readiness view names it.
	 */
	String titleName(String code) {
		return catalogs.find(CatalogType.TITLE, code).map(i -> i.label(Messages.locale())).orElse(code);
	}

	/** Title and person names; a person outside the scope is shown as hidden. */
	List<Candidate> named(List<Candidate> cs, Scope scope) {
		List<Long> ids = cs.stream().map(Candidate::personId).distinct().toList();
		Map<Long, String> names = facts.names(ids);
		java.util.Set<Long> visible = access.visibleAmong(ids, scope);
		Map<String, String> titles = new java.util.HashMap<>();
		String hidden = Messages.text("planning.hiddenPerson");
		return cs.stream().map(c -> {
			boolean v = visible.contains(c.personId());
			return new Candidate(c.id(), c.planId(), c.titleCode(),
					titles.computeIfAbsent(c.titleCode(), this::titleName), c.personId(),
					v ? names.getOrDefault(c.personId(), "") : hidden, c.addedOn(), c.source(), c.decisionNumber(),
					c.decidedOn(), c.justification(), c.disciplineCase(), c.overrides(), c.removedOn(),
					c.removalReason(), c.removalDecisionNumber(), c.removalDecidedOn(), c.votes(), c.appointedBy());
		}).toList();
	}

}

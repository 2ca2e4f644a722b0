package vn.canbo.career;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.people.CareerFacts;
import vn.canbo.people.PersonService;
import vn.canbo.people.PersonView;
import vn.canbo.rules.RuleChecks;
import vn.canbo.rules.RuleResult;
import vn.canbo.rules.SubjectFacts;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Checking, approving and issuing decisions for {@link DecisionService}: the rules and
 * the dossier changes come from the type's {@link DecisionEffect}.
 */
final class DecisionIssuer {

	private final DecisionRows rows;

	private final DecisionDrafts drafts;

	private final PersonService people;

	private final RuleChecks rules;

	private final AuditLog audit;

	private final DecisionEffects effects;

	private final FourEyes fourEyes;

	private final Supplier<String> user;

	private final ApplicationEventPublisher events;

	private final PlanningCondition planning;

	DecisionIssuer(DecisionRows rows, DecisionDrafts drafts, PersonService people, RuleChecks rules, AuditLog audit,
			DecisionEffects effects, FourEyes fourEyes, Supplier<String> user, ApplicationEventPublisher events,
			PlanningCondition planning) {
		this.rows = rows;
		this.drafts = drafts;
		this.people = people;
		this.rules = rules;
		this.audit = audit;
		this.effects = effects;
		this.fourEyes = fourEyes;
		this.user = user;
		this.events = events;
		this.planning = planning;
	}

	/** Runs the rules on a draft, stores and returns the results. */
	List<RuleResult> check(long id, Scope scope) {
		Decision d = drafts.get(id, scope);
		List<RuleResult> results = evaluate(d, scope);
		rows.saveChecks(id, results);
		return results;
	}

	/** First approval (four-eyes): complete, passing the BLOCK rules; content frozen. */
	Decision approve(long id, Scope scope) {
		rows.lock(id);
		Decision d = drafts.get(id, scope);
		DecisionDrafts.requireDraft(d);
		List<FieldError> errors = new ArrayList<>();
		List<RuleResult> results = ready(d, scope, errors, true);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		rows.saveChecks(id, results);
		rows.markApproved(id, user.get());
		Decision approved = drafts.load(id);
		Map<String, Object> after = DecisionService.summary(approved);
		after.put("approvedBy", approved.approvedBy());
		audit.record(AuditAction.DECISION, "decision", String.valueOf(id), DecisionService.firstPerson(approved),
				Map.of("status", "DRAFT"), after);
		return approved;
	}

	/** Issues a draft or an approved decision (see {@link DecisionService#issue}). */
	Decision issue(long id, String justification, Scope scope) {
		rows.lock(id);
		Decision d = drafts.get(id, scope);
		if (!d.approved()) {
			DecisionDrafts.requireDraft(d);
		}
		fourEyes.checkIssuer(d, user.get());
		List<FieldError> errors = new ArrayList<>();
		List<RuleResult> results = ready(d, scope, errors, true);
		List<RuleResult> warnings = results.stream().filter(RuleResult::warns).toList();
		String why = justification == null ? null : justification.strip();
		if (!warnings.isEmpty() && (why == null || why.isEmpty())) {
			errors.add(new FieldError("justification", Messages.text("career.error.justificationRequired",
					warnings.stream().map(RuleResult::message).collect(Collectors.joining("; ")))));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		rows.saveChecks(id, results);
		Applied applied = apply(d);
		rows.saveEffects(id, applied.effects());
		rows.markIssued(id, warnings.isEmpty() ? null : why, user.get());
		Decision issued = drafts.load(id);
		Map<String, Object> after = DecisionService.summary(issued);
		if (!warnings.isEmpty()) {
			after.put("justification", why);
			after.put("warnings", warnings.stream().map(RuleResult::message).toList());
		}
		if (issued.approvedBy() != null) {
			after.put("approvedBy", issued.approvedBy());
		}
		after.put("effects", applied.effects().size());
		audit.record(AuditAction.DECISION, "decision", String.valueOf(id), DecisionService.firstPerson(issued),
				Map.of("status", d.status().name()), after);
		publish(issued, applied.type());
		return issued;
	}

	/**
	 * Records and issues a decision of the register (see
	 * {@link DecisionService#importIssued}).
	 */
	DecisionService.Imported importIssued(DecisionDraft draft, Scope scope) {
		boolean past = draft.effectiveOn() != null && draft.effectiveOn().isBefore(LocalDate.now());
		if (!past && draft.type() != null && fourEyes.required(draft.type())) {
			throw new ValidationException("type", Messages.text("career.import.fourEyes", draft.type().text()));
		}
		Decision d = drafts.create(draft, scope);
		List<FieldError> errors = new ArrayList<>();
		List<RuleResult> results = ready(d, scope, errors, !past);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		rows.saveChecks(d.id(), results);
		Applied applied = apply(d);
		rows.saveEffects(d.id(), applied.effects());
		List<String> flagged = results.stream().filter(r -> r.warns() || r.blocks()).map(RuleResult::message).toList();
		rows.markIssued(d.id(),
				flagged.isEmpty() ? null : Messages.text(Messages.VIETNAMESE, "career.import.justification"),
				user.get());
		Decision issued = drafts.load(d.id());
		Map<String, Object> after = DecisionService.summary(issued);
		after.put("imported", true);
		if (!flagged.isEmpty()) {
			after.put("warnings", flagged);
		}
		after.put("effects", applied.effects().size());
		audit.record(AuditAction.DECISION, "decision", String.valueOf(d.id()), DecisionService.firstPerson(issued),
				Map.of("status", DecisionStatus.DRAFT.name()), after);
		publish(issued, applied.type());
		return new DecisionService.Imported(issued, results);
	}

	/** Records and issues a revocation of an issued decision. */
	Decision revoke(long id, DecisionService.Revocation r, Scope scope) {
		Decision target = drafts.get(id, scope);
		DecisionDraft draft = new DecisionDraft(DecisionType.REVOCATION, r.number(), r.signedOn(), r.issuer(),
				r.signer(), r.effectiveOn() == null ? target.effectiveOn() : r.effectiveOn(), null, null, target.id(),
				r.note(), List.of(), r.signing() == null ? target.signing() : r.signing());
		drafts.normalise(draft, scope, true);
		Decision created = drafts.create(draft, scope);
		return issue(created.id(), null, scope);
	}

	/**
	 * Complete and still valid (units, persons, positions), number free, rules run: BLOCK
	 * results (when {@code blocking}: not for a past decision imported) and a taken
	 * number are added to {@code errors}; returns every rule result.
	 */
	private List<RuleResult> ready(Decision d, Scope scope, List<FieldError> errors, boolean blocking) {
		drafts.normalise(d.content(), scope, true);
		if (rows.numberTaken(d.issuer(), d.number(), d.id())) {
			errors.add(new FieldError("number", Messages.text("career.error.numberTaken", d.number(), d.issuer()),
					d.number()));
		}
		List<RuleResult> results = evaluate(d, scope);
		results.stream()
			.filter(r -> blocking && r.blocks())
			.forEach(r -> errors.add(new FieldError("rules", r.message(), r.ruleId())));
		return results;
	}

	/** The applicable rules for every subject, with the parameters in force then. */
	private List<RuleResult> evaluate(Decision d, Scope scope) {
		DecisionType type = effects.of(d.type()).ruleType(d);
		if (type == null) {
			return List.of();
		}
		DecisionEffect effect = effects.of(type);
		LocalDate day = d.effectiveOn();
		List<RuleResult> out = new ArrayList<>();
		for (DecisionSubject s : d.subjects()) {
			PersonView p = people.get(s.personId(), day, scope);
			var data = p.person().data();
			SubjectFacts f = new SubjectFacts(s.personId(), data.fullName(), data.gender(), data.birthDate(),
					data.category(), p.disciplines(), p.retirementAdjustMonths(day));
			effect.checkRules(d, type, s, f, p, out);
			planning.check(d, type, s, p).ifPresent(out::add);
		}
		effect.checkAll(d, type, out);
		return out;
	}

	/** The type a decision's subjects were applied as (null: none) and the changes. */
	private record Applied(DecisionType type, List<CareerFacts.Effect> effects) {
	}

	/**
	 * Tells the other modules, inside the transaction, that the decision is issued
	 * ({@link DecisionIssued}).
	 */
	private void publish(Decision d, DecisionType appliedAs) {
		events.publishEvent(new DecisionIssued(d.id(), d.number(), d.signedOn(), d.issuer(), d.type(), appliedAs,
				d.effectiveOn(), d.targetDecisionId(),
				d.subjects()
					.stream()
					.map(s -> new DecisionIssued.Subject(s.personId(), s.unitId(), s.titleCode(), s.concurrent()))
					.toList()));
	}

	/**
	 * Applies the decision to every subject's dossier; errors are named by subject row.
	 */
	private Applied apply(Decision d) {
		List<CareerFacts.Effect> all = new ArrayList<>();
		DecisionType type = effects.of(d.type()).undo(d);
		if (type == null) {
			return new Applied(null, all);
		}
		DecisionEffect effect = effects.of(type);
		int term = rules.parameters().intValue("appoint.term_months", d.effectiveOn());
		for (int i = 0; i < d.subjects().size(); i++) {
			DecisionSubject s = d.subjects().get(i);
			try {
				all.addAll(effect.apply(d, type, s, term));
			}
			catch (ValidationException ex) {
				String prefix = "subjects[" + i + "].";
				throw new ValidationException(ex.errors()
					.stream()
					.map(x -> new FieldError(prefix + x.field(),
							(s.personName() == null ? "" : s.personName() + ": ") + x.message(), x.rejectedValue()))
					.toList());
			}
		}
		return new Applied(type, all);
	}

}

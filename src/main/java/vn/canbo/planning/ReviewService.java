package vn.canbo.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.career.ServiceEndings;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;
import vn.canbo.people.PersonService;
import vn.canbo.people.PersonView;
import vn.canbo.people.Position;
import vn.canbo.planning.ReviewProposal.Finding;
import vn.canbo.planning.ReviewProposal.Reason;
import vn.canbo.rules.RatingFacts;
import vn.canbo.security.CurrentUser;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.web.Formats;

/**
 * Rà soát, bổ sung quy hoạch hằng năm: the removals the system proposes on a review day
 * (every candidate in the plan that day, read in bulk: positions, service endings,
 * ratings) and their confirmation, all of them in one transaction or none. Additions
 * follow the rules of {@link CandidateService#add}.
 */
@Component
class ReviewService implements PlanReviews {

	private final PlanningRows rows;

	private final PlanningAccess access;

	private final PlanningChecks checks;

	private final CandidateService candidates;

	private final PersonService people;

	private final Units units;

	private final ServiceEndings endings;

	private final ObjectProvider<RatingFacts> ratings;

	private final AuditLog audit;

	private final CurrentUser currentUser;

	ReviewService(PlanningRows rows, PlanningAccess access, PlanningChecks checks, CandidateService candidates,
			PersonService people, Units units, ServiceEndings endings, ObjectProvider<RatingFacts> ratings,
			AuditLog audit, CurrentUser currentUser) {
		this.rows = rows;
		this.access = access;
		this.checks = checks;
		this.candidates = candidates;
		this.people = people;
		this.units = units;
		this.endings = endings;
		this.ratings = ratings;
		this.audit = audit;
		this.currentUser = currentUser;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ReviewProposal> proposals(long planId, LocalDate on, Scope scope) {
		PlanningRows.PlanRow plan = access.plan(planId, scope);
		if (on == null) {
			throw new ValidationException(List.of(new FieldError("on", Messages.text("planning.review.error.on"))));
		}
		List<Candidate> active = rows.candidatesOfPlans(List.of(planId)).stream().filter(c -> c.activeOn(on)).toList();
		if (active.isEmpty()) {
			return List.of();
		}
		PlanningTerm term = rows.term(plan.termCode()).orElseThrow();
		UnitView unit = units.find(plan.unitId(), on)
			.or(() -> units.find(plan.unitId(), plan.decidedOn()))
			.orElseThrow(() -> PlanningAccess.planNotFound(planId));
		List<Long> ids = active.stream().map(Candidate::personId).distinct().toList();
		Set<Long> subtree = units.subtreeIds(List.of(plan.unitId()), on);
		Map<Long, List<Position>> positions = people.positionsOn(ids, on, Scope.all());
		Map<Long, ServiceEndings.Ending> ended = endings.of(ids, on);
		int year = on.getYear() - 1;
		Map<Long, SortedMap<Integer, String>> rated = ratings.getIfAvailable(() -> RatingFacts.NONE)
			.finalRatings(ids, year, year);
		Map<Long, PersonView> views = new HashMap<>();
		List<ReviewProposal> out = new ArrayList<>();
		for (Candidate c : candidates.named(active, scope)) {
			long pid = c.personId();
			List<Finding> f = new ArrayList<>();
			ServiceEndings.Ending e = ended.get(pid);
			if (e != null) {
				f.add(new Finding(Reason.SERVICE_ENDED, Messages.text("planning.review.ended",
						Messages.text("career.decisionType." + e.type()), Formats.date(e.effectiveOn()))));
			}
			List<Position> held = positions.getOrDefault(pid, List.of());
			if (held.stream().anyMatch(p -> p.unitId() == plan.unitId() && c.titleCode().equals(p.titleCode()))) {
				f.add(new Finding(Reason.APPOINTED,
						Messages.text("planning.review.appointed", c.titleName(), unit.name())));
			}
			else if (e == null && c.source() == CandidateSource.INTERNAL
					&& held.stream().noneMatch(p -> subtree.contains(p.unitId()))) {
				f.add(new Finding(Reason.LEFT_UNIT,
						Messages.text("planning.review.left", unit.name(), Formats.date(on))));
			}
			if (RatingFacts.INCOMPLETE.equals(rated.getOrDefault(pid, new TreeMap<>()).get(year))) {
				f.add(new Finding(Reason.RATED_INCOMPLETE,
						Messages.text("planning.review.incomplete", String.valueOf(year))));
			}
			if (e == null) {
				PersonView v = views.computeIfAbsent(pid, id -> people.get(id, on, Scope.all()));
				CandidateInput in = new CandidateInput(c.titleCode(), pid, on, c.source(), null, null, null, null);
				for (RuleOutcome o : checks.review(new PlanningChecks.Subject(plan, term, unit, in, v))) {
					if (!o.passed() && !accepted(c, o)) {
						f.add(new Finding(reason(o.key()), o.message()));
					}
				}
			}
			if (!f.isEmpty()) {
				out.add(new ReviewProposal(c, f));
			}
		}
		return out;
	}

	/**
	 * A failure accepted at the addition: the same WARN overridden, or PLAN-07's case.
	 */
	private static boolean accepted(Candidate c, RuleOutcome o) {
		if (o.outcome() == RuleOutcome.Outcome.CASE) {
			return c.disciplineCase() != null;
		}
		return o.outcome() == RuleOutcome.Outcome.WARN && c.overrides().stream().anyMatch(x -> x.key().equals(o.key()));
	}

	private static Reason reason(String key) {
		if (key.endsWith("remaining_months")) {
			return Reason.AGED_OUT;
		}
		return key.contains("discipline") ? Reason.DISCIPLINED : Reason.BELOW_STANDARD;
	}

	@Override
	@Transactional
	public List<Candidate> confirm(long planId, ReviewInput in, Scope scope) {
		access.plan(planId, scope);
		rows.lockPlan(planId);
		List<FieldError> errors = new ArrayList<>();
		if (in.removedOn() == null) {
			errors.add(new FieldError("removedOn", Messages.text("planning.review.error.removedOn")));
		}
		if (PlanningRows.blank(in.decisionNumber()) || in.decidedOn() == null) {
			errors.add(new FieldError("decisionNumber", Messages.text("planning.error.removalDecision")));
		}
		List<ReviewInput.Item> items = in.items() == null ? List.of() : in.items();
		if (items.isEmpty()) {
			errors.add(new FieldError("items", Messages.text("planning.review.error.none")));
		}
		Map<Long, Candidate> plan = candidates.named(rows.candidatesOfPlans(List.of(planId)), scope)
			.stream()
			.collect(Collectors.toMap(Candidate::id, Function.identity()));
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < items.size(); i++) {
			ReviewInput.Item it = items.get(i);
			String row = String.valueOf(i + 1);
			Candidate c = it.candidateId() == null ? null : plan.get(it.candidateId());
			String field = "items[" + i + "].";
			if (c == null) {
				errors.add(new FieldError(field + "candidateId",
						Messages.text("planning.review.error.notInPlan", row, String.valueOf(it.candidateId()))));
			}
			else if (!seen.add(c.id())) {
				errors.add(new FieldError(field + "candidateId",
						Messages.text("planning.review.error.twice", row, c.fullName())));
			}
			else if (c.removedOn() != null) {
				errors.add(new FieldError(field + "candidateId", Messages.text("planning.review.error.removed", row,
						c.fullName(), Formats.date(c.removedOn()))));
			}
			else if (in.removedOn() != null && in.removedOn().isBefore(c.addedOn())) {
				errors.add(new FieldError(field + "removedOn", Messages.text("planning.review.error.beforeAdded", row,
						c.fullName(), Formats.date(c.addedOn()))));
			}
			if (PlanningRows.blank(it.reason())) {
				errors.add(new FieldError(field + "reason",
						Messages.text("planning.review.error.reason", row, c == null ? "" : c.fullName())));
			}
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		List<Candidate> saved = new ArrayList<>();
		for (ReviewInput.Item it : items) {
			Candidate before = plan.get(it.candidateId());
			rows.remove(before.id(), new Removal(in.removedOn(), it.reason(), in.decisionNumber(), in.decidedOn()),
					currentUser.username());
			Candidate after = rows.candidate(before.id()).orElseThrow();
			audit.record(AuditAction.UPDATE, "planning_candidate", String.valueOf(before.id()), before.personId(),
					before, after);
			saved.add(after);
		}
		return candidates.named(saved, scope);
	}

}

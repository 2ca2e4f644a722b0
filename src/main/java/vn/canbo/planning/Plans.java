package vn.canbo.planning;

import java.time.LocalDate;
import java.util.List;
import vn.canbo.shared.Scope;

/**
 * Succession plans (quy hoạch cán bộ). Scope first: a plan whose unit is outside the
 * caller's scope, a candidate of such a plan or a person outside the scope is not found
 * (404). Every change is audited; a refused request stores nothing and names every error
 * at once, in Vietnamese, with the rule and its legal basis.
 */
@org.springframework.modulith.NamedInterface("api")
public interface Plans {

	/** The planning terms, oldest first. */
	List<PlanningTerm> terms();

	/** The plans of the units in the scope, of a term (null = every term). */
	List<Plan> list(String termCode, Scope scope);

	Plan get(long planId, Scope scope);

	Plan create(PlanInput input, Scope scope);

	/** Adds a title to a plan from a day (a supplementary decision). */
	Plan addTitle(long planId, String titleCode, LocalDate addedOn, Scope scope);

	/**
	 * The outcome of every rule for the addition, without storing anything (the form's
	 * preview); input errors (missing title, person…) are thrown.
	 */
	List<RuleOutcome> check(long planId, CandidateInput input, Scope scope);

	/**
	 * Adds the person: refused (ValidationException listing every failing rule) when a
	 * BLOCK rule fails, a WARN rule fails without a justification, or PLAN-07 fails
	 * without case 1 or 2 named.
	 */
	Candidate add(long planId, CandidateInput input, Scope scope);

	/** Removes a candidate (the row stays, with the day, reason and decision). */
	Candidate remove(long candidateId, Removal removal, Scope scope);

	/** Records the result of a workflow step for a candidate. */
	Candidate vote(long candidateId, Vote vote, Scope scope);

	/** The person's candidacies (every plan, removed ones included), newest first. */
	List<Candidate> ofPerson(long personId, Scope scope);

}

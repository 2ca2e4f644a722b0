package vn.canbo.planning;

import java.time.LocalDate;
import java.util.List;
import vn.canbo.shared.Scope;

/**
 * Rà soát, bổ sung quy hoạch hằng năm (QĐ 377): the removals proposed on a review day and
 * their confirmation. Scope first (a plan outside the scope is not found); the
 * confirmation is all-or-nothing, audited per candidate, errors named by row and field.
 */
@org.springframework.modulith.NamedInterface("api")
public interface PlanReviews {

	/**
	 * The candidates in the plan on the day that the system proposes to remove, with
	 * their findings.
	 */
	List<ReviewProposal> proposals(long planId, LocalDate on, Scope scope);

	/** Removes every candidate listed, with its reason, on the day, by the decision. */
	List<Candidate> confirm(long planId, ReviewInput input, Scope scope);

}

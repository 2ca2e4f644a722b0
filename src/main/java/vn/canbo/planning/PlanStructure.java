package vn.canbo.planning;

import java.time.LocalDate;
import vn.canbo.shared.Scope;

/**
 * Structure of succession plans (PLAN-06, PLAN-50-B). Scope first: a plan or a unit
 * outside the scope is not found.
 */
@org.springframework.modulith.NamedInterface("api")
public interface PlanStructure {

	Structure ofPlan(long planId, LocalDate on, Scope scope);

	/**
	 * Every plan of a unit of the subtree (on the day) of a term (null: every term): the
	 * young threshold is the one of the root unit's level.
	 */
	Structure ofSubtree(long unitId, String termCode, LocalDate on, Scope scope);

}

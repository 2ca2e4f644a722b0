package vn.canbo.planning;

import java.time.LocalDate;
import java.util.List;
import vn.canbo.shared.Scope;

/**
 * The readiness view of a plan (issue 17): scope first (a plan outside the scope is not
 * found); sortable (sort: name, monthsLeft, monthsInPost) and as table rows for the
 * .xlsx.
 */
@org.springframework.modulith.NamedInterface("api")
public interface PlanReadiness {

	Readiness readiness(long planId, LocalDate on, String sort, Scope scope);

	/**
	 * The readiness of every plan of a unit of the subtree (on the day) of a term (null:
	 * every term), read in bulk (a province's 3,000 units at once); a unit outside the
	 * scope is not found.
	 */
	List<Readiness> ofSubtree(long unitId, String termCode, LocalDate on, String sort, Scope scope);

	/** The column headers of {@link #rows}, in the current language. */
	List<String> headers();

	/** One row per incumbent and candidate, title by title. */
	List<List<Object>> rows(Readiness readiness);

}

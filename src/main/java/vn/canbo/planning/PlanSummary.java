package vn.canbo.planning;

import java.time.LocalDate;
import vn.canbo.reports.StatisticsTable;
import vn.canbo.shared.Scope;

/**
 * The planning summary report form (biểu tổng hợp quy hoạch, issue 17) as a table of the
 * statistics engine, exported like every report form (.xlsx, PDF) by reports'
 * {@code TableExports}: one row per title group (of the titles planned, TITLE catalog
 * attribute {@code groups}; a person planned for titles of several groups counts in each)
 * and the total row (distinct persons), columns: the persons, women, young (under the
 * threshold of the root's level), ethnic minorities and the three age tiers, each with
 * its share of the row. Scope first: a unit outside the scope is not found.
 */
@org.springframework.modulith.NamedInterface("api")
public interface PlanSummary {

	/**
	 * The persons in the plans of the units of the subtree, of a term (null: every term),
	 * on the day (null: today).
	 */
	StatisticsTable summary(long unitId, String termCode, LocalDate on, Scope scope);

}

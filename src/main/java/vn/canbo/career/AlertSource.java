package vn.canbo.career;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import vn.canbo.career.Alerts.Alert;
import vn.canbo.career.Alerts.Kind;

/**
 * One family of career alerts (terms, retirements, ratings, raises), listed by
 * {@link Alerts} in the order of their {@code @Order}.
 */
interface AlertSource {

	/** The kinds it raises: asked for another kind, it is not read. */
	Set<Kind> kinds();

	/** The alerts of the persons working in {@code unitIds} (null: everywhere). */
	List<Alert> list(Collection<Long> unitIds, LocalDate start, LocalDate end);

}

package vn.canbo.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * SPI: alerts another module contributes to the alert list and the dashboard (career's
 * {@code Alerts}), declared here so that career does not depend on the contributing
 * module (as {@link RatingFacts}). The evaluation module implements it: campaigns past
 * their deadline, an HTXSNV quota exceeded, a party member's removal from the rolls (xóa
 * tên).
 */
public interface ModuleAlerts {

	/**
	 * One alert: its kind (a name of career's {@code Alerts.Kind}), the person concerned
	 * (null for an alert about something else, e.g. a campaign), the title shown instead
	 * of a person's name, the unit, the due date, a detail in the current language and
	 * the page that deals with it.
	 */
	record Alert(String kind, Long personId, String title, Long unitId, String unitName, LocalDate dueDate,
			String detail, String link) {
	}

	/** The alerts of {@code unitIds} (null: everywhere) as of {@code on}. */
	List<Alert> alerts(Collection<Long> unitIds, LocalDate on);

}

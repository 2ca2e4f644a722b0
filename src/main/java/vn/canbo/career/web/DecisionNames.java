package vn.canbo.career.web;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.canbo.career.Decision;
import vn.canbo.career.DecisionSummary;
import vn.canbo.career.DecisionType;
import vn.canbo.shared.Messages;
import vn.canbo.shared.web.Formats;

/**
 * How pages name a decision (issue 20, point 7): its number, or, for a draft that has
 * none yet, "Dự thảo quyết định điều động ngày 20/02/2025" (type and date), never its
 * internal id, which stays in URLs only. Templates call it as {@code @decisionNames}.
 */
@Component("decisionNames")
class DecisionNames {

	private final Formats fmt;

	DecisionNames(Formats fmt) {
		this.fmt = fmt;
	}

	/** The number, else "Dự thảo quyết định " + {@link #what}. */
	public String name(Object decision) {
		String number = number(decision);
		return number != null ? number : Messages.text("career.draft.name", what(decision));
	}

	/**
	 * The number, else the type and date ("điều động ngày 20/02/2025"): what follows
	 * "quyết định" in a sentence.
	 */
	public String what(Object decision) {
		String number = number(decision);
		if (number != null) {
			return number;
		}
		DecisionType type;
		LocalDate date;
		if (decision instanceof Decision d) {
			type = d.type();
			date = d.signedOn() != null ? d.signedOn() : d.effectiveOn();
		}
		else if (decision instanceof DecisionSummary d) {
			type = d.type();
			date = d.signedOn() != null ? d.signedOn() : d.effectiveOn();
		}
		else {
			return "";
		}
		String kind = type == null ? "" : type.text();
		return date == null ? kind : Messages.text("career.draft.what", kind, fmt.d(date));
	}

	private static String number(Object decision) {
		String n = decision instanceof Decision d ? d.number()
				: decision instanceof DecisionSummary d ? d.number() : null;
		return n == null || n.isBlank() ? null : n;
	}

}

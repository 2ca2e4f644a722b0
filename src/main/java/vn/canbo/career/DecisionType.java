package vn.canbo.career;

import java.util.Locale;
import vn.canbo.shared.Messages;

/** Loại quyết định (glossary names) and what issuing it does to the dossier. */
public enum DecisionType {

	RECRUITMENT(Effect.OPEN), INTAKE(Effect.OPEN), TRANSFER(Effect.OPEN), ASSIGNMENT(Effect.OPEN),
	REASSIGNMENT(Effect.OPEN), ROTATION(Effect.OPEN), SECONDMENT(Effect.OPEN), APPOINTMENT(Effect.OPEN),
	REAPPOINTMENT(Effect.RENEW), EXTENSION_TO_RETIREMENT(Effect.RENEW), PROMOTION(Effect.OPEN),
	NOMINATION(Effect.RECORD), ELECTION(Effect.OPEN), DESIGNATION(Effect.OPEN), ENDORSEMENT(Effect.RECORD),
	RATIFICATION(Effect.RECORD), CONCURRENT_ASSIGNMENT(Effect.OPEN), CONCURRENT_END(Effect.CLOSE_ONE),
	DISMISSAL(Effect.CLOSE_ONE), RELIEF(Effect.CLOSE_ONE), REMOVAL(Effect.CLOSE_ONE),
	SALARY_STEP_REGULAR(Effect.SALARY), SALARY_STEP_EARLY(Effect.SALARY), RANK_CHANGE(Effect.SALARY),
	RETIREMENT(Effect.CLOSE_ALL), RESIGNATION(Effect.CLOSE_ALL), STAFF_REDUCTION(Effect.CLOSE_ALL),
	DEATH(Effect.CLOSE_ALL), REVOCATION(Effect.UNDO), AMENDMENT(Effect.AMEND);

	/** What issuing a decision of the type does. */
	public enum Effect {

		/**
		 * opens a post (main, or concurrent when the subject says so / for biệt phái and
		 * kiêm nhiệm)
		 */
		OPEN,
		/** renews the post of the subject (new term) */
		RENEW,
		/** ends one post of the subject */
		CLOSE_ONE,
		/** ends every post (leaves the service) */
		CLOSE_ALL,
		/** a new salary row */
		SALARY,
		/**
		 * recorded only (counted in statistics; the election or appointment that follows
		 * changes the dossier)
		 */
		RECORD,
		/** undoes the target decision */
		UNDO,
		/**
		 * undoes the target decision and applies its own subjects as the target's type
		 */
		AMEND

	}

	private final Effect effect;

	DecisionType(Effect effect) {
		this.effect = effect;
	}

	/**
	 * Vietnamese name, lower case ("điều động"): the wording of the decision documents
	 * and statistics (bundle {@code career.decisionType.<name>}).
	 */
	public String label() {
		return Messages.text(Messages.VIETNAMESE, "career.decisionType." + name());
	}

	public String labelEn() {
		return Messages.text(Locale.ENGLISH, "career.decisionType." + name());
	}

	/** The name in the language of the current request. */
	public String text() {
		return Messages.text("career.decisionType." + name());
	}

	public Effect effect() {
		return effect;
	}

	/**
	 * Always a concurrent post (kiêm nhiệm, biệt phái: the person keeps the main post).
	 */
	public boolean concurrentPost() {
		return this == CONCURRENT_ASSIGNMENT || this == SECONDMENT;
	}

	/** Time-limited: an end date (return) is required. */
	public boolean timeLimited() {
		return this == ROTATION || this == SECONDMENT;
	}

	/** Starts a term of office (5 years, APP-01). */
	public boolean startsTerm() {
		return this == APPOINTMENT || this == REAPPOINTMENT || this == PROMOTION || this == ELECTION
				|| this == DESIGNATION;
	}

	/**
	 * By default subject to the age gate and the discipline wait (first appointment,
	 * higher post, first candidacy).
	 */
	public boolean higherPostByDefault() {
		return this == APPOINTMENT || this == PROMOTION || this == NOMINATION;
	}

	/** Needs a target unit and title. */
	public boolean needsPost() {
		return effect == Effect.OPEN;
	}

	/** Needs the post concerned (an existing position). */
	public boolean needsPosition() {
		return effect == Effect.CLOSE_ONE || effect == Effect.RENEW;
	}

	public boolean needsSalary() {
		return effect == Effect.SALARY;
	}

}

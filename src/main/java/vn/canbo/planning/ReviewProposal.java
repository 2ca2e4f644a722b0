package vn.canbo.planning;

import java.util.List;

/**
 * Rà soát hằng năm: a candidate the system proposes to remove on the review day, with
 * every finding (reason code and a Vietnamese sentence naming the rule or the source).
 */
@org.springframework.modulith.NamedInterface("api")
public record ReviewProposal(Candidate candidate, List<Finding> findings) {

	/** Why a candidate is proposed for removal. */
	@org.springframework.modulith.NamedInterface("api")
	public enum Reason {

		/** PLAN-08 / PLAN-50-D fails on the review day. */
		AGED_OUT,
		/**
		 * PLAN-07 fails (outside the three cases, or in a period without a case named).
		 */
		DISCIPLINED,
		/** Rated KHTNV (final) in the last finished year. */
		RATED_INCOMPLETE,
		/** The title standard (training) is no longer met. */
		BELOW_STANDARD,
		/** An internal candidate holding no position in the plan's unit subtree. */
		LEFT_UNIT,
		/** Retired, resigned, reduced or died (career's issued decision). */
		SERVICE_ENDED,
		/** Holds the planned title in the plan's unit (appointed). */
		APPOINTED

	}

	@org.springframework.modulith.NamedInterface("api")
	public record Finding(Reason reason, String message) {
	}

}

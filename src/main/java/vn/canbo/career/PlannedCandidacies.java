package vn.canbo.career;

import java.time.LocalDate;
import java.util.List;

/**
 * SPI (named interface {@code career::spi}, issue 17, APP-02): the succession plans a
 * person is in for a post. Implemented by the planning module, which depends on career
 * (career must not call planning); without an implementation career does not check
 * APP-02.
 */
@org.springframework.modulith.NamedInterface("spi")
public interface PlannedCandidacies {

	/**
	 * The person's candidacies in force on the day (added on or before it, not removed by
	 * then, the plan's term not ended), each compared with the post ({@code unitId},
	 * {@code titleCode}) by planning's rank model. A candidacy closed by the decision
	 * {@code closedBy} (an amendment re-checks the appointment it replaces) counts as in
	 * force; null = none.
	 */
	List<Candidacy> of(long personId, long unitId, String titleCode, LocalDate on, Long closedBy);

	/**
	 * Whether the unit has an approved plan in force on the day (approved on or before
	 * it, its term not ended).
	 */
	boolean hasPlan(long unitId, LocalDate on);

	/** How the planned title compares with the post: (unit level, title rank). */
	@org.springframework.modulith.NamedInterface("spi")
	enum Comparison {

		/** the same title, at the same administrative level */
		SAME,
		/** another title of the same level and rank */
		EQUIVALENT,
		/** a higher title */
		HIGHER,
		/** a lower title */
		LOWER

	}

	/**
	 * A candidacy: the plan and its unit (name), the title planned (code and name), the
	 * term's label and the plan's approving decision number, and how it compares with the
	 * post.
	 */
	@org.springframework.modulith.NamedInterface("spi")
	record Candidacy(long planId, long unitId, String unitName, String titleCode, String titleName, String termLabel,
			String decisionNumber, Comparison comparison) {
	}

}

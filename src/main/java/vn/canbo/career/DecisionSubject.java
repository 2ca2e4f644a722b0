package vn.canbo.career;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A person concerned by a decision and what the decision sets for them: the post (unit,
 * title, concurrent), the existing post concerned ({@code positionId}: miễn nhiệm, bổ
 * nhiệm lại, thôi kiêm nhiệm), salary (rank, step, coefficient, allowances), the return
 * date of a rotation, the probation of a recruitment. {@code higherPost}: the appointment
 * is a first one, to a higher post or a first candidacy (age gate and discipline wait
 * apply). {@code incompleteYears}: years rated "không hoàn thành nhiệm vụ" during the
 * salary step period. {@code id}, {@code personName}, {@code homeUnitId} are filled by
 * the service.
 */
public record DecisionSubject(Long id, Long personId, String personName, Long homeUnitId, Long unitId, String titleCode,
		String titleText, Boolean concurrent, Boolean partyPost, Long positionId, Boolean higherPost, String rankCode,
		Integer step, BigDecimal coefficient, BigDecimal positionAllowance, BigDecimal seniorityPct,
		Integer incompleteYears, LocalDate returnOn, Integer probationMonths, String note) {

	public DecisionSubject {
		concurrent = concurrent != null && concurrent;
		partyPost = partyPost != null && partyPost;
		incompleteYears = incompleteYears == null ? 0 : incompleteYears;
	}

	/** A subject with only the person (nghỉ hưu, thôi việc…). */
	public static DecisionSubject person(long personId) {
		return new DecisionSubject(null, personId, null, null, null, null, null, false, false, null, null, null, null,
				null, null, null, 0, null, null, null);
	}

	/** A subject moving to or taking a post. */
	public static DecisionSubject post(long personId, long unitId, String titleCode, String titleText) {
		return new DecisionSubject(null, personId, null, null, unitId, titleCode, titleText, false, false, null, null,
				null, null, null, null, null, 0, null, null, null);
	}

	/** A subject whose existing post is concerned. */
	public static DecisionSubject ofPosition(long personId, long positionId) {
		return new DecisionSubject(null, personId, null, null, null, null, null, false, false, positionId, null, null,
				null, null, null, null, 0, null, null, null);
	}

	/** A subject getting a salary step. */
	public static DecisionSubject salary(long personId, String rankCode, int step) {
		return new DecisionSubject(null, personId, null, null, null, null, null, false, false, null, null, rankCode,
				step, null, null, null, 0, null, null, null);
	}

	public DecisionSubject withConcurrent(boolean c) {
		return new DecisionSubject(id, personId, personName, homeUnitId, unitId, titleCode, titleText, c, partyPost,
				positionId, higherPost, rankCode, step, coefficient, positionAllowance, seniorityPct, incompleteYears,
				returnOn, probationMonths, note);
	}

	public DecisionSubject withHigherPost(Boolean h) {
		return new DecisionSubject(id, personId, personName, homeUnitId, unitId, titleCode, titleText, concurrent,
				partyPost, positionId, h, rankCode, step, coefficient, positionAllowance, seniorityPct, incompleteYears,
				returnOn, probationMonths, note);
	}

	public DecisionSubject withIncompleteYears(int n) {
		return new DecisionSubject(id, personId, personName, homeUnitId, unitId, titleCode, titleText, concurrent,
				partyPost, positionId, higherPost, rankCode, step, coefficient, positionAllowance, seniorityPct, n,
				returnOn, probationMonths, note);
	}
}

package vn.canbo.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import vn.canbo.shared.Messages;

/**
 * APP-14 (parameter {@code appoint.incomplete_rating_years}, N, default 1): an
 * appointment, promotion, designation or reappointment of someone whose LAST N final
 * annual ratings up to the effective year include "không hoàn thành nhiệm vụ" (the
 * candidate must have completed their tasks: NĐ 170/2025 Art. 29, QĐ 377 — the number of
 * years looked at is [U], hence a parameter). The last N final ratings are those of the
 * latest rated years (a year not yet decided is skipped, so a KHTNV of the year before
 * still counts while the last year is being evaluated), looking back at most
 * {@link #LOOK_BACK_YEARS} years. Only a failure is reported (nothing when the ratings
 * are fine, so decisions without ratings list no extra check). Used through
 * {@link RuleChecks#incompleteRating}.
 */
final class RatingChecks {

	/**
	 * How far back the last N ratings are looked for (years before the effective year).
	 */
	static final int LOOK_BACK_YEARS = 10;

	static final String KEY = "appoint.incomplete_rating_years";

	private RatingChecks() {
	}

	static Optional<RuleResult> appointment(RuleChecks checks, SubjectFacts f, LocalDate effective) {
		int n = checks.parameters().intValue(KEY, effective);
		int year = effective.getYear();
		SortedMap<Integer, String> ratings = checks.ratings().finalRatings(f.personId(), year - LOOK_BACK_YEARS, year);
		List<Integer> last = new ArrayList<>(ratings.keySet());
		last = last.subList(Math.max(0, last.size() - n), last.size());
		List<Integer> incomplete = last.stream().filter(y -> RatingFacts.INCOMPLETE.equals(ratings.get(y))).toList();
		if (incomplete.isEmpty()) {
			return Optional.empty();
		}
		String years = String.join(", ", incomplete.stream().map(String::valueOf).toList());
		return Optional.of(checks.result(KEY, effective, false,
				Messages.text("rules.check.incompleteRating.fail", f.fullName(), years, String.valueOf(n)),
				f.personId()));
	}

}

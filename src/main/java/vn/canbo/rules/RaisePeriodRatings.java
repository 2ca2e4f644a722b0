package vn.canbo.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The KHTNV years that delay a regular salary raise (TT 08/2013 Art. 2.3: each year rated
 * "không hoàn thành nhiệm vụ" while holding the step delays the next raise).
 *
 * <p>
 * Which years belong to a raise period: the evaluation year {@code Y} counts in the
 * period of the step held from {@code stepFrom} to the raise on {@code day} when the year
 * ENDS within it: {@code stepFrom ≤ 31/12/Y < day}. Every year thus counts in exactly one
 * step period (never twice, never lost), and a year not yet ended never counts.
 *
 * <p>
 * How ratings and the typed value combine: the final ratings of the evaluation module win
 * for every year they rate; the number typed on the salary decision (kept from before the
 * evaluation module, {@code career_decision_subject.incomplete_years}) counts only for
 * the years of the period that have no final rating, at most as many as such years.
 *
 * @param ratedIncomplete the KHTNV years of the period from the final ratings
 * @param unratedYears the years of the period without a final rating
 * @param typedUsed how many typed years count (≤ unratedYears)
 */
public record RaisePeriodRatings(List<Integer> ratedIncomplete, int unratedYears, int typedUsed) {

	/** The total number of KHTNV years that delay the raise. */
	public int total() {
		return ratedIncomplete.size() + typedUsed;
	}

	/** The evaluation years ending within [stepFrom, day). */
	public static List<Integer> years(LocalDate stepFrom, LocalDate day) {
		List<Integer> out = new ArrayList<>();
		for (int y = stepFrom.getYear(); LocalDate.of(y, 12, 31).isBefore(day); y++) {
			out.add(y);
		}
		return out;
	}

	/**
	 * The KHTNV years of the period from the final {@code ratings} (year → rating name),
	 * combined with the {@code typed} number.
	 */
	public static RaisePeriodRatings of(Map<Integer, String> ratings, LocalDate stepFrom, LocalDate day, int typed) {
		List<Integer> incomplete = new ArrayList<>();
		int unrated = 0;
		for (int y : years(stepFrom, day)) {
			String r = ratings.get(y);
			if (r == null) {
				unrated++;
			}
			else if (RatingFacts.INCOMPLETE.equals(r)) {
				incomplete.add(y);
			}
		}
		return new RaisePeriodRatings(List.copyOf(incomplete), unrated, Math.max(0, Math.min(typed, unrated)));
	}

	/** Reads the final ratings of the period and combines them with {@code typed}. */
	public static RaisePeriodRatings of(RatingFacts facts, long personId, LocalDate stepFrom, LocalDate day,
			int typed) {
		List<Integer> ys = years(stepFrom, day);
		Map<Integer, String> ratings = ys.isEmpty() ? Map.of()
				: facts.finalRatings(personId, ys.get(0), ys.get(ys.size() - 1));
		return of(ratings, stepFrom, day, typed);
	}

}

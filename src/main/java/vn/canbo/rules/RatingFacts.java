package vn.canbo.rules;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * SPI: the FINAL annual individual ratings of persons (đánh giá, xếp loại chất lượng), as
 * career and the rules need them — the salary raise delays (TT 08/2013 Art. 2.3), the
 * two-consecutive-years alert (§7.4) and the appointment check. Declared here so that
 * neither rules nor career depend on the evaluation module; the evaluation module
 * implements it. A rating is a glossary {@code Rating} name: {@code EXCELLENT},
 * {@code GOOD}, {@code COMPLETE}, {@code INCOMPLETE}. A rating not yet decided (not
 * final) is absent: it never counts.
 */
public interface RatingFacts {

	/** Glossary name of "không hoàn thành nhiệm vụ" (KHTNV). */
	String INCOMPLETE = "INCOMPLETE";

	/**
	 * The person's final annual ratings of the years {@code fromYear}..{@code toYear}
	 * (both included): year → rating name.
	 */
	SortedMap<Integer, String> finalRatings(long personId, int fromYear, int toYear);

	/**
	 * The final annual ratings of each of the persons for the years
	 * {@code fromYear}..{@code toYear}: person id → (year → rating name); a person
	 * without any is absent. Implementations answer in one query (alerts of a province).
	 */
	default Map<Long, SortedMap<Integer, String>> finalRatings(Collection<Long> personIds, int fromYear, int toYear) {
		Map<Long, SortedMap<Integer, String>> out = new java.util.HashMap<>();
		for (long id : personIds) {
			SortedMap<Integer, String> r = finalRatings(id, fromYear, toYear);
			if (!r.isEmpty()) {
				out.put(id, r);
			}
		}
		return out;
	}

	/**
	 * The persons among {@code personIds} (null: everyone) rated KHTNV, final, in every
	 * year of {@code fromYear}..{@code toYear}.
	 */
	Set<Long> incompleteEveryYear(Collection<Long> personIds, int fromYear, int toYear);

	/** No evaluation module: no ratings. */
	RatingFacts NONE = new RatingFacts() {
		@Override
		public SortedMap<Integer, String> finalRatings(long personId, int fromYear, int toYear) {
			return new TreeMap<>();
		}

		@Override
		public Set<Long> incompleteEveryYear(Collection<Long> personIds, int fromYear, int toYear) {
			return Set.of();
		}
	};

	/** The years of {@code ratings} rated KHTNV. */
	static java.util.List<Integer> incompleteYears(Map<Integer, String> ratings) {
		return ratings.entrySet()
			.stream()
			.filter(e -> INCOMPLETE.equals(e.getValue()))
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
	}

}

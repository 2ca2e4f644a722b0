package vn.canbo.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Read API for other modules (career, people, planning): a person's ratings. No scope:
 * callers check it first. A "year" rating is the final rating of a YEAR campaign whose
 * period ends in that year (a corrected rating counts as corrected).
 */
@org.springframework.modulith.NamedInterface("api")
public interface EvaluationResults {

	/** Every rating of the person (final or not), newest period first. */
	List<PersonRating> ratings(long personId);

	/** The final rating of the person's YEAR campaign ending in that year. */
	Optional<Rating> ratingIn(long personId, int year);

	/**
	 * The number of years with a final INCOMPLETE year rating whose period ends in [from,
	 * to] (both inclusive).
	 */
	int incompleteYears(long personId, LocalDate from, LocalDate to);

	/**
	 * The number of consecutive years, ending with {@code upToYear}, with a final
	 * INCOMPLETE year rating (0 when {@code upToYear} is not INCOMPLETE).
	 */
	int consecutiveIncomplete(long personId, int upToYear);

}

package vn.canbo.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The implementation of {@link EvaluationResults}. */
@Service
class Results implements EvaluationResults {

	@Override
	public List<PersonRating> ratings(long personId) {
		throw new UnsupportedOperationException();
	}

	@Override
	public Optional<Rating> ratingIn(long personId, int year) {
		throw new UnsupportedOperationException();
	}

	@Override
	public int incompleteYears(long personId, LocalDate from, LocalDate to) {
		throw new UnsupportedOperationException();
	}

	@Override
	public int consecutiveIncomplete(long personId, int upToYear) {
		throw new UnsupportedOperationException();
	}

}

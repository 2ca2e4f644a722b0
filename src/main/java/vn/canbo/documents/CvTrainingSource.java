package vn.canbo.documents;

import java.time.LocalDate;
import java.util.List;
import vn.canbo.people.Training;

/**
 * SPI (issue 16): training rows of a person kept outside the dossier's free rows — the
 * training module's courses that the person completed or is attending — printed in the
 * CV's training items (2C item 27, 38-item 32.1–32.6) beside the free rows. Declared here
 * so that documents does not depend on the training module; the training module
 * implements it. A row equal to a free row (same kind, start month and school or major)
 * is printed once.
 */
public interface CvTrainingSource {

	/**
	 * The person's rows that began on or before {@code asOf}: {@code school} the
	 * organiser, {@code major} the course, {@code certificate} what the result was on
	 * that date.
	 */
	List<Training> trainings(long personId, LocalDate asOf);

	/** No training module: no rows. */
	CvTrainingSource NONE = (personId, asOf) -> List.of();

}

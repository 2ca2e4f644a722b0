package vn.canbo.training;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.canbo.reports.Dim;
import vn.canbo.reports.DimensionSource;
import vn.canbo.shared.EnumLabels;
import vn.canbo.shared.Messages;

/**
 * The statistics dimension "Loại khóa học được cử đi" ({@link Dim#TRAINED_KIND}): the
 * kinds ({@link CourseKind}) of the courses, not deleted, a person was sent to (an
 * enrolment, whatever its result) starting in the year of the report's date — the
 * enrolment's start date, as TRAINING_TURNS counts. Multi-valued: a person sent to two
 * kinds has both values (counted once in each, once in the totals); a filter "IT" keeps
 * whoever was sent to IT that year. The others: "Không được cử đi".
 */
@Component
class TrainedKindDimension implements DimensionSource {

	@Override
	public Dim dimension() {
		return Dim.TRAINED_KIND;
	}

	@Override
	public Map<String, String> labels() {
		return EnumLabels.of(CourseKind.values(), CourseKind::name, CourseKind::label);
	}

	@Override
	public String noneLabel() {
		return Messages.text("training.dimension.noKind");
	}

	@Override
	public String personValues() {
		return "select distinct e.person_id, c.kind " + TrainedDimension.ENROLMENTS_OF_THE_YEAR;
	}

}

package vn.canbo.training;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.canbo.reports.Dim;
import vn.canbo.reports.DimensionSource;
import vn.canbo.shared.Messages;

/**
 * The statistics dimension "Được cử đi đào tạo, bồi dưỡng" ({@link Dim#TRAINED}): YES for
 * a person with an enrolment (a "lượt", whatever its result) in a course, not deleted,
 * starting in the year of the report's date — the start date, as TRAINING_TURNS counts;
 * the others are "Không". reports joins the SQL written here; it never reads training's
 * tables itself.
 */
@Component
class TrainedDimension implements DimensionSource {

	/**
	 * The enrolments (alias e, course c) of the courses not deleted starting in the year
	 * of the report's date, as TRAINING_TURNS counts them: the rows of both training
	 * dimensions.
	 */
	static final String ENROLMENTS_OF_THE_YEAR = """
			from training_enrolment e join training_course c on c.id = e.course_id and c.deleted_at is null
			where e.starts_on >= make_date(extract(year from cast(:d as date))::int, 1, 1)
			  and e.starts_on <= make_date(extract(year from cast(:d as date))::int, 12, 31)""";

	@Override
	public Dim dimension() {
		return Dim.TRAINED;
	}

	@Override
	public Map<String, String> labels() {
		Map<String, String> m = new LinkedHashMap<>();
		m.put("YES", Messages.text("training.dimension.yes"));
		return m;
	}

	@Override
	public String noneLabel() {
		return Messages.text("training.dimension.no");
	}

	@Override
	public String personValues() {
		return "select distinct e.person_id, 'YES' " + ENROLMENTS_OF_THE_YEAR;
	}

}

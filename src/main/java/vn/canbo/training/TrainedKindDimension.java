package vn.canbo.training;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.canbo.reports.Dim;
import vn.canbo.reports.DimensionSource;
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
		Map<String, String> m = new LinkedHashMap<>();
		for (CourseKind k : CourseKind.values()) {
			m.put(k.name(), k.label());
		}
		return m;
	}

	@Override
	public String noneLabel() {
		return Messages.text("training.dimension.noKind");
	}

	@Override
	public String personValues() {
		return """
				select distinct e.person_id, c.kind
				from training_enrolment e join training_course c on c.id = e.course_id and c.deleted_at is null
				where e.starts_on >= make_date(extract(year from cast(:d as date))::int, 1, 1)
				  and e.starts_on <= make_date(extract(year from cast(:d as date))::int, 12, 31)""";
	}

}

package vn.canbo.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.canbo.documents.CvTrainingSource;
import vn.canbo.people.QualificationKind;
import vn.canbo.people.Training;
import vn.canbo.shared.Messages;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.web.Formats;

/**
 * The CV's training items from the courses (issue 16): every enrolment of the person that
 * started by the CV's date and, on that date, is completed or still without a result (not
 * completed, withdrawn and transferred are left out) — organiser, course, from–to
 * (month), the course's form and, when completed, the certificate (number and date). A
 * course of a kind that confers no level (bồi dưỡng theo chức danh, vị trí việc làm) is
 * printed with state management (38-item 32.3). The CV is the Vietnamese form: texts in
 * Vietnamese.
 */
@Component
class TrainingCvSource implements CvTrainingSource {

	private final TrainingRows rows;

	TrainingCvSource(TrainingRows rows) {
		this.rows = rows;
	}

	@Override
	public List<Training> trainings(long personId, LocalDate asOf) {
		Map<Long, Course> courses = new HashMap<>();
		List<Training> out = new ArrayList<>();
		for (Enrolment e : rows.enrolmentsOf(personId)) {
			if (e.startsOn().isAfter(asOf)) {
				continue;
			}
			boolean decided = e.result() != null && e.resultOn() != null && !e.resultOn().isAfter(asOf);
			if (decided && e.result() != CourseResult.COMPLETED) {
				continue;
			}
			Course c = courses.computeIfAbsent(e.courseId(), id -> rows.course(id).orElse(null));
			if (c == null) {
				continue;
			}
			QualificationKind kind = c.kind().qualificationKind() == null ? QualificationKind.STATE_MANAGEMENT
					: c.kind().qualificationKind();
			String certificate = decided
					? Messages.text(Messages.VIETNAMESE, "training.cv.certificate", e.certificateNumber(),
							Formats.date(e.certificateDate()))
					: Messages.text(Messages.VIETNAMESE, "training.cv.ongoing");
			out.add(new Training(null, kind, c.organiser(), c.name(), month(c.startsOn()), month(c.endsOn()),
					c.formCode(), certificate, c.levelCode()));
		}
		return out;
	}

	private static PartialDate month(LocalDate d) {
		return d == null ? null : PartialDate.ofMonth(d.getYear(), d.getMonthValue());
	}

}

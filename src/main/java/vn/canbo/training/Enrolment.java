package vn.canbo.training;

import java.time.LocalDate;

/**
 * An enrolment (one "lượt"): the person in the course, sent by a decision, and its result
 * (null: no result yet); {@code qualificationId} the dossier fact a completion added.
 */
@org.springframework.modulith.NamedInterface("api")
public record Enrolment(long id, long courseId, String courseName, CourseKind kind, long personId, String personName,
		String decisionNumber, LocalDate decidedOn, String issuer, LocalDate startsOn, LocalDate endsOn,
		CourseResult result, LocalDate resultOn, String certificateNumber, LocalDate certificateDate, String grade,
		String resultNote, Long qualificationId) {

	/** The same enrolment with the person's name (read through the people API). */
	Enrolment withPersonName(String name) {
		return new Enrolment(id, courseId, courseName, kind, personId, name, decisionNumber, decidedOn, issuer,
				startsOn, endsOn, result, resultOn, certificateNumber, certificateDate, grade, resultNote,
				qualificationId);
	}

}

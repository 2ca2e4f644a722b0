package vn.canbo.training;

import java.time.LocalDate;

/**
 * A result to record on an enrolment: COMPLETED needs the certificate number and date
 * (the date it takes effect); the others a date ({@code resultOn}).
 */
@org.springframework.modulith.NamedInterface("api")
public record ResultEntry(Long enrolmentId, CourseResult result, LocalDate resultOn, String certificateNumber,
		LocalDate certificateDate, String grade, String note) {
}

package vn.canbo.training;

import java.time.LocalDate;
import java.util.List;

/**
 * A sending decision (quyết định cử đi học): number, date, issuer, one course and the
 * persons it sends; each person becomes an enrolment (one "lượt"). {@code startsOn}
 * (optional, issue 16): the day they start, for late joiners — within the course; null =
 * the course's start. Figures by start date count the enrolment on that day.
 */
@org.springframework.modulith.NamedInterface("api")
public record Sending(String number, LocalDate decidedOn, String issuer, Long courseId, List<Long> personIds,
		LocalDate startsOn) {

	public Sending {
		personIds = personIds == null ? List.of()
				: java.util.Collections.unmodifiableList(new java.util.ArrayList<>(personIds));
	}

	/** Persons starting with the course. */
	public Sending(String number, LocalDate decidedOn, String issuer, Long courseId, List<Long> personIds) {
		this(number, decidedOn, issuer, courseId, personIds, null);
	}

}

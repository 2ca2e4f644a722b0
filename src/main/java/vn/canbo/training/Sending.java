package vn.canbo.training;

import java.time.LocalDate;
import java.util.List;

/**
 * A sending decision (quyết định cử đi học): number, date, issuer, one course and the
 * persons it sends; each person becomes an enrolment (one "lượt").
 */
@org.springframework.modulith.NamedInterface("api")
public record Sending(String number, LocalDate decidedOn, String issuer, Long courseId, List<Long> personIds) {

	public Sending {
		personIds = personIds == null ? List.of()
				: java.util.Collections.unmodifiableList(new java.util.ArrayList<>(personIds));
	}

}

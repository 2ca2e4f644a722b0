package vn.canbo.career;

import java.time.LocalDate;

/** A line of the decision list. */
public record DecisionSummary(long id, DecisionType type, String number, LocalDate signedOn, String issuer,
		LocalDate effectiveOn, DecisionStatus status, int subjects, String firstPersonName) {
}

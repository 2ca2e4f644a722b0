package vn.canbo.career;

import java.time.LocalDate;

/** Filters of the decision list: type, status, effective period [from, to], person, number/issuer text. */
public record DecisionFilter(DecisionType type, DecisionStatus status, LocalDate from, LocalDate to, Long personId,
                             String q) {

    public static DecisionFilter none() {
        return new DecisionFilter(null, null, null, null, null, null);
    }
}

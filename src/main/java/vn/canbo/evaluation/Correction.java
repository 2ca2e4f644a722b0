package vn.canbo.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A correction of a final rating by a recorded decision: the new rating (and score,
 * optional), the decision number, date and issuer, the reason.
 */
@org.springframework.modulith.NamedInterface("api")
public record Correction(Rating rating, BigDecimal score, String decisionNumber, LocalDate decisionDate, String issuer,
		String reason) {
}

package vn.canbo.people;

import java.time.LocalDate;
import java.util.List;

/**
 * One reward decision for many persons (issue 15, point 2): number, date, issuer, form,
 * level, achievement, programme and the persons rewarded.
 */
@org.springframework.modulith.NamedInterface("api")
public record AwardBatch(String decisionNumber, LocalDate decisionDate, String issuer, String formCode,
		AwardLevel level, String achievement, String programme, List<Long> personIds) {
}

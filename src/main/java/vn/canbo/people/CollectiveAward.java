package vn.canbo.people;

import java.time.LocalDate;

/**
 * Khen thưởng tập thể (issue 15, point 3): an award to a unit (org's unit id), by one
 * decision; {@code unitName} as of the decision date, filled in when read.
 */
@org.springframework.modulith.NamedInterface("api")
public record CollectiveAward(Long id, Long unitId, String unitName, String formCode, AwardLevel level, String issuer,
		String decisionNumber, LocalDate decisionDate, String achievement, String programme) {
}

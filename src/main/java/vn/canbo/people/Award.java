package vn.canbo.people;

import java.time.LocalDate;

/**
 * Khen thưởng (item 21/35.1): year, form (catalog AWARD_FORM), decision, issuer, reason.
 */
@org.springframework.modulith.NamedInterface("api")
public record Award(Long id, Integer year, String formCode, String decisionNumber, LocalDate decisionDate,
		String issuer, String reason) {
}

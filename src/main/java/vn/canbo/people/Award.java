package vn.canbo.people;

import java.time.LocalDate;

/**
 * Khen thưởng (item 21/35.1): year, form (catalog AWARD_FORM), decision, issuer, reason;
 * since issue 15 the level (cấp), the achievement (thành tích) and the programme it
 * rewards, if any (all three empty on rows written before).
 */
@org.springframework.modulith.NamedInterface("api")
public record Award(Long id, Integer year, String formCode, String decisionNumber, LocalDate decisionDate,
		String issuer, String reason, AwardLevel level, String achievement, String programme) {

	/** Without level, achievement and programme. */
	public Award(Long id, Integer year, String formCode, String decisionNumber, LocalDate decisionDate, String issuer,
			String reason) {
		this(id, year, formCode, decisionNumber, decisionDate, issuer, reason, null, null, null);
	}

}

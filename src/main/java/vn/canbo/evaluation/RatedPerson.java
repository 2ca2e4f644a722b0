package vn.canbo.evaluation;

import java.math.BigDecimal;

/**
 * One person behind an evaluation figure or rating cell: name, the unit they were
 * evaluated in, their title on the period's last day, the final rating and score (with
 * the NĐ 335 parts when split) and the campaign that decided it.
 */
@org.springframework.modulith.NamedInterface("api")
public record RatedPerson(long personId, String fullName, long unitId, String unitName, String title, Rating rating,
		BigDecimal score, BigDecimal commonScore, BigDecimal taskScore, long campaignId, String campaignName) {
}

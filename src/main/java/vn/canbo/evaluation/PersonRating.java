package vn.canbo.evaluation;

import java.time.LocalDate;

/**
 * A person's rating in one campaign: the year (of the period's end), period, rating,
 * campaign and whether final (only final ratings have consequences).
 */
@org.springframework.modulith.NamedInterface("api")
public record PersonRating(int year, PeriodKind periodKind, LocalDate periodFrom, LocalDate periodTo, Rating rating,
		long campaignId, String campaignName, boolean finalRating) {
}

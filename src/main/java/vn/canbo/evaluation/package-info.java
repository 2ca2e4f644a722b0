/**
 * Đánh giá, xếp loại chất lượng: evaluation campaigns (đợt đánh giá) of a unit subtree
 * and a period, their subjects (persons, or units for a collective campaign) with regime,
 * task group, score, rating and steps; the HTXSNV quota (NĐ 335/2025, QĐ 366-QĐ/TW);
 * finalisation (one transaction, immutable after) and correction by a recorded decision.
 * API (named interface {@code evaluation::api}): {@link vn.canbo.evaluation.Campaigns},
 * {@link vn.canbo.evaluation.EvaluationResults} (read API for other modules), the records
 * they use, and the events {@link vn.canbo.evaluation.EvaluationFinalised} and
 * {@link vn.canbo.evaluation.EvaluationCorrected}. Implements the reports SPI
 * (EVALUATION_* figures, over any population resolved by reports' StatisticsService).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluation", allowedDependencies = { "audit", "catalog",
		"documents", "imports::spi", "org", "people::api", "reports", "reports::spi", "rules", "security", "shared" })
package vn.canbo.evaluation;

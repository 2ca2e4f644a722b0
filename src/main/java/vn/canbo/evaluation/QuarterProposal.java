package vn.canbo.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * The score proposed for a subject of a YEAR campaign from the final QUARTER ratings of
 * that year: rolled up by {@code method} (rule {@code eval.quarter_rollup}: AVERAGE, LAST
 * or LOWEST), the rating from the score thresholds in force; the NĐ 335 parts when every
 * quarter used has them (null otherwise); the quarters it comes from.
 */
@org.springframework.modulith.NamedInterface("api")
public record QuarterProposal(long subjectId, BigDecimal commonScore, BigDecimal taskScore, BigDecimal score,
		Rating rating, String method, List<Quarter> quarters) {

	/** One final quarterly result: the quarter (1–4), its campaign, score and rating. */
	public record Quarter(int quarter, long campaignId, BigDecimal commonScore, BigDecimal taskScore, BigDecimal score,
			Rating rating) {
	}

	/** "Q1: 80 · Q2: 90" style summary (score with a decimal comma). */
	public String summary() {
		StringBuilder b = new StringBuilder();
		for (Quarter q : quarters) {
			if (!b.isEmpty()) {
				b.append(" · ");
			}
			b.append(vn.canbo.shared.Messages.text("evaluation.rollup.quarter", q.quarter()))
				.append(": ")
				.append(q.score() == null ? "–" : ScoreValidation.plain(q.score()));
		}
		return b.toString();
	}

}

package vn.canbo.evaluation;

import java.math.BigDecimal;
import java.util.List;
import vn.canbo.people.PersonCategory;

/**
 * One person (or, in a COLLECTIVE campaign, one unit: {@code personId} null and
 * {@code evaluatedUnitId} set) to evaluate in a campaign: the unit they are evaluated in,
 * their task group (nhóm có nhiệm vụ tương đồng), category and regime; the score (with
 * its NĐ 335 parts {@code commonScore} 0–30 and {@code taskScore} 0–70 when the regime
 * splits it), the rating, the disqualifying flags, whether a discipline in the evaluation
 * year was found in the dossier ({@code disciplineOnRecord}), whether the rating is
 * final, and the recorded steps.
 */
@org.springframework.modulith.NamedInterface("api")
public record Subject(long id, long campaignId, Long personId, Long evaluatedUnitId, String name, long unitId,
		String unitName, String taskGroup, PersonCategory category, Regime regime, BigDecimal commonScore,
		BigDecimal taskScore, BigDecimal score, Rating rating, Disqualifiers disqualifiers, boolean disciplineOnRecord,
		boolean finalRating, List<Step> steps) {
}

package vn.canbo.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.canbo.evaluation.CampaignKind;
import vn.canbo.evaluation.Campaigns;
import vn.canbo.evaluation.Finalisation;
import vn.canbo.evaluation.NewCampaign;
import vn.canbo.evaluation.PeriodKind;
import vn.canbo.evaluation.Rating;
import vn.canbo.evaluation.Regime;
import vn.canbo.evaluation.ScoreEntry;
import vn.canbo.evaluation.Subject;
import vn.canbo.people.PersonCategory;
import vn.canbo.shared.Scope;

/**
 * Final annual ratings through the evaluation module's published API (as career's
 * RatingsFixture): a YEAR campaign of a subtree, everyone GOOD unless given, finalised.
 */
@Component
class PlanningRatings {

	private final Campaigns campaigns;

	PlanningRatings(Campaigns campaigns) {
		this.campaigns = campaigns;
	}

	void year(long rootUnitId, int year, Map<Long, Rating> ratings) {
		var c = campaigns.open(new NewCampaign("Đánh giá năm " + year + " " + PlanningFixture.key(), rootUnitId,
				PeriodKind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), CampaignKind.INDIVIDUAL,
				Set.of(PersonCategory.CADRE, PersonCategory.CIVIL_SERVANT, PersonCategory.PUBLIC_EMPLOYEE), null),
				Scope.all());
		List<ScoreEntry> entries = campaigns.subjects(c.id(), Scope.all()).stream().map((Subject s) -> {
			Rating r = ratings.getOrDefault(s.personId(), Rating.GOOD);
			BigDecimal total = new BigDecimal(r == Rating.INCOMPLETE ? "40" : "80");
			if (s.regime() == Regime.ND_335_2025) {
				BigDecimal common = total.multiply(new BigDecimal("0.3"));
				return new ScoreEntry(s.id(), null, common, total.subtract(common), null, r, null, null);
			}
			return new ScoreEntry(s.id(), null, null, null, total, r, null, null);
		}).toList();
		campaigns.record(c.id(), entries, Scope.all());
		campaigns.finalise(c.id(), new Finalisation(LocalDate.of(year, 12, 31), "UBND tỉnh Thử", null), Scope.all());
	}

}

package vn.canbo.career;

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
import vn.canbo.evaluation.ScoreEntry;
import vn.canbo.evaluation.Subject;
import vn.canbo.people.PersonCategory;
import vn.canbo.shared.Scope;

/**
 * Test ratings through the evaluation module's published API: a YEAR campaign of a unit
 * subtree, every subject rated (the given rating, GOOD otherwise, with a score that
 * matches it), finalised or left open.
 */
@Component
class RatingsFixture {

	private final Campaigns campaigns;

	RatingsFixture(Campaigns campaigns) {
		this.campaigns = campaigns;
	}

	static BigDecimal score(Rating r) {
		return new BigDecimal(switch (r) {
			case EXCELLENT -> "92";
			case GOOD -> "80";
			case COMPLETE -> "60";
			case INCOMPLETE -> "40";
		});
	}

	/** The year's campaign of the subtree with the ratings given; final or not. */
	void year(long rootUnitId, int year, Map<Long, Rating> ratings, boolean finalise) {
		var c = campaigns.open(new NewCampaign("Đánh giá năm " + year + " " + CareerFixture.key(), rootUnitId,
				PeriodKind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), CampaignKind.INDIVIDUAL,
				Set.of(PersonCategory.CADRE, PersonCategory.CIVIL_SERVANT, PersonCategory.PUBLIC_EMPLOYEE), null),
				Scope.all());
		List<ScoreEntry> entries = campaigns.subjects(c.id(), Scope.all()).stream().map((Subject s) -> {
			Rating r = ratings.getOrDefault(s.personId(), Rating.GOOD);
			// from 2026 civil servants are scored under NĐ 335: common criteria (≤ 30)
			// and
			// task results (≤ 70), summing to the score
			BigDecimal common = year < 2026 ? null : score(r).multiply(new BigDecimal("0.3"));
			BigDecimal task = common == null ? null : score(r).subtract(common);
			return new ScoreEntry(s.id(), null, common, task, common == null ? score(r) : null, r, null, null);
		}).toList();
		campaigns.record(c.id(), entries, Scope.all());
		if (finalise) {
			campaigns.finalise(c.id(), new Finalisation(LocalDate.of(year, 12, 31), "UBND tỉnh Thử", null),
					Scope.all());
		}
	}

}

package vn.canbo.evaluation;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.canbo.reports.Dim;
import vn.canbo.reports.DimensionSource;
import vn.canbo.shared.EnumLabels;
import vn.canbo.shared.Messages;

/**
 * The statistics dimension "Xếp loại chất lượng" ({@link Dim#RATING}): a person's final
 * rating of the year of the report's date, counted as {@link EvaluationFigures} counts it
 * — individual and party-member campaigns of period kind YEAR whose period ends in that
 * year, the latest campaign winning (period end, then campaign id); persons without one
 * are "Chưa đánh giá". reports joins the SQL written here; it never reads evaluation's
 * tables itself.
 */
@Component
class RatingDimension implements DimensionSource {

	@Override
	public Dim dimension() {
		return Dim.RATING;
	}

	@Override
	public Map<String, String> labels() {
		return EnumLabels.of(Rating.values(), Rating::name, Rating::label);
	}

	@Override
	public String noneLabel() {
		return Messages.text("evaluation.rating.none");
	}

	@Override
	public String personValues() {
		return """
				select distinct on (s.person_id) s.person_id, s.rating
				from evaluation_subject s join evaluation_campaign c on c.id = s.campaign_id
				where s.final_rating and s.person_id is not null and c.kind <> 'COLLECTIVE'
				  and c.period_kind = 'YEAR'
				  and c.period_to >= make_date(extract(year from cast(:d as date))::int, 1, 1)
				  and c.period_to <= make_date(extract(year from cast(:d as date))::int, 12, 31)
				order by s.person_id, c.period_to desc, c.id desc""";
	}

}

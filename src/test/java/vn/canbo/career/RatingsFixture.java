package vn.canbo.career;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.canbo.evaluation.Rating;

/**
 * TEMPORARY (until ev-core's implementation): ratings written straight into the tables.
 */
@Component
class RatingsFixture {

	private final JdbcClient jdbc;

	RatingsFixture(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static BigDecimal score(Rating r) {
		return new BigDecimal(switch (r) {
			case EXCELLENT -> "92";
			case GOOD -> "80";
			case COMPLETE -> "60";
			case INCOMPLETE -> "40";
		});
	}

	void year(long rootUnitId, int year, Map<Long, Rating> ratings, boolean finalise) {
		long c = jdbc.sql("""
				insert into evaluation_campaign (name, root_unit_id, period_kind, period_from, period_to, kind, status)
				values ('x', :root, 'YEAR', :f, :t, 'INDIVIDUAL', 'OPEN') returning id""")
			.param("root", rootUnitId)
			.param("f", LocalDate.of(year, 1, 1))
			.param("t", LocalDate.of(year, 12, 31))
			.query(Long.class)
			.single();
		ratings.forEach((p, r) -> jdbc.sql("""
				insert into evaluation_subject (campaign_id, person_id, unit_id, regime, score, rating, final_rating)
				values (:c, :p, :u, 'ND_90_2020', :s, :r, :f)""")
			.param("c", c)
			.param("p", p)
			.param("u", rootUnitId)
			.param("s", score(r))
			.param("r", r.name())
			.param("f", finalise)
			.update());
	}

}

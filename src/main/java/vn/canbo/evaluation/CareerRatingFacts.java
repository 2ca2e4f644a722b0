package vn.canbo.evaluation;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.canbo.rules.RatingFacts;

/**
 * The final annual ratings of persons for career and the rules ({@link RatingFacts}):
 * salary raise delays, the two-consecutive-years alert, the appointment check. As
 * {@link EvaluationResults}: a year's rating is the final rating of a YEAR campaign of a
 * person (individual or party member) whose period ends in that year, as corrected; when
 * a person has several in one year (e.g. as civil servant and as party member), the worst
 * counts.
 */
@Component
class CareerRatingFacts implements RatingFacts {

	private static final String FINAL_YEARS = """
			select s.person_id, extract(year from c.period_to)::int as y, s.rating
			  from evaluation_subject s
			  join evaluation_campaign c on c.id = s.campaign_id
			 where s.person_id is not null and s.final_rating and s.rating is not null
			   and c.period_kind = 'YEAR' and c.kind <> 'COLLECTIVE'
			   and c.period_to >= make_date(:from, 1, 1) and c.period_to <= make_date(:to, 12, 31)
			""";

	private final JdbcClient jdbc;

	CareerRatingFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public SortedMap<Integer, String> finalRatings(long personId, int fromYear, int toYear) {
		SortedMap<Integer, String> out = new TreeMap<>();
		jdbc.sql(FINAL_YEARS + " and s.person_id = :person")
			.param("from", fromYear)
			.param("to", toYear)
			.param("person", personId)
			.query((rs, i) -> {
				int y = rs.getInt("y");
				Rating r = Rating.valueOf(rs.getString("rating"));
				out.merge(y, r.name(), (a, b) -> Rating.valueOf(a).worseThan(r) ? a : b);
				return null;
			})
			.list();
		return out;
	}

	@Override
	public Map<Long, SortedMap<Integer, String>> finalRatings(Collection<Long> personIds, int fromYear, int toYear) {
		Map<Long, SortedMap<Integer, String>> out = new HashMap<>();
		if (personIds.isEmpty() || toYear < fromYear) {
			return out;
		}
		jdbc.sql(FINAL_YEARS + " and s.person_id = any(:ids)")
			.param("from", fromYear)
			.param("to", toYear)
			.param("ids", personIds.toArray(Long[]::new))
			.query((rs, i) -> {
				Rating r = Rating.valueOf(rs.getString("rating"));
				out.computeIfAbsent(rs.getLong("person_id"), k -> new TreeMap<>())
					.merge(rs.getInt("y"), r.name(), (a, b) -> Rating.valueOf(a).worseThan(r) ? a : b);
				return null;
			})
			.list();
		return out;
	}

	@Override
	public Set<Long> incompleteEveryYear(Collection<Long> personIds, int fromYear, int toYear) {
		if (personIds != null && personIds.isEmpty() || toYear < fromYear) {
			return Set.of();
		}
		String sql = "select person_id from (" + FINAL_YEARS
				+ (personIds == null ? "" : " and s.person_id in (:persons)")
				+ ") x where rating = 'INCOMPLETE' group by person_id having count(distinct y) = :n";
		var spec = jdbc.sql(sql).param("from", fromYear).param("to", toYear).param("n", toYear - fromYear + 1);
		if (personIds != null) {
			spec = spec.param("persons", personIds);
		}
		return new HashSet<>(spec.query(Long.class).list());
	}

}

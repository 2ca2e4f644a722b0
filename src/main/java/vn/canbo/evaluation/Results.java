package vn.canbo.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The implementation of {@link EvaluationResults}: reads the subjects of campaigns. A
 * year's rating is the final rating of a YEAR campaign whose period ends in that year
 * (the latest such campaign if several).
 */
@Service
class Results implements EvaluationResults {

	private static final String YEARS = """
			select distinct on (extract(year from c.period_to)) extract(year from c.period_to)::int yr, s.rating
			from evaluation_subject s join evaluation_campaign c on c.id = s.campaign_id
			where s.person_id = ? and s.final_rating and c.period_kind = 'YEAR'
			order by extract(year from c.period_to), c.period_to desc, c.id desc""";

	private final JdbcClient jdbc;

	Results(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PersonRating> ratings(long personId) {
		return jdbc.sql("""
				select c.id, c.name, c.period_kind, c.period_from, c.period_to, s.rating, s.final_rating
				from evaluation_subject s join evaluation_campaign c on c.id = s.campaign_id
				where s.person_id = ? and s.rating is not null order by c.period_to desc, c.id desc""")
			.param(personId)
			.query((rs, n) -> {
				LocalDate to = rs.getObject("period_to", LocalDate.class);
				return new PersonRating(to.getYear(), PeriodKind.valueOf(rs.getString("period_kind")),
						rs.getObject("period_from", LocalDate.class), to, Rating.valueOf(rs.getString("rating")),
						rs.getLong("id"), rs.getString("name"), rs.getBoolean("final_rating"));
			})
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Rating> ratingIn(long personId, int year) {
		return years(personId).stream().filter(y -> y.year() == year).map(YearRating::rating).findFirst();
	}

	@Override
	@Transactional(readOnly = true)
	public int incompleteYears(long personId, LocalDate from, LocalDate to) {
		return jdbc
			.sql("""
					select count(distinct extract(year from c.period_to)) from evaluation_subject s
					join evaluation_campaign c on c.id = s.campaign_id
					where s.person_id = ? and s.final_rating and c.period_kind = 'YEAR' and s.rating = 'INCOMPLETE'
					  and c.period_to between ? and ?
					  and not exists (select 1 from evaluation_subject s2 join evaluation_campaign c2 on c2.id = s2.campaign_id
					                  where s2.person_id = s.person_id and s2.final_rating and c2.period_kind = 'YEAR'
					                    and extract(year from c2.period_to) = extract(year from c.period_to)
					                    and (c2.period_to, c2.id) > (c.period_to, c.id))""")
			.params(personId, from, to)
			.query(Integer.class)
			.single();
	}

	@Override
	@Transactional(readOnly = true)
	public int consecutiveIncomplete(long personId, int upToYear) {
		List<YearRating> years = years(personId);
		int n = 0;
		for (int y = upToYear;; y--) {
			int year = y;
			Optional<Rating> r = years.stream().filter(x -> x.year() == year).map(YearRating::rating).findFirst();
			if (r.isEmpty() || r.get() != Rating.INCOMPLETE) {
				return n;
			}
			n++;
		}
	}

	private List<YearRating> years(long personId) {
		return jdbc.sql(YEARS)
			.param(personId)
			.query((rs, n) -> new YearRating(rs.getInt("yr"), Rating.valueOf(rs.getString("rating"))))
			.list();
	}

	private record YearRating(int year, Rating rating) {
	}

}

package vn.canbo.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import vn.canbo.people.Gender;
import vn.canbo.people.RetirementCategory;
import vn.canbo.rules.Retirement;

/**
 * "Reached the retirement age on :d" in SQL, per person: the birth-date cut-off of the
 * one Java function ({@link Retirement#retiredIfBornBefore(Gender, LocalDate, int)}) for
 * the person's sex and the adjustment of their retirement category in force (people's
 * {@code person_retirement_category}; NĐ 135 Art. 5, 6), else the normal roadmap's.
 */
final class RetiredSql {

	/** The boolean column expression over {@code person_fact pf}. */
	static final String COLUMN = ", pf.birth_date < coalesce((select cast(rc.cut as date)"
			+ " from person_retirement_category c join unnest(cast(:retSex as text[]), cast(:retAdj as integer[]),"
			+ " cast(:retCut as text[])) rc(sex, adj, cut) on rc.sex = pf.gender and rc.adj = case when c.category ="
			+ " any(cast(:retEarlier as text[])) then -c.months else c.months end where c.person_id = pf.person_id"
			+ " and c.deleted_at is null and c.valid_from <= :d and (c.valid_to is null or c.valid_to > :d)"
			+ " order by c.valid_from desc, c.id desc limit 1),"
			+ " case when pf.gender = 'MALE' then :retMen else :retWomen end) as retired";

	private RetiredSql() {
	}

	static void params(MapSqlParameterSource params, LocalDate d) {
		params.addValue("retMen", Retirement.retiredIfBornBefore(Gender.MALE, d));
		params.addValue("retWomen", Retirement.retiredIfBornBefore(Gender.FEMALE, d));
		int max = Retirement.maxAdjustMonths();
		List<String> sex = new ArrayList<>();
		List<Integer> adj = new ArrayList<>();
		List<String> cut = new ArrayList<>();
		for (Gender g : Gender.values()) {
			for (int a = -max; a <= max; a++) {
				if (a != 0) {
					sex.add(g.name());
					adj.add(a);
					cut.add(Retirement.retiredIfBornBefore(g, d, a).toString());
				}
			}
		}
		params.addValue("retSex", sex.toArray(String[]::new));
		params.addValue("retAdj", adj.toArray(Integer[]::new));
		params.addValue("retCut", cut.toArray(String[]::new));
		params.addValue("retEarlier",
				Arrays.stream(RetirementCategory.values())
					.filter(c -> !c.later())
					.map(Enum::name)
					.toArray(String[]::new));
	}

}

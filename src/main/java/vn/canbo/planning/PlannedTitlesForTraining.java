package vn.canbo.planning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.canbo.training.PlannedTitles;

/**
 * Answers training's gap analysis (issue 16) from planning's own tables: the candidates
 * of the plans of the units, in the plan over [added_on, removed_on) on the date. The
 * caller has already restricted the units to the scope.
 */
@Component
class PlannedTitlesForTraining implements PlannedTitles {

	private final JdbcClient jdbc;

	PlannedTitlesForTraining(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Planned> planned(Collection<Long> unitIds, LocalDate on) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select c.person_id, c.title_code, p.unit_id, p.id, t.label, p.decision_number
				from planning_candidate c
				join planning_plan p on p.id = c.plan_id
				join planning_term t on t.code = p.term_code
				where p.unit_id = any(:u) and c.added_on <= :d and (c.removed_on is null or c.removed_on > :d)
				order by p.unit_id, c.title_code, c.person_id""")
			.param("u", unitIds.toArray(Long[]::new))
			.param("d", on)
			.query((rs, n) -> new Planned(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
					rs.getString(6)))
			.list();
	}

}

package vn.canbo.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.canbo.career.PlannedCandidacies;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;

/**
 * Answers career's APP-02 check (issue 17) from planning's own tables: a person's
 * candidacies in force on a day, compared with a post by PLAN-01's model (the unit's
 * administrative level, then the title catalog's rank; {@link PlanningChecks}). The
 * caller has checked the person.
 */
@Component
class PlannedCandidaciesForCareer implements PlannedCandidacies {

	private final JdbcClient jdbc;

	private final Units units;

	private final Catalogs catalogs;

	private final PlanningChecks checks;

	PlannedCandidaciesForCareer(JdbcClient jdbc, Units units, Catalogs catalogs, PlanningChecks checks) {
		this.jdbc = jdbc;
		this.units = units;
		this.catalogs = catalogs;
		this.checks = checks;
	}

	private record Row(long planId, long unitId, String titleCode, String termLabel, String decisionNumber) {
	}

	@Override
	public List<Candidacy> of(long personId, long unitId, String titleCode, LocalDate on, Long closedBy) {
		List<Row> rows = jdbc.sql("""
				select c.plan_id, p.unit_id, c.title_code, t.label, p.decision_number
				  from planning_candidate c
				  join planning_plan p on p.id = c.plan_id
				  join planning_term t on t.code = p.term_code
				 where c.person_id = :person and c.added_on <= :on and t.ends_on >= :on
				   and (c.removed_on is null or c.removed_on > :on
				        or c.appointed_by_decision_id = cast(:closedBy as bigint))
				 order by c.added_on, c.id""")
			.param("person", personId)
			.param("on", on)
			.param("closedBy", closedBy)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Set<Long> ids = rows.stream().map(Row::unitId).collect(Collectors.toSet());
		ids.add(unitId);
		Map<Long, UnitView> found = units.findAll(ids, on);
		int[] post = key(found.get(unitId), titleCode);
		return rows.stream().map(r -> {
			UnitView u = found.get(r.unitId());
			int[] planned = key(u, r.titleCode());
			Comparison c = compare(planned, post, r.titleCode().equals(titleCode));
			return new Candidacy(r.planId(), r.unitId(), u == null ? "" : u.name(), r.titleCode(),
					catalogs.name(CatalogType.TITLE, r.titleCode()), r.termLabel(), r.decisionNumber(), c);
		}).toList();
	}

	@Override
	public boolean hasPlan(long unitId, LocalDate on) {
		return jdbc.sql("""
				select count(*) from planning_plan p join planning_term t on t.code = p.term_code
				 where p.unit_id = ? and p.decided_on <= ? and t.ends_on >= ?""")
			.params(unitId, on, on)
			.query(Long.class)
			.single() > 0;
	}

	private int[] key(UnitView unit, String titleCode) {
		return new int[] { PlanningChecks.level(unit == null ? null : unit.level()), checks.rank(titleCode) };
	}

	/** The planned title against the post: same level and rank, higher, lower. */
	static Comparison compare(int[] planned, int[] post, boolean sameTitle) {
		int c = planned[0] != post[0] ? Integer.compare(planned[0], post[0]) : Integer.compare(planned[1], post[1]);
		if (c == 0) {
			return sameTitle ? Comparison.SAME
					: planned[1] == PlanningChecks.NO_RANK ? Comparison.LOWER : Comparison.EQUIVALENT;
		}
		return c < 0 ? Comparison.HIGHER : Comparison.LOWER;
	}

}

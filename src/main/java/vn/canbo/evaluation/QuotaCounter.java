package vn.canbo.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The HTXSNV quota of a campaign (NĐ 335/2025; HD 21-HD/BTCTW for party members): per
 * unit and, with the grouping UNIT_TASK_GROUP, per task group, HTXSNV ≤ floor(pct × HTTNV
 * / 100) — "không quá 20%" read as the largest whole number not above 20% of the HTTNV
 * count. Subjects without a task group form one group of their unit. Collective campaigns
 * have no quota.
 */
@Component
class QuotaCounter {

	private final JdbcClient jdbc;

	private final EvaluationRules rules;

	QuotaCounter(JdbcClient jdbc, EvaluationRules rules) {
		this.jdbc = jdbc;
		this.rules = rules;
	}

	/**
	 * @param unitIds the units to report (null = all)
	 */
	QuotaCheck check(Campaign c, Set<Long> unitIds, Map<Long, String> unitNames) {
		EvaluationRules.Quota q = rules.quota(c.periodTo());
		if (c.kind() == CampaignKind.COLLECTIVE) {
			return new QuotaCheck(c.id(), q.pct(), q.grouping(), q.mode(), q.legalBasis(), List.of());
		}
		List<QuotaCheck.Group> groups = jdbc
			.sql("""
					select unit_id, case when :byGroup then coalesce(task_group, '') else '' end grp,
					       count(*) filter (where rating = 'EXCELLENT') excellent, count(*) filter (where rating = 'GOOD') good
					from evaluation_subject where campaign_id = :c and (cast(:all as boolean) or unit_id = any(:units))
					group by 1, 2 order by 1, 2""")
			.param("byGroup", q.byTaskGroup())
			.param("c", c.id())
			.param("all", unitIds == null)
			.param("units", unitIds == null ? new Long[0] : unitIds.toArray(Long[]::new))
			.query((rs, n) -> {
				int excellent = rs.getInt("excellent"), good = rs.getInt("good");
				int allowed = QuotaCheck.allowed(q.pct(), good);
				long unit = rs.getLong("unit_id");
				String g = rs.getString("grp");
				return new QuotaCheck.Group(unit, unitNames.get(unit), g.isEmpty() ? null : g, excellent, good, allowed,
						Math.max(0, excellent - allowed));
			})
			.list();
		return new QuotaCheck(c.id(), q.pct(), q.grouping(), q.mode(), q.legalBasis(), groups);
	}

	/** The key of a subject's quota group under the grouping in force. */
	static String groupKey(long unitId, String taskGroup, String grouping) {
		return unitId + "|" + ("UNIT".equals(grouping) || taskGroup == null ? "" : taskGroup);
	}

}

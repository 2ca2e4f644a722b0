package vn.canbo.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.canbo.shared.Messages;

/**
 * The HTXSNV quota of a campaign: HTXSNV ≤ floor(pct × base / 100) per group — "không quá
 * 20%" read as the largest whole number not above 20% of the base. Each subject falls
 * under one rule (see {@link QuotaCheck}): COLLECTIVE in a collective campaign (one
 * group: the campaign; a subject recorded as an outstanding collective is not counted),
 * ND48 when its regime is in {@code eval.quota.nd48_regimes}, otherwise STANDARD. Groups:
 * UNIT_TASK_GROUP (unit and task group; no task group = one group of the unit), UNIT,
 * GRASSROOTS_UNIT (the unit standing for the grassroots Party organisation, SPI
 * {@link GrassrootsUnits}), CAMPAIGN.
 */
@Component
class QuotaCounter {

	/** The counts of one group while tallying. */
	static final class Tally {

		final QuotaCheck.Rule rule;

		final long unitId;

		final String taskGroup;

		int excellent, good, rated, exempt;

		final Set<Long> units = new HashSet<>();

		Tally(QuotaCheck.Rule rule, long unitId, String taskGroup) {
			this.rule = rule;
			this.unitId = unitId;
			this.taskGroup = taskGroup;
		}

		void add(Rating r, boolean exempted, int delta) {
			if (r == null) {
				return;
			}
			rated += delta;
			if (r == Rating.EXCELLENT) {
				if (exempted) {
					exempt += delta;
				}
				else {
					excellent += delta;
				}
			}
			else if (r == Rating.GOOD) {
				good += delta;
			}
		}

		int base() {
			return "RATED".equals(rule.denominator()) ? rated : good;
		}

		int allowed() {
			return rule.allowed(base());
		}

		QuotaCheck.Group group(String unitName) {
			int allowed = allowed();
			return new QuotaCheck.Group(rule.code(), unitId, unitName, taskGroup, excellent, good, base(), exempt,
					allowed, Math.max(0, excellent - allowed), rule.pct(), rule.mode());
		}

	}

	/** The rules of a campaign and the group of each subject. */
	record Plan(Campaign campaign, QuotaCheck.Rule main, QuotaCheck.Rule nd48, Set<String> nd48Regimes,
			Map<Long, Long> grassroots) {

		List<QuotaCheck.Rule> rules() {
			return nd48 == null ? List.of(main) : List.of(main, nd48);
		}

		/**
		 * True when every group lies within one unit (grouping UNIT or UNIT_TASK_GROUP).
		 */
		boolean withinUnits() {
			return rules().stream()
				.allMatch(r -> "UNIT".equals(r.grouping()) || "UNIT_TASK_GROUP".equals(r.grouping()));
		}

		QuotaCheck.Rule rule(Regime regime) {
			return nd48 != null && nd48Regimes.contains(regime.name()) ? nd48 : main;
		}

		/** The unit standing for the subject's group. */
		long groupUnit(QuotaCheck.Rule rule, long unitId) {
			return switch (rule.grouping()) {
				case "CAMPAIGN" -> campaign.rootUnitId();
				case "GRASSROOTS_UNIT" -> grassroots.getOrDefault(unitId, unitId);
				default -> unitId;
			};
		}

		String taskGroup(QuotaCheck.Rule rule, String taskGroup) {
			return "UNIT_TASK_GROUP".equals(rule.grouping()) ? taskGroup : null;
		}

		String key(Regime regime, long unitId, String taskGroup) {
			QuotaCheck.Rule r = rule(regime);
			return r.code() + "|" + groupUnit(r, unitId) + "|" + Objects.toString(taskGroup(r, taskGroup), "");
		}

		Tally tally(Map<String, Tally> tallies, Regime regime, long unitId, String taskGroup) {
			QuotaCheck.Rule r = rule(regime);
			return tallies.computeIfAbsent(key(regime, unitId, taskGroup),
					k -> new Tally(r, groupUnit(r, unitId), taskGroup(r, taskGroup)));
		}

	}

	private final JdbcClient jdbc;

	private final EvaluationRules rules;

	private final GrassrootsUnits grassroots;

	QuotaCounter(JdbcClient jdbc, EvaluationRules rules, GrassrootsUnits grassroots) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.grassroots = grassroots;
	}

	Plan plan(Campaign c) {
		QuotaCheck.Rule main = rules.quota(c.kind(), c.periodTo());
		QuotaCheck.Rule nd48 = c.kind() == CampaignKind.COLLECTIVE ? null : rules.nd48Quota(c.periodTo()).orElse(null);
		Map<Long, Long> roots = Map.of();
		if ("GRASSROOTS_UNIT".equals(main.grouping())) {
			List<Long> ids = jdbc.sql("select distinct unit_id from evaluation_subject where campaign_id = ?")
				.param(c.id())
				.query(Long.class)
				.list();
			roots = grassroots.grassroots(c.rootUnitId(), ids, c.periodTo());
		}
		return new Plan(c, main, nd48, rules.nd48Regimes(c.periodTo()), roots);
	}

	/**
	 * The stored counts of every group, by key; the exempted subjects in {@code exempt}.
	 */
	Map<String, Tally> tallies(Plan plan, Set<Long> exempt) {
		return tallies(plan, exempt, null);
	}

	/**
	 * The stored counts of the groups of the subjects evaluated in {@code unitIds} (null:
	 * every group). A group spanning units (grouping GRASSROOTS_UNIT or CAMPAIGN) is
	 * always counted whole: then every unit is read.
	 */
	Map<String, Tally> tallies(Plan plan, Set<Long> exempt, Set<Long> unitIds) {
		boolean withinUnits = unitIds != null && plan.withinUnits();
		Map<String, Tally> out = new LinkedHashMap<>();
		// no "(not :within or …)": PostgreSQL then read the whole campaign for each batch
		var q = jdbc
			.sql("""
					select s.unit_id, s.task_group, s.regime, s.rating, o.subject_id exempt, count(*) n
					from evaluation_subject s left join evaluation_outstanding o on o.subject_id = s.id
					where s.campaign_id = :c""" + (withinUnits ? " and s.unit_id = any(:units)" : "")
					+ " group by 1, 2, 3, 4, 5 order by 1, 2")
			.param("c", plan.campaign().id());
		if (withinUnits) {
			q = q.param("units", unitIds.toArray(Long[]::new));
		}
		q.query(rs -> {
			long unit = rs.getLong("unit_id");
			Long ex = rs.getObject("exempt", Long.class);
			if (ex != null) {
				exempt.add(ex);
			}
			Tally t = plan.tally(out, Regime.valueOf(rs.getString("regime")), unit, rs.getString("task_group"));
			t.add(CampaignRows.rating(rs.getString("rating")), ex != null, rs.getInt("n"));
			t.units.add(unit);
		});
		return out;
	}

	/**
	 * @param unitIds the units to report (null = all): a group is reported when one of
	 * its subjects is evaluated in one of them
	 */
	QuotaCheck check(Campaign c, Set<Long> unitIds, Map<Long, String> unitNames) {
		Plan plan = plan(c);
		List<QuotaCheck.Group> groups = new ArrayList<>();
		for (Tally t : tallies(plan, new HashSet<>()).values()) {
			if (unitIds == null || t.units.stream().anyMatch(unitIds::contains)) {
				groups.add(t.group(unitNames.get(t.unitId)));
			}
		}
		return new QuotaCheck(c.id(), plan.rules(), groups);
	}

	/**
	 * The rule named after a quota message: nothing for STANDARD, else " — " + its name.
	 */
	static String basis(QuotaCheck.Rule rule) {
		return "STANDARD".equals(rule.code()) ? "" : " — " + Messages.text("evaluation.quota.rule." + rule.code());
	}

	static String basis(QuotaCheck q, QuotaCheck.Group g) {
		return q.rules()
			.stream()
			.filter(r -> r.code().equals(g.rule()))
			.findFirst()
			.map(QuotaCounter::basis)
			.orElse("");
	}

}

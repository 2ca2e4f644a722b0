package vn.canbo.evaluation;

import java.util.List;
import vn.canbo.rules.RuleMode;

/**
 * The HTXSNV quota of a campaign: the quota rules in force on the period's last day and,
 * per group, the counts rated HTXSNV and HTTNV, the denominator ({@code base}: the HTTNV
 * count, or every rated subject when the rule's denominator is RATED), the outstanding
 * collectives exempted, the allowed number = floor(pct × base / 100) and the excess
 * ({@code over} = max(0, HTXSNV − allowed)). A subject falls under one rule:
 * {@code STANDARD} (NĐ 335/2025; HD 21-HD/BTCTW for party members), {@code ND48} (NĐ
 * 48/2023: the party-member ratio, for the regimes of {@code eval.quota.nd48_regimes}) or
 * {@code COLLECTIVE}. {@code pct}, {@code grouping}, {@code mode} and {@code legalBasis}
 * are those of the campaign's main rule (the first).
 */
@org.springframework.modulith.NamedInterface("api")
public record QuotaCheck(long campaignId, int pct, String grouping, RuleMode mode, String legalBasis, List<Rule> rules,
		List<Group> groups) {

	/**
	 * A quota rule: code (STANDARD, ND48, COLLECTIVE), percentage, denominator (GOOD,
	 * RATED), grouping (UNIT_TASK_GROUP, UNIT, GRASSROOTS_UNIT, CAMPAIGN), mode, legal
	 * basis.
	 */
	public record Rule(String code, int pct, String denominator, String grouping, RuleMode mode, String legalBasis) {

		public int allowed(int base) {
			return QuotaCheck.allowed(pct, base);
		}

	}

	/**
	 * One group of a rule: the unit that stands for it (the unit, the grassroots unit or
	 * the campaign's root), the task group when grouped by it.
	 */
	public record Group(String rule, long unitId, String unitName, String taskGroup, int excellent, int good, int base,
			int exempt, int allowed, int over, int pct, RuleMode mode) {

		public boolean exceeded() {
			return over > 0;
		}

		Group named(String name) {
			return new Group(rule, unitId, name, taskGroup, excellent, good, base, exempt, allowed, over, pct, mode);
		}
	}

	public QuotaCheck(long campaignId, List<Rule> rules, List<Group> groups) {
		this(campaignId, rules.get(0).pct(), rules.get(0).grouping(), rules.get(0).mode(), rules.get(0).legalBasis(),
				rules, groups);
	}

	public boolean exceeded() {
		return groups.stream().anyMatch(Group::exceeded);
	}

	/** The sum of the excesses. */
	public int over() {
		return groups.stream().mapToInt(Group::over).sum();
	}

	/** The sum of the excesses of the groups whose rule is in the mode. */
	public int over(RuleMode m) {
		return groups.stream().filter(g -> g.mode() == m).mapToInt(Group::over).sum();
	}

	/**
	 * True when a group of a rule in WARN mode is over its quota (justification needed).
	 */
	public boolean warnExceeded() {
		return over(RuleMode.WARN) > 0;
	}

	/** True when a group of a rule in BLOCK mode is over its quota (no finalisation). */
	public boolean blockExceeded() {
		return over(RuleMode.BLOCK) > 0;
	}

	/** floor(pct × base / 100): "≤ 20% of N" in the regulation's text. */
	public static int allowed(int pct, int base) {
		return Math.floorDiv(pct * base, 100);
	}

}

package vn.canbo.evaluation;

import java.util.List;
import vn.canbo.rules.RuleMode;

/**
 * The HTXSNV quota of a campaign: per group (unit and, when the grouping says so, task
 * group) the counts rated HTXSNV and HTTNV, the allowed number = floor(pct × HTTNV / 100)
 * and the excess ({@code over} = max(0, HTXSNV − allowed)); the percentage, grouping,
 * mode and legal basis of the parameters in force on the period's last day.
 */
@org.springframework.modulith.NamedInterface("api")
public record QuotaCheck(long campaignId, int pct, String grouping, RuleMode mode, String legalBasis,
		List<Group> groups) {

	public record Group(long unitId, String unitName, String taskGroup, int excellent, int good, int allowed,
			int over) {

		public boolean exceeded() {
			return over > 0;
		}
	}

	public boolean exceeded() {
		return groups.stream().anyMatch(Group::exceeded);
	}

	/** The sum of the excesses. */
	public int over() {
		return groups.stream().mapToInt(Group::over).sum();
	}

	/** floor(pct × good / 100): "≤ 20% of N" in the regulation's text. */
	public static int allowed(int pct, int good) {
		return Math.floorDiv(pct * good, 100);
	}

}

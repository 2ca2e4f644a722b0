package vn.canbo.rules;

import java.time.LocalDate;
import vn.canbo.shared.Messages;

/**
 * APP-12: the policy group of Nghị định 177/2024/NĐ-CP of a cadre at a congress, by the
 * whole months of working time left at the congress date ({@link RemainingTime#months}):
 * fewer than {@code policy.not_eligible_reelection_lt_months} (30) is "không đủ tuổi tái
 * cử"; from 30 up to and including {@code policy.eligible_reelection_lt_months} (60) is
 * "còn đủ tuổi tái cử" (regulations.md says "30–60 months": exactly 60 is read as
 * inside); more is no group.
 *
 * @param result the group as a rule result (passed unless NOT_ELIGIBLE, mode and legal
 * basis of the parameter that decided the group)
 */
public record PolicyGroup(Group group, long monthsLeft, RuleResult result) {

	public enum Group {

		NOT_ELIGIBLE, ELIGIBLE_30_60, NONE

	}

	public String legalBasis() {
		return result.legalBasis();
	}

	static PolicyGroup of(RuleChecks checks, SubjectFacts f, LocalDate congress) {
		RuleParameters params = checks.parameters();
		String lowKey = "policy.not_eligible_reelection_lt_months";
		String highKey = "policy.eligible_reelection_lt_months";
		int low = params.intValue(lowKey, congress);
		int high = params.intValue(highKey, congress);
		Retirement r = checks.retirement(f, congress);
		long left = RemainingTime.months(congress, r.retirementDate());
		Group g = left < low ? Group.NOT_ELIGIBLE : left <= high ? Group.ELIGIBLE_30_60 : Group.NONE;
		String message = Messages.text("rules.check.policyGroup." + g.name(), f.fullName(), String.valueOf(left),
				RuleChecks.d(congress), String.valueOf(low), String.valueOf(high), RuleChecks.d(r.retirementDate()));
		RuleResult result = checks.result(g == Group.NOT_ELIGIBLE ? lowKey : highKey, congress, g != Group.NOT_ELIGIBLE,
				message, f.personId());
		return new PolicyGroup(g, left, result);
	}

}

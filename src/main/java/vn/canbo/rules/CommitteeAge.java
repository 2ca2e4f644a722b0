package vn.canbo.rules;

import java.time.LocalDate;
import vn.canbo.shared.Messages;

/**
 * APP-11 (Chỉ thị 45-CT/TW, 14/4/2025): the working time left at the congress date
 * ({@link RemainingTime#months}) against the minimum in force then: first membership of a
 * Party committee, government body or MTTQ, re-election, or re-election of a provincial
 * Phó Bí thư (the special case applies to a re-election only). Used through
 * {@link RuleChecks#committeeAge}.
 */
final class CommitteeAge {

	private CommitteeAge() {
	}

	static RuleResult check(RuleChecks checks, SubjectFacts f, LocalDate congress, boolean reelection,
			boolean provincialDeputySecretary) {
		String kind = !reelection ? "first" : provincialDeputySecretary ? "deputySecretary" : "reelection";
		String key = switch (kind) {
			case "first" -> "committee.min_remaining_months_first";
			case "reelection" -> "committee.min_remaining_months_reelection";
			default -> "committee.min_remaining_months_reelection_deputy_secretary_province";
		};
		int min = checks.parameters().intValue(key, congress);
		Retirement r = checks.retirement(f, congress);
		long left = RemainingTime.months(congress, r.retirementDate());
		boolean ok = left >= min;
		return checks.result(key, congress, ok,
				Messages.text(ok ? "rules.check.committeeAge.ok" : "rules.check.committeeAge.fail", f.fullName(),
						String.valueOf(left), RuleChecks.d(congress), String.valueOf(min),
						Messages.text("rules.check.committeeAge." + kind), RuleChecks.d(r.retirementDate())),
				f.personId());
	}

}

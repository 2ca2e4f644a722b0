package vn.canbo.rules;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.canbo.people.RetirementCategory;
import vn.canbo.people.RetirementLimits;

/**
 * The retirement limits of the dossier: the parameters retire.earlier_max_months and
 * retire.later_max_months in force.
 */
@Component
class RetirementLimitsOfParameters implements RetirementLimits {

	private final RuleParameters params;

	RetirementLimitsOfParameters(RuleParameters params) {
		this.params = params;
	}

	@Override
	public int maxMonths(RetirementCategory category, LocalDate on) {
		return params.intValue(category.maxMonthsKey(), on);
	}

}

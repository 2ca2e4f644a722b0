package vn.canbo.targets;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.canbo.reports.DashboardTargets;
import vn.canbo.shared.Scope;

/**
 * Fills the dashboard's ratios with the target of the latest running programme in the
 * scope naming that figure.
 */
@Component
class TargetsOnDashboard implements DashboardTargets {

	private final Programmes programmes;

	TargetsOnDashboard(Programmes programmes) {
		this.programmes = programmes;
	}

	@Override
	public Optional<Target> target(String figureCode, Scope scope, LocalDate asOf) {
		return programmes.dashboardIndicator(figureCode, scope, asOf)
			.filter(i -> i.kind() != Indicator.Kind.COUNT_IN_PERIOD && i.targetValue() != null)
			.map(i -> new Target(i.targetValue(), i.direction() == Indicator.Direction.AT_LEAST, i.name()));
	}

}

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

	/** Issue 16: the counts against a plan of the scope's own units (six at most). */
	@Override
	public java.util.List<PlanLine> plans(Scope scope, LocalDate asOf) {
		return programmes.runningPlans(scope, asOf, 6).stream().map(a -> {
			java.math.BigDecimal pct = a.target() == null || a.target().signum() == 0 ? null
					: java.math.BigDecimal.valueOf(a.count())
						.multiply(java.math.BigDecimal.valueOf(100))
						.divide(a.target(), 2, java.math.RoundingMode.HALF_UP);
			return new PlanLine(a.indicator().name(), a.phrase(), pct,
					a.status() == Achievement.Status.DAT || a.status() == Achievement.Status.VUOT,
					"/targets/" + a.source());
		}).toList();
	}

}

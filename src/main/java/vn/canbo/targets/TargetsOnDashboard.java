package vn.canbo.targets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	private final JdbcClient jdbc;

	TargetsOnDashboard(Programmes programmes, JdbcClient jdbc) {
		this.programmes = programmes;
		this.jdbc = jdbc;
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
		return runningPlans(scope, asOf, 6).stream().map(a -> {
			java.math.BigDecimal pct = a.target() == null || a.target().signum() == 0 ? null
					: java.math.BigDecimal.valueOf(a.count())
						.multiply(java.math.BigDecimal.valueOf(100))
						.divide(a.target(), 2, java.math.RoundingMode.HALF_UP);
			return new PlanLine(a.indicator().name(), a.phrase(), pct,
					a.status() == Achievement.Status.DAT || a.status() == Achievement.Status.VUOT,
					"/targets/" + a.source());
		}).toList();
	}

	/**
	 * Issue 16: the achievements of the planned counts (COUNT_IN_PERIOD with a target) of
	 * programmes running on the date and owned by the scope's root units (any unit for an
	 * unrestricted scope), newest first, at most {@code limit}; {@code source} carries
	 * the programme's id.
	 */
	List<Achievement> runningPlans(Scope scope, LocalDate asOf, int limit) {
		UnitFilter in = UnitFilter.roots(scope);
		var q = in.bind(jdbc
			.sql("select p.id, i.id from target_indicator i join target_programme p on p.id = i.programme_id"
					+ " where i.deleted_at is null and p.deleted_at is null and i.kind = 'COUNT_IN_PERIOD'"
					+ " and i.target_value is not null and not i.manual and p.period_from <= :d and p.period_to >= :d"
					+ in.on("p.unit_id") + " order by p.period_from desc, p.id desc, i.sort_order, i.id limit :l")
			.param("d", asOf)
			.param("l", limit));
		List<Achievement> out = new ArrayList<>();
		Map<Long, Programme> read = new java.util.HashMap<>();
		for (long[] ids : q.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).list()) {
			Programme p = read.computeIfAbsent(ids[0], id -> programmes.get(id, scope));
			p.indicators().stream().filter(i -> i.id() == ids[1]).findFirst().ifPresent(i -> {
				Achievement a = programmes.achievement(p, i, asOf, scope);
				out.add(new Achievement(a.indicator(), a.asOf(), a.count(), a.of(), a.value(), a.target(),
						a.difference(), a.status(), a.phrase(), a.drillDown(), String.valueOf(p.id())));
			});
		}
		return out;
	}

}

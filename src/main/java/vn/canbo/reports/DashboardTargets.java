package vn.canbo.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import vn.canbo.shared.Scope;

/**
 * Hook for programme targets on the dashboard: the target of a figure (e.g. PEOPLE_WOMEN
 * ≥ 15%) for a scope on a date. The targets module implements it as a bean; without one
 * the dashboard shows no targets.
 */
@org.springframework.modulith.NamedInterface("spi")
public interface DashboardTargets {

	Optional<Target> target(String figureCode, Scope scope, LocalDate asOf);

	/**
	 * The planned counts running on the date at the scope's own level (e.g. a yearly
	 * training plan's "cử 120 lượt …, đạt 96% kế hoạch"), a few at most; none by default.
	 */
	default java.util.List<PlanLine> plans(Scope scope, LocalDate asOf) {
		return java.util.List.of();
	}

	/**
	 * {@code percent}: the target share; {@code atLeast}: direction; {@code source}: e.g.
	 * "NQ 26-NQ/TW".
	 */
	record Target(BigDecimal percent, boolean atLeast, String source) {
	}

	/**
	 * A planned count: its name, the report's sentence, value / target × 100 (null
	 * without a target), whether it is met, and a link to the programme.
	 */
	record PlanLine(String label, String phrase, BigDecimal percent, boolean met, String link) {
	}

}

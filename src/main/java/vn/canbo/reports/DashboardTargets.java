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
	 * {@code percent}: the target share; {@code atLeast}: direction; {@code source}: e.g.
	 * "NQ 26-NQ/TW".
	 */
	record Target(BigDecimal percent, boolean atLeast, String source) {
	}

}

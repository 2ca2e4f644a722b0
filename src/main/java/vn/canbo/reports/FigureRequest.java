package vn.canbo.reports;

import java.time.LocalDate;
import vn.canbo.shared.Scope;

/**
 * What a figure is computed for: a population (who), the as-of date (state figures) and a
 * period [from, to] (movement figures such as admissions in a year; both inclusive, may
 * be null), within a scope.
 */
@org.springframework.modulith.NamedInterface("spi")
public record FigureRequest(Population population, LocalDate asOf, LocalDate periodFrom, LocalDate periodTo,
		Scope scope) {

	public static FigureRequest asOf(Population population, LocalDate asOf, Scope scope) {
		return new FigureRequest(population, asOf, null, null, scope);
	}
}

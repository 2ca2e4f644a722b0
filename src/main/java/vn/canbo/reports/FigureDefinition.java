package vn.canbo.reports;

/**
 * A figure a provider offers. {@code kind}: COUNT (persons, decisions…), RATIO (numerator
 * among a denominator, with a percentage), AVERAGE (a value such as the average age).
 */
@org.springframework.modulith.NamedInterface("spi")
public record FigureDefinition(String code, String label, Kind kind, String module) {

	public enum Kind {

		COUNT, RATIO, AVERAGE

	}
}

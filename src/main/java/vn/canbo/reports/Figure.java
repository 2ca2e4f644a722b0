package vn.canbo.reports;

import java.math.BigDecimal;
import java.util.List;

/**
 * A computed figure: {@code count} (the numerator for ratios), {@code of} (the
 * denominator, null for plain counts), {@code percent} = count / of × 100 half-up to 2
 * decimals, {@code value} (averages), {@code drillDown}: the query string of
 * /reports/persons listing who is behind it (null when not applicable), {@code basis}:
 * what it was computed on ({@link FigureBasis}; filled in by {@link Figures} when the
 * provider leaves it null) and {@code parts}: the figures it sums, as the report prints
 * them (e.g. the grouped decision types of all movements; empty when not broken down).
 */
@org.springframework.modulith.NamedInterface("spi")
public record Figure(String code, String label, long count, Long of, BigDecimal percent, BigDecimal value,
		String drillDown, FigureBasis basis, List<Figure> parts) {

	public Figure {
		parts = parts == null ? List.of() : List.copyOf(parts);
	}

	public Figure(String code, String label, long count, Long of, BigDecimal percent, BigDecimal value,
			String drillDown) {
		this(code, label, count, of, percent, value, drillDown, null, List.of());
	}

	public static Figure count(String code, String label, long count, String drillDown) {
		return new Figure(code, label, count, null, null, null, drillDown);
	}

	public static Figure ratio(String code, String label, long count, long of, String drillDown) {
		return new Figure(code, label, count, of, StatisticsService.percent(count, of), null, drillDown);
	}

	public Figure withBasis(FigureBasis b) {
		return new Figure(code, label, count, of, percent, value, drillDown, b, parts);
	}

	public Figure withParts(List<Figure> p) {
		return new Figure(code, label, count, of, percent, value, drillDown, basis, p);
	}

}

package vn.canbo.reports;

import java.math.BigDecimal;

/**
 * A computed figure: {@code count} (the numerator for ratios), {@code of} (the
 * denominator, null for plain counts), {@code percent} = count / of × 100 half-up to 2
 * decimals, {@code value} (averages), and {@code drillDown}: the query string of
 * /reports/persons listing who is behind it (null when not applicable).
 */
@org.springframework.modulith.NamedInterface("spi")
public record Figure(String code, String label, long count, Long of, BigDecimal percent, BigDecimal value,
		String drillDown) {

	public static Figure count(String code, String label, long count, String drillDown) {
		return new Figure(code, label, count, null, null, null, drillDown);
	}

	public static Figure ratio(String code, String label, long count, long of, String drillDown) {
		return new Figure(code, label, count, of, StatisticsService.percent(count, of), null, drillDown);
	}
}

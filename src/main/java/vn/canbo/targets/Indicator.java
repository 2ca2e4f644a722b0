package vn.canbo.targets;

import java.math.BigDecimal;

/**
 * Chỉ tiêu. RATIO: {@code figureCode} (a RATIO figure such as PEOPLE_WOMEN) over
 * {@code populationId}, or the count of {@code numeratorPopulationId} among the count of
 * {@code populationId}; COUNT_IN_PERIOD: a COUNT figure over the programme period (e.g.
 * CAREER_APPOINTMENT) or manual values; SHARE: {@code figureCode} among
 * {@code baseFigureCode} over the period, or manual values (value among base).
 * {@code targetValue}: a percent for RATIO/SHARE, a count for COUNT_IN_PERIOD.
 * {@code verb}/{@code noun} shape the sentence ("kết nạp", "đảng viên").
 */
public record Indicator(Long id, String code, String name, Kind kind, Direction direction, BigDecimal targetValue,
		String figureCode, String baseFigureCode, Long populationId, Long numeratorPopulationId, boolean manual,
		String verb, String noun, String dashboardFigure, int sortOrder) {

	public enum Kind {

		RATIO, COUNT_IN_PERIOD, SHARE

	}

	public enum Direction {

		AT_LEAST, AT_MOST

	}
}

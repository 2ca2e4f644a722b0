package vn.canbo.targets;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Chỉ tiêu. RATIO: {@code figureCode} (a RATIO figure such as PEOPLE_WOMEN) over
 * {@code populationId}, or the count of {@code numeratorPopulationId} among the count of
 * {@code populationId}; COUNT_IN_PERIOD: a COUNT figure over the period (e.g.
 * CAREER_APPOINTMENT) or manual values; SHARE: {@code figureCode} among
 * {@code baseFigureCode} over the period, or manual values (value among base).
 * {@code targetValue}: a percent for RATIO/SHARE, a count for COUNT_IN_PERIOD; null when
 * the indicator has no target (the sentence then states the value alone).
 * {@code verb}/{@code noun} shape the sentence ("kết nạp", "đảng viên"); {@code phrasing}
 * chooses it ({@link Wording}); {@code decimals} (0–3, default 2) is the precision of its
 * percentages. {@code figureFilter} (issue 16): the filters passed with the figure
 * ({@code figureCode} only, not the base), e.g. {@code COURSE_KIND → [IT]} for
 * TRAINING_TURNS; empty for none.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Indicator(Long id, String code, String name, Kind kind, Direction direction, BigDecimal targetValue,
		String figureCode, String baseFigureCode, Long populationId, Long numeratorPopulationId, boolean manual,
		String verb, String noun, String dashboardFigure, int sortOrder, Wording phrasing, Integer decimals,
		Map<String, List<String>> figureFilter) {

	/** The precision of percentages when none is chosen. */
	public static final int DEFAULT_DECIMALS = 2;

	public Indicator {
		if (phrasing == null) {
			phrasing = Wording.defaultFor(kind);
		}
		if (decimals == null) {
			decimals = DEFAULT_DECIMALS;
		}
		Map<String, List<String>> f = new TreeMap<>();
		if (figureFilter != null) {
			figureFilter.forEach((k, v) -> f.put(k, v == null ? List.of() : List.copyOf(v)));
		}
		figureFilter = Collections.unmodifiableMap(f);
	}

	/** The indicator without a figure filter. */
	public Indicator(Long id, String code, String name, Kind kind, Direction direction, BigDecimal targetValue,
			String figureCode, String baseFigureCode, Long populationId, Long numeratorPopulationId, boolean manual,
			String verb, String noun, String dashboardFigure, int sortOrder, Wording phrasing, Integer decimals) {
		this(id, code, name, kind, direction, targetValue, figureCode, baseFigureCode, populationId,
				numeratorPopulationId, manual, verb, noun, dashboardFigure, sortOrder, phrasing, decimals, null);
	}

	/**
	 * The indicator without a chosen phrasing or precision: the default of its kind, two
	 * decimals.
	 */
	public Indicator(Long id, String code, String name, Kind kind, Direction direction, BigDecimal targetValue,
			String figureCode, String baseFigureCode, Long populationId, Long numeratorPopulationId, boolean manual,
			String verb, String noun, String dashboardFigure, int sortOrder) {
		this(id, code, name, kind, direction, targetValue, figureCode, baseFigureCode, populationId,
				numeratorPopulationId, manual, verb, noun, dashboardFigure, sortOrder, null, null, null);
	}

	public enum Kind {

		RATIO, COUNT_IN_PERIOD, SHARE

	}

	public enum Direction {

		AT_LEAST, AT_MOST

	}

	/**
	 * How the sentence states the result: SHARE_ONLY the value alone ("6/37 đồng chí,
	 * chiếm 16,2%", "kết nạp 17 đảng viên"); AGAINST_TARGET against the target ("… chỉ
	 * tiêu"); AGAINST_PLAN against the plan ("… kế hoạch"). Without a target every
	 * phrasing states the value alone.
	 */
	public enum Wording {

		SHARE_ONLY, AGAINST_TARGET, AGAINST_PLAN;

		/** A count in a period is planned ("kế hoạch"); a ratio or share is targeted. */
		public static Wording defaultFor(Kind kind) {
			return kind == Kind.COUNT_IN_PERIOD ? AGAINST_PLAN : AGAINST_TARGET;
		}

	}
}

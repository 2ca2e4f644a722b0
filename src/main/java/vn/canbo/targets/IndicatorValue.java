package vn.canbo.targets;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * A value of a manual indicator recorded for a unit on a date (SHARE / RATIO: value among
 * base), with its source: where the number came from ("Báo cáo số 12-BC/BTC").
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record IndicatorValue(long id, long indicatorId, long unitId, LocalDate recordedOn, long value, Long base,
		String source) {
}

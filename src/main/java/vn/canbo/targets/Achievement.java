package vn.canbo.targets;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.canbo.shared.Messages;

/**
 * Kết quả thực hiện một chỉ tiêu tại một ngày: {@code count}/{@code of} (of null for
 * counts), {@code value} (the percent for RATIO/SHARE, the count for COUNT_IN_PERIOD),
 * {@code difference} (percentage points for ratios; for counts the relative difference
 * (value − target)/target × 100), {@code status} and the sentence. {@code drillDown}: a
 * link listing the persons or decisions behind the value (null when manual).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Achievement(Indicator indicator, LocalDate asOf, long count, Long of, BigDecimal value, BigDecimal target,
		BigDecimal difference, Status status, String phrase, String drillDown, String source) {

	public enum Status {

		DAT, VUOT, CHUA_DAT, KHONG_CO_SO_LIEU, KHONG_CO_CHI_TIEU;

		public String label() {
			return Messages.text("targets.status." + name());
		}

	}
}

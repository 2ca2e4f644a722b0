package vn.canbo.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The structure of the persons in one plan or in the plans of a subtree on a day
 * (distinct persons): the shares of women, young cadres (under {@code youngUnder}),
 * ethnic minorities and the three age tiers, against the targets in force (rules
 * {@code planning.target_*}); {@code verdict} is "đạt, vượt x%" / "chưa đạt, thiếu x%".
 */
@org.springframework.modulith.NamedInterface("api")
public record Structure(LocalDate on, int youngUnder, long total, List<Share> shares) {

	@org.springframework.modulith.NamedInterface("api")
	public record Share(String code, String label, long count, BigDecimal percent, BigDecimal target, Boolean met,
			String verdict) {
	}

}

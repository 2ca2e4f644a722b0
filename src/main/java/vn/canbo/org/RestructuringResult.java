package vn.canbo.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a restructuring did: its id, the ended → successor mapping and the units it
 * created.
 */
public record RestructuringResult(long restructuringId, RestructuringKind kind, LocalDate effectiveDate,
		Map<Long, Long> unitMapping, List<UnitView> created) {
}

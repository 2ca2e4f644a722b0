package vn.canbo.org;

import java.time.LocalDate;
import java.util.Map;

/**
 * Published, inside the restructuring's transaction, when units merge, split or dissolve:
 * listeners (people) carry persons and positions over. {@code unitMapping} maps each
 * ended unit to the unit that takes its people by default (absent for a dissolution
 * without successor); {@code personMapping} overrides it per person (a split sends people
 * to different units).
 */
public record UnitsRestructured(long restructuringId, RestructuringKind kind, LocalDate effectiveDate,
		Map<Long, Long> unitMapping, Map<Long, Long> personMapping, String decisionNumber) {
}

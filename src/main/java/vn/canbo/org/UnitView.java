package vn.canbo.org;

import java.time.LocalDate;

/** A unit as it was on a given date. {@code validTo} is exclusive. */
public record UnitView(long id, String code, String name, String shortName, String typeCode, AdminLevel level,
		Long parentId, LocalDate validFrom, LocalDate validTo) {

	public boolean validOn(LocalDate d) {
		return !validFrom.isAfter(d) && (validTo == null || validTo.isAfter(d));
	}
}

package vn.canbo.training;

import java.time.LocalDate;
import java.util.List;

/**
 * A version of the standard of a title (tiêu chuẩn chức danh), optionally for one
 * administrative level of the unit (org.AdminLevel name, null = every level), valid from
 * validFrom to validTo (null = open), with its legal basis; unconfirmed = [U].
 */
@org.springframework.modulith.NamedInterface("api")
public record TitleStandard(long id, String titleCode, String titleName, String adminLevel, LocalDate validFrom,
		LocalDate validTo, String legalBasis, boolean unconfirmed, String note, List<TitleRequirement> requirements,
		String createdBy) {

	/** True when the version is in force on the date. */
	public boolean inForceOn(LocalDate on) {
		return !validFrom.isAfter(on) && (validTo == null || !validTo.isBefore(on));
	}

}

package vn.canbo.training;

import java.time.LocalDate;
import java.util.List;

/** A new version of a title standard (see {@link TitleStandard}). */
@org.springframework.modulith.NamedInterface("api")
public record TitleStandardInput(String titleCode, String adminLevel, LocalDate validFrom, String legalBasis,
		boolean unconfirmed, String note, List<TitleRequirement> requirements) {
}

package vn.canbo.people;

import java.time.LocalDate;

/**
 * Chức vụ, chức danh held in a unit over [validFrom, validTo). {@code concurrent} = kiêm
 * nhiệm (false: the main position, at most one at any date); {@code partyPost} = chức vụ
 * Đảng. {@code id}, {@code unitName} and {@code restructuringId} are filled by the
 * service and ignored on input.
 */
@org.springframework.modulith.NamedInterface("api")
public record Position(Long id, Long unitId, String unitName, String titleCode, String titleText, Boolean concurrent,
		Boolean partyPost, LocalDate validFrom, LocalDate validTo, LocalDate termStart, LocalDate termEnd,
		String decisionNumber, LocalDate decisionDate, Long restructuringId, String note) {

	/** Missing flags (JSON without them) mean "no": a main, non-Party post. */
	public Position {
		concurrent = concurrent != null && concurrent;
		partyPost = partyPost != null && partyPost;
	}

	/** A main position from a date, the minimum to create a dossier. */
	public static Position main(long unitId, String titleCode, String titleText, LocalDate validFrom) {
		return new Position(null, unitId, null, titleCode, titleText, false, false, validFrom, null, null, null, null,
				null, null, null);
	}

	public boolean validOn(LocalDate d) {
		return !validFrom.isAfter(d) && (validTo == null || validTo.isAfter(d));
	}
}

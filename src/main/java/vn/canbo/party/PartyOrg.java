package vn.canbo.party;

import java.time.LocalDate;

/**
 * A Party organisation (tổ chức đảng) over [validFrom, validTo), linked to its org unit
 * (scope), with the members active in it and in its subtree on the day asked (dự bị and
 * chính thức).
 */
public record PartyOrg(long id, String code, String name, OrgLevel level, PlaceKind placeKind, Long parentId,
		long unitId, String unitName, LocalDate validFrom, LocalDate validTo, Long successorId, int depth, long members,
		long membersInSubtree) {

	/** Input of a new organisation. */
	public record Input(String code, String name, OrgLevel level, PlaceKind placeKind, Long parentId, Long unitId,
			LocalDate validFrom) {
	}

	/**
	 * A rename (đổi tên) effective from {@code validFrom} by a decision; the kind of
	 * place unchanged when null.
	 */
	public record Rename(String name, PlaceKind placeKind, LocalDate validFrom, String decisionNumber,
			LocalDate decisionDate) {
	}

	/**
	 * One version of the organisation's name and kind over [validFrom, validTo): the
	 * founding one has no decision.
	 */
	public record NameVersion(String name, PlaceKind placeKind, LocalDate validFrom, LocalDate validTo,
			String decisionNumber, LocalDate decisionDate) {
	}

	/** Closing an organisation (giải thể, sáp nhập) on a day, with its successor. */
	public record Dissolution(LocalDate validTo, Long successorId) {
	}

}

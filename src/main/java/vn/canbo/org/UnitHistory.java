package vn.canbo.org;

import java.time.LocalDate;
import java.util.List;

/**
 * The whole life of a unit: its versions, the restructurings that touched it,
 * predecessors and successors.
 */
public record UnitHistory(long unitId, String code, List<UnitView> versions, List<Event> restructurings,
		List<Link> predecessors, List<Link> successors) {

	/** The last version (the current one, or the one in force when the unit ended). */
	public UnitView latest() {
		return versions.get(versions.size() - 1);
	}

	public boolean ended() {
		return latest().validTo() != null;
	}

	/** A restructuring touching the unit. */
	public record Event(long id, RestructuringKind kind, LocalDate effectiveDate, String decisionNumber,
			LocalDate decisionDate, String issuer, String note) {
	}

	/**
	 * A predecessor or successor, named as in its last version, with the restructuring
	 * linking them.
	 */
	public record Link(long unitId, String code, String name, long restructuringId, RestructuringKind kind,
			LocalDate effectiveDate) {
	}
}

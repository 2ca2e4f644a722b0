package vn.canbo.audit;

import java.util.Set;

/**
 * SPI: the units an event concerns, asked by {@link AuditLog} when it writes the event
 * (so that reading the log is scoped without the audit module reading other modules'
 * tables). Implemented by the modules that own the subjects: people (a person's main
 * position), org (a unit, its quotas, its tree).
 */
public interface AuditSubjects {

	/**
	 * The ids of the units the subject of an event belongs to now (without their
	 * ancestors); empty when this module does not know the subject.
	 */
	Set<Long> units(String entityType, String entityId, Long personId);

	/**
	 * The units with all their ancestors, today; only the module owning the tree answers
	 * (the others return the ids as given).
	 */
	default Set<Long> withAncestors(Set<Long> unitIds) {
		return unitIds;
	}

	/**
	 * Whether the scope covers the whole tree (every root unit of today); only the module
	 * owning the tree answers (the others say false).
	 */
	default boolean wholeTree(vn.canbo.shared.Scope scope) {
		return false;
	}

}

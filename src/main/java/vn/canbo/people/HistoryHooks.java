package vn.canbo.people;

/**
 * What a history kind ({@link HistoryKind}) does beyond validate-and-insert, run by
 * {@link PersonService} in the transaction of the change.
 */
interface HistoryHooks<T> {

	/**
	 * Checks against the person's stored entries, once the entry's own rules passed;
	 * {@code replacing}: the id of the corrected entry, null for a new entry.
	 */
	default void checkStored(HistoryRows rows, long personId, T entry, Long replacing, Errors e) {
	}

	/**
	 * Changes of stored entries before a new entry is inserted (not a correction).
	 */
	default void beforeAdd(HistoryRows rows, HistoryEnder ender, long personId, T entry) {
	}

	/** The replacement of a corrected entry, from the entry it replaces. */
	default T replacing(T old, T entry) {
		return entry;
	}

	/** The entry as answered (e.g. with its unit's name). */
	default T shown(ViewAssembler views, T stored) {
		return stored;
	}

}

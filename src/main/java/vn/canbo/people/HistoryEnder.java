package vn.canbo.people;

/** Ends a stored entry on a date, with its audit record. */
@FunctionalInterface
interface HistoryEnder {

	void end(HistoryKind<?> kind, long personId, long entryId, java.time.LocalDate date);

}

package vn.canbo.org;

import java.time.LocalDate;
import java.util.List;

/**
 * What a restructuring will do, read back from a dry run of the operation itself
 * ({@link RestructuringService#preview}): for each affected unit (depth 0) and each of
 * its children (depth 1) what it becomes, with its persons (main positions valid on the
 * effective date) and staffing quota of that year; then each resulting unit and its
 * children with headcounts and quotas before and after.
 */
public record RestructuringPlan(RestructuringKind kind, LocalDate effectiveDate, List<Change> changes,
		List<Outcome> outcomes, long personsMoving, long personsLeaving) {

	/** What becomes of a unit. */
	public enum Fate {

		/** ends; its persons go to {@code target} (merged, split or dissolved into it) */
		MERGED_INTO,
		/** ends without successor; its persons' positions close */
		DISSOLVED,
		/** continues and takes in the ended units */
		CONTINUES,
		/** continues under a new name ({@code target}), possibly under a new parent */
		RENAMED,
		/** continues under its name, under a new parent ({@code target}) */
		MOVED,
		/** unchanged */
		UNCHANGED

	}

	/**
	 * One affected unit. {@code target}: the successor's, new name's or new parent's
	 * name; {@code targetId} the successor or new parent; {@code subtreePersons} only for
	 * depth 0.
	 */
	public record Change(long unitId, int depth, String name, String typeCode, Fate fate, String target, Long targetId,
			long persons, Long subtreePersons, Integer quota) {
	}

	/**
	 * One resulting unit. Before: its own persons and quota if it existed, plus those of
	 * the units merged into it; after: on the effective date.
	 */
	public record Outcome(long unitId, int depth, String name, String typeCode, boolean created, long personsBefore,
			long personsAfter, Long subtreeBefore, Long subtreeAfter, Integer quotaBefore, Integer quotaAfter) {
	}

}

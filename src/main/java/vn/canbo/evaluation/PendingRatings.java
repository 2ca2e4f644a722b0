package vn.canbo.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ratings that the rows an import's preview accepted in its earlier batches would
 * change: nothing is stored in a preview, so without them a quota group whose rows
 * straddle two batches would be checked against the quota in parts (see
 * {@link Campaigns#problems(long, java.util.List, PendingRatings, vn.canbo.shared.Scope)}).
 * One per campaign and file; opaque to the caller.
 */
@org.springframework.modulith.NamedInterface("api")
public final class PendingRatings {

	/** One accepted row: the subject's stored rating and group out, the new ones in. */
	record Change(Regime regime, long unitId, String taskGroupBefore, Rating before, String taskGroupAfter,
			Rating after, boolean exempt) {

		void apply(QuotaCounter.Plan plan, Map<String, QuotaCounter.Tally> tallies) {
			plan.tally(tallies, regime, unitId, taskGroupBefore).add(before, exempt, -1);
			plan.tally(tallies, regime, unitId, taskGroupAfter).add(after, exempt, 1);
		}
	}

	/**
	 * The accepted rows by the unit the subject is evaluated in: a batch touching a few
	 * units applies only theirs when every group lies within a unit (issue 15: applying
	 * every earlier row to each batch grew with the square of the file).
	 */
	private final Map<Long, List<Change>> byUnit = new HashMap<>();

	void add(Change c) {
		byUnit.computeIfAbsent(c.unitId(), k -> new ArrayList<>()).add(c);
	}

	/** Applies the rows of the units (null: of every unit) to the tallies. */
	void apply(QuotaCounter.Plan plan, Map<String, QuotaCounter.Tally> tallies, Set<Long> units) {
		if (units == null) {
			byUnit.values().forEach(l -> l.forEach(c -> c.apply(plan, tallies)));
			return;
		}
		for (Long u : units) {
			byUnit.getOrDefault(u, List.of()).forEach(c -> c.apply(plan, tallies));
		}
	}

}

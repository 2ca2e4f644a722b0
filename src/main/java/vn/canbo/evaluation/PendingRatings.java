package vn.canbo.evaluation;

import java.util.HashMap;
import java.util.Map;

/**
 * The HTXSNV and HTTNV counts that the rows an import's preview accepted in its earlier
 * batches would add, per quota group: nothing is stored in a preview, so without them a
 * group whose rows straddle two batches would be checked against the quota in parts (see
 * {@link Campaigns#problems(long, java.util.List, PendingRatings, vn.canbo.shared.Scope)}).
 * One per campaign and file; opaque to the caller.
 */
@org.springframework.modulith.NamedInterface("api")
public final class PendingRatings {

	final Map<String, int[]> counts = new HashMap<>();

}

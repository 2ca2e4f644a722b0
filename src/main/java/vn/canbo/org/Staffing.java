package vn.canbo.org;

/**
 * Headcount against quota for one unit on a date: {@code own} = persons whose main
 * position is in the unit, {@code subtree} = the unit and everything under it;
 * {@code quota} null when none is set for the year.
 */
public record Staffing(long unitId, int year, Integer quota, long own, long subtree) {

	/** Remaining places (quota − own), null without quota; negative when over quota. */
	public Integer remaining() {
		return quota == null ? null : (int) (quota - own);
	}
}

package vn.canbo.org;

/** Biên chế: the approved headcount of a unit for a year. */
public record StaffingQuota(long unitId, int year, int quota, String decisionNumber, String note) {
}

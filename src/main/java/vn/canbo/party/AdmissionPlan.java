package vn.canbo.party;

import java.time.LocalDate;
import java.util.List;

/**
 * Kế hoạch / chỉ tiêu kết nạp đảng viên of a Party organisation (its whole subtree) for a
 * year or a programme period, with sub-targets by the kind of place of the admission
 * (e.g. RESIDENTIAL: khu dân cư); {@code decimals}: the precision of the percentages of
 * its sentences (0–3); {@code version}: the optimistic lock of an edit or a deletion.
 */
public record AdmissionPlan(long id, long orgId, String orgName, int yearFrom, int yearTo, String name, int target,
		String basis, int decimals, List<SubTarget> subTargets, int version) {

	/** A sub-target: admissions of one kind of place. */
	public record SubTarget(PlaceKind placeKind, int target) {
	}

	/** A plan to record. */
	public record Input(Long orgId, Integer yearFrom, Integer yearTo, String name, Integer target, String basis,
			Integer decimals, List<SubTarget> subTargets) {
	}

	/**
	 * An edit of a plan: its new content (the organisation stays the plan's own when
	 * {@code orgId} is null) and the version the user loaded.
	 */
	public record Edit(Long orgId, Integer yearFrom, Integer yearTo, String name, Integer target, String basis,
			Integer decimals, List<SubTarget> subTargets, Integer version) {

		public Input input() {
			return new Input(orgId, yearFrom, yearTo, name, target, basis, decimals, subTargets);
		}

	}

	/**
	 * The achievement as of a day: admissions decided from 1 January of the first year to
	 * the day (at most 31 December of the last); the Vietnamese sentences of the reports
	 * ("kết nạp 2.690 đảng viên, vượt 16,96% kế hoạch").
	 */
	public record Achievement(AdmissionPlan plan, LocalDate from, LocalDate to, long admitted, String phrase,
			List<SubAchievement> parts) {
	}

	/**
	 * A sub-target's achievement: "kết nạp 203 đảng viên ở khu dân cư trên tổng số 961
	 * đảng viên được kết nạp (chiếm 21,1%), đạt 36,9% chỉ tiêu".
	 */
	public record SubAchievement(PlaceKind placeKind, int target, long admitted, String phrase) {
	}

}

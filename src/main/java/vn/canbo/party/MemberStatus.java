package vn.canbo.party;

import vn.canbo.shared.Messages;

/**
 * Tình trạng đảng viên, dated in the member's status history: dự bị, chính thức, đã
 * chuyển sinh hoạt đi, xóa tên, khai trừ, từ trần.
 */
public enum MemberStatus {

	PROBATIONARY, OFFICIAL, TRANSFERRED_OUT, REMOVED, EXPELLED, DECEASED;

	/** Still on the organisation's rolls (counted as a member there). */
	public boolean onRolls() {
		return this == PROBATIONARY || this == OFFICIAL;
	}

	public String label() {
		return Messages.text("party.status." + name());
	}

}

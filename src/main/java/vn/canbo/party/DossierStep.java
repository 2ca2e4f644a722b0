package vn.canbo.party;

import vn.canbo.shared.Messages;

/**
 * The steps of an admission dossier (Hướng dẫn 12-HD/BTCTW): đơn xin vào Đảng, lý lịch,
 * thẩm tra lý lịch, giới thiệu của đảng viên chính thức, nghị quyết chi bộ (the chi bộ's
 * consideration: the day the age rule is counted on), nghị quyết đảng ủy cơ sở.
 */
public enum DossierStep {

	APPLICATION, CV, VERIFICATION, INTRODUCTION, CELL_RESOLUTION, COMMITTEE_RESOLUTION;

	public String label() {
		return Messages.text("party.step." + name());
	}

}

package vn.canbo.party;

import vn.canbo.shared.Messages;

/**
 * Loại hình tổ chức đảng / nguồn quần chúng: the kind of place a Party organisation sits
 * in, and the source a candidate comes from (khu dân cư, doanh nghiệp, đơn vị sự nghiệp,
 * trường học, lực lượng vũ trang…).
 */
public enum PlaceKind {

	TERRITORIAL, RESIDENTIAL, ENTERPRISE, PUBLIC_SERVICE, SCHOOL, STATE_AGENCY, ARMED_FORCES, OTHER;

	public String label() {
		return Messages.text("party.place." + name());
	}

}

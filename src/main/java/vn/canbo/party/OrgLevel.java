package vn.canbo.party;

import vn.canbo.shared.Messages;

/**
 * Cấp của tổ chức đảng (regulations.md §0.1, QĐ 294-QĐ/TW): Đảng bộ tỉnh → Đảng bộ xã
 * (tương đương) → Đảng bộ cơ sở / Chi bộ cơ sở → Đảng bộ bộ phận → Chi bộ trực thuộc.
 */
public enum OrgLevel {

	PROVINCE, COMMUNE, GRASSROOTS, GRASSROOTS_CELL, SECTION, CELL;

	/** Whether an organisation of this level may sit directly under {@code parent}. */
	public boolean mayBeUnder(OrgLevel parent) {
		return switch (this) {
			case PROVINCE -> parent == null;
			case COMMUNE -> parent == null || parent == PROVINCE;
			case GRASSROOTS, GRASSROOTS_CELL -> parent == PROVINCE || parent == COMMUNE;
			case SECTION -> parent == GRASSROOTS;
			case CELL -> parent == GRASSROOTS || parent == SECTION;
		};
	}

	/** Whether members are active (sinh hoạt) here: a chi bộ. */
	public boolean holdsMembers() {
		return this == GRASSROOTS_CELL || this == CELL;
	}

	public String label() {
		return Messages.text("party.level." + name());
	}

}

package vn.canbo.reports;

/**
 * The dimensions a table can be broken down by (regulations.md §10): those of
 * {@link Dimension} (counted by {@link PersonCounts}) plus three unit roll-ups — SUBUNIT
 * (each direct child of the population's root with its whole subtree), ADMIN_LEVEL and
 * UNIT_TYPE of the main position's unit.
 */
public enum Dim {

	TOTAL("Tổng số", Dimension.TOTAL), GENDER("Giới tính", Dimension.GENDER), AGE("Tuổi", Dimension.AGE),
	AGE_BAND_PARTY("Độ tuổi (18–30, 31–35… trên 60)", Dimension.AGE_BAND_PARTY),
	AGE_BAND_CIVIL("Độ tuổi (≤30, 31–40… đủ tuổi nghỉ hưu)", Dimension.AGE_BAND_CIVIL),
	MINORITY("Dân tộc Kinh / thiểu số", Dimension.MINORITY), ETHNICITY("Dân tộc", Dimension.ETHNICITY),
	RELIGION("Tôn giáo", Dimension.RELIGION), HAS_RELIGION("Có tôn giáo", Dimension.HAS_RELIGION),
	PARTY("Đảng viên", Dimension.PARTY), PROFESSIONAL("Trình độ chuyên môn", Dimension.PROFESSIONAL),
	POLITICAL_THEORY("Lý luận chính trị", Dimension.POLITICAL_THEORY),
	STATE_MANAGEMENT("Quản lý nhà nước", Dimension.STATE_MANAGEMENT),
	FOREIGN_LANGUAGE("Ngoại ngữ", Dimension.FOREIGN_LANGUAGE), IT("Tin học", Dimension.IT),
	RANK_GROUP("Ngạch", Dimension.RANK_GROUP), TITLE_GROUP("Nhóm chức danh", Dimension.TITLE_GROUP),
	CATEGORY("Đối tượng", Dimension.CATEGORY), UNIT("Đơn vị", Dimension.UNIT),
	SUBUNIT("Đơn vị trực thuộc", Dimension.UNIT_GROUP), ADMIN_LEVEL("Cấp hành chính", Dimension.UNIT_GROUP),
	UNIT_TYPE("Loại đơn vị", Dimension.UNIT_GROUP);

	private final String label;

	private final Dimension base;

	Dim(String label, Dimension base) {
		this.label = label;
		this.base = base;
	}

	public String label() {
		return label;
	}

	Dimension base() {
		return base;
	}

	/** True for the roll-ups computed from a unit → group mapping. */
	public boolean unitRollUp() {
		return base == Dimension.UNIT_GROUP;
	}

	public static Dim parse(String s, Dim fallback) {
		if (s == null || s.isBlank()) {
			return fallback;
		}
		try {
			return valueOf(s.strip().toUpperCase());
		}
		catch (IllegalArgumentException e) {
			return fallback;
		}
	}

}

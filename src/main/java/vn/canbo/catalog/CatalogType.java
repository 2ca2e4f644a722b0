package vn.canbo.catalog;

/** The reference lists. Codes are stable; names and validity may change. */
public enum CatalogType {

	/** Dân tộc — 54 groups, codes of QĐ 1019/QĐ-TCTK (2008). */
	ETHNICITY,
	/** Tôn giáo. */
	RELIGION,
	/** Trình độ giáo dục phổ thông. */
	GENERAL_EDUCATION,
	/** Trình độ chuyên môn (sơ cấp … tiến sĩ). */
	PROFESSIONAL_LEVEL,
	/** Học hàm (PGS, GS). */
	ACADEMIC_TITLE,
	/** Lý luận chính trị. */
	POLITICAL_THEORY,
	/** Quản lý nhà nước. */
	STATE_MANAGEMENT,
	/** Ngoại ngữ (language). */
	FOREIGN_LANGUAGE,
	/** Trình độ ngoại ngữ (A, B, C, bậc 1–6…). */
	FOREIGN_LANGUAGE_LEVEL,
	/** Trình độ tin học. */
	IT_LEVEL,
	/** Loại đơn vị (Tỉnh ủy, Đảng ủy xã, UBND, HĐND, MTTQ, sở, phòng…). */
	UNIT_TYPE,
	/** Nhóm chức danh (chủ chốt cấp xã, trưởng phó phòng và tương đương…). */
	TITLE_GROUP,
	/** Chức vụ, chức danh. attributes.groups = comma-separated TITLE_GROUP codes. */
	TITLE,
	/**
	 * Ngạch công chức, chức danh nghề nghiệp. attributes: payTable, coefficients
	 * (comma-separated by step), raiseMonths.
	 */
	RANK,
	/** Hình thức đào tạo (chính quy, tại chức…). */
	TRAINING_FORM,
	/** Hình thức khen thưởng. */
	AWARD_FORM,
	/** Hình thức kỷ luật. */
	DISCIPLINE_FORM,
	/** Quan hệ gia đình (bố, mẹ, vợ, chồng, con…). */
	RELATION,
	/** Danh hiệu được phong tặng. */
	HONORARY_TITLE,
	/** Quân hàm. */
	MILITARY_RANK,
	/** Đối tượng chính sách (thương binh, con liệt sĩ…). */
	POLICY_GROUP,
	/** Thành phần gia đình xuất thân. */
	FAMILY_BACKGROUND,
	/** Nhóm máu. */
	BLOOD_GROUP;

	/**
	 * The list a {@code parentCode} of this list points to: titles belong to title
	 * groups; every other list may only nest inside itself.
	 */
	public CatalogType parentCatalog() {
		return this == TITLE ? TITLE_GROUP : this;
	}

}

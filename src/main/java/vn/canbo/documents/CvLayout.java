package vn.canbo.documents;

import vn.canbo.shared.Messages;

/** Which printed form of the sơ yếu lý lịch to produce. */
public enum CvLayout {

	/** Mẫu 2C-BNV/2008 (QĐ 02/2008/QĐ-BNV), items 1–32. */
	BNV_2008("Mẫu 2C-BNV/2008"),
	/**
	 * The newer 38-item layout attributed to TT 06/2023/TT-BNV (regulations.md §1.2;
	 * wording unconfirmed).
	 */
	TT06_2023("Mẫu sơ yếu lý lịch 38 mục (TT 06/2023/TT-BNV)");

	private final String label;

	CvLayout(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/**
	 * Reads "BNV_2008" / "TT06_2023" (case-insensitive, also "2c", "tt06"); the default
	 * (null/blank) is BNV_2008.
	 */
	public static CvLayout parse(String s) {
		if (s == null || s.isBlank()) {
			return BNV_2008;
		}
		String v = s.strip().toUpperCase(java.util.Locale.ROOT);
		return switch (v) {
			case "2C", "BNV", "BNV_2008", "2C-BNV/2008" -> BNV_2008;
			case "TT06", "TT06_2023", "38" -> TT06_2023;
			default ->
				throw new vn.canbo.shared.ValidationException("layout", Messages.text("documents.error.layout", s));
		};
	}

}

package vn.canbo.people;

import vn.canbo.catalog.CatalogType;

/**
 * Kinds of qualification and training (trình độ, đào tạo, bồi dưỡng) and the catalog of
 * their levels.
 */
@org.springframework.modulith.NamedInterface("api")
public enum QualificationKind {

	/** Chuyên môn. */
	PROFESSIONAL(CatalogType.PROFESSIONAL_LEVEL, "Trình độ chuyên môn"),
	/** Lý luận chính trị. */
	POLITICAL_THEORY(CatalogType.POLITICAL_THEORY, "Lý luận chính trị"),
	/** Quản lý nhà nước. */
	STATE_MANAGEMENT(CatalogType.STATE_MANAGEMENT, "Quản lý nhà nước"),
	/** Ngoại ngữ (language in languageCode). */
	FOREIGN_LANGUAGE(CatalogType.FOREIGN_LANGUAGE_LEVEL, "Trình độ ngoại ngữ"),
	/** Tin học. */
	IT(CatalogType.IT_LEVEL, "Trình độ tin học"),
	/** Học hàm. */
	ACADEMIC_TITLE(CatalogType.ACADEMIC_TITLE, "Học hàm"),
	/** Bồi dưỡng kiến thức quốc phòng – an ninh (đối tượng 1–4; no catalog). */
	DEFENCE_SECURITY(null, "Kiến thức quốc phòng – an ninh");

	private final CatalogType levelCatalog;

	private final String label;

	QualificationKind(CatalogType levelCatalog, String label) {
		this.levelCatalog = levelCatalog;
		this.label = label;
	}

	/** The catalog of level codes, or null when levels are free text. */
	public CatalogType levelCatalog() {
		return levelCatalog;
	}

	public String label() {
		return label;
	}

}

package vn.canbo.org;

/** Cấp hành chính. DISTRICT is historical after 1/7/2025 (two-tier local government). */
public enum AdminLevel {

	PROVINCE, DISTRICT, COMMUNE, HAMLET

}

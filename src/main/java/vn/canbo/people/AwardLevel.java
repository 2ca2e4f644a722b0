package vn.canbo.people;

/**
 * Cấp khen thưởng: Trung ương, tỉnh, huyện (before the two-tier government of 1/7/2025),
 * xã, cơ sở (the agency or unit itself).
 */
@org.springframework.modulith.NamedInterface("api")
public enum AwardLevel {

	CENTRAL, PROVINCE, DISTRICT, COMMUNE, UNIT

}

package vn.canbo.people;

/** Kỷ luật Đảng, hành chính (chính quyền) hoặc đoàn thể. */
public enum DisciplineKind {

	PARTY, ADMINISTRATIVE, MASS_ORG

}

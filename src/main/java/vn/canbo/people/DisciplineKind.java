package vn.canbo.people;

/** Kỷ luật Đảng, hành chính (chính quyền) hoặc đoàn thể. */
@org.springframework.modulith.NamedInterface("api")
public enum DisciplineKind {

	PARTY, ADMINISTRATIVE, MASS_ORG

}

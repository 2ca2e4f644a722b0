package vn.canbo.people;

/** Quan hệ gia đình: về bản thân (30.1) or về bên vợ/chồng (30.2). */
@org.springframework.modulith.NamedInterface("api")
public enum FamilySide {

	SELF, SPOUSE

}

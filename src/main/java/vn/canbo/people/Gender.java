package vn.canbo.people;

/** Giới tính. */
@org.springframework.modulith.NamedInterface("api")
public enum Gender {

	MALE, FEMALE;

	public String label() {
		return this == MALE ? "Nam" : "Nữ";
	}

}

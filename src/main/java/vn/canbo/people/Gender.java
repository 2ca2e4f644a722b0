package vn.canbo.people;

/** Giới tính. */
public enum Gender {

	MALE, FEMALE;

	public String label() {
		return this == MALE ? "Nam" : "Nữ";
	}

}

package vn.canbo.people;

/**
 * Đối tượng: cán bộ, công chức, viên chức, người hoạt động không chuyên trách, hợp đồng.
 */
@org.springframework.modulith.NamedInterface("api")
public enum PersonCategory {

	CADRE, CIVIL_SERVANT, PUBLIC_EMPLOYEE, NON_SPECIALISED, CONTRACT;

	public String label() {
		return switch (this) {
			case CADRE -> "Cán bộ";
			case CIVIL_SERVANT -> "Công chức";
			case PUBLIC_EMPLOYEE -> "Viên chức";
			case NON_SPECIALISED -> "Người hoạt động không chuyên trách";
			case CONTRACT -> "Hợp đồng lao động";
		};
	}

}

package vn.canbo.people;

/**
 * Quan hệ gia đình (item 30): relation (catalog RELATION), name, birth year, details (quê
 * quán, nghề nghiệp, chức danh, nơi ở). {@code politicalHistory} (làm việc cho chế độ cũ,
 * tiền án…) is sensitive.
 */
@org.springframework.modulith.NamedInterface("api")
public record FamilyMember(Long id, FamilySide side, String relationCode, String fullName, Integer birthYear,
		String details, Boolean abroad, String politicalHistory, Boolean deceased, Integer sort) {

	/** Missing flags mean "no"; a missing sort is 0. */
	public FamilyMember {
		abroad = abroad != null && abroad;
		deceased = deceased != null && deceased;
		sort = sort == null ? 0 : sort;
	}
}

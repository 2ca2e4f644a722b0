package vn.canbo.training;

import vn.canbo.people.QualificationKind;
import vn.canbo.shared.Messages;

/**
 * The kinds of course (regulations.md §1.1 items 15.3–15.6, §3.1, §3.2), each with the
 * qualification kind of the dossier it may confer; which levels it may confer is data
 * ({@code training_kind_level}).
 */
@org.springframework.modulith.NamedInterface("api")
public enum CourseKind {

	/** Lý luận chính trị sơ cấp. */
	POLITICAL_THEORY_ELEMENTARY(QualificationKind.POLITICAL_THEORY),
	/** Lý luận chính trị trung cấp. */
	POLITICAL_THEORY_INTERMEDIATE(QualificationKind.POLITICAL_THEORY),
	/** Lý luận chính trị cao cấp. */
	POLITICAL_THEORY_ADVANCED(QualificationKind.POLITICAL_THEORY),
	/** Cử nhân lý luận chính trị. */
	POLITICAL_THEORY_BACHELOR(QualificationKind.POLITICAL_THEORY),
	/** Bồi dưỡng quản lý nhà nước theo ngạch (cán sự … chuyên viên cao cấp). */
	STATE_MANAGEMENT(QualificationKind.STATE_MANAGEMENT),
	/** Bồi dưỡng kiến thức quốc phòng – an ninh, đối tượng 1. */
	DEFENCE_SECURITY_1(QualificationKind.DEFENCE_SECURITY),
	/** Đối tượng 2. */
	DEFENCE_SECURITY_2(QualificationKind.DEFENCE_SECURITY),
	/** Đối tượng 3. */
	DEFENCE_SECURITY_3(QualificationKind.DEFENCE_SECURITY),
	/** Đối tượng 4. */
	DEFENCE_SECURITY_4(QualificationKind.DEFENCE_SECURITY),
	/** Chuyên môn, nghiệp vụ. */
	PROFESSIONAL(QualificationKind.PROFESSIONAL),
	/** Cao đẳng. */
	COLLEGE(QualificationKind.PROFESSIONAL),
	/** Đại học. */
	UNIVERSITY(QualificationKind.PROFESSIONAL),
	/** Thạc sĩ. */
	MASTER(QualificationKind.PROFESSIONAL),
	/** Tiến sĩ. */
	DOCTORATE(QualificationKind.PROFESSIONAL),
	/** Ngoại ngữ. */
	FOREIGN_LANGUAGE(QualificationKind.FOREIGN_LANGUAGE),
	/** Tin học. */
	IT(QualificationKind.IT),
	/** Bồi dưỡng theo tiêu chuẩn chức danh, vị trí việc làm (confers no level). */
	TITLE_POSITION(null);

	private final QualificationKind qualificationKind;

	CourseKind(QualificationKind qualificationKind) {
		this.qualificationKind = qualificationKind;
	}

	/** The dossier's qualification kind a course of this kind may confer, or null. */
	public QualificationKind qualificationKind() {
		return qualificationKind;
	}

	/** The name in the request's language. */
	public String label() {
		return Messages.text("training.kind." + name());
	}

}

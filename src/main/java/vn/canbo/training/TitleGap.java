package vn.canbo.training;

import java.util.List;
import vn.canbo.people.QualificationKind;

/**
 * A holder of a title (main or concurrent position valid on the date), or a person
 * planned for it (plan non-null: quy hoạch), who does not meet the title's standard in
 * force on that date, and what he or she lacks.
 */
@org.springframework.modulith.NamedInterface("api")
public record TitleGap(long personId, String fullName, long unitId, String unitName, String titleCode, String titleName,
		boolean concurrent, long standardId, List<Need> needs, Plan plan) {

	/**
	 * One lack: the kind, the required level, the highest level held (null: none), and
	 * the courses (ending on or after the date) whose level meets it.
	 */
	@org.springframework.modulith.NamedInterface("api")
	public record Need(QualificationKind kind, String requiredLevel, String requiredName, String heldLevel,
			String heldName, boolean unconfirmed, List<CourseRef> courses) {
	}

	/** The plan a planned person is in: id, term label and approving decision. */
	@org.springframework.modulith.NamedInterface("api")
	public record Plan(long id, String termLabel, String decisionNumber) {
	}

	/** A course that would meet a need. */
	@org.springframework.modulith.NamedInterface("api")
	public record CourseRef(long id, String code, String name, java.time.LocalDate startsOn,
			java.time.LocalDate endsOn) {
	}

}

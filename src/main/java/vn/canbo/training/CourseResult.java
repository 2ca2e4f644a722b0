package vn.canbo.training;

import vn.canbo.shared.Messages;

/** The result of an enrolment. */
@org.springframework.modulith.NamedInterface("api")
public enum CourseResult {

	/** Hoàn thành (with certificate number, date and grade). */
	COMPLETED,
	/** Không hoàn thành. */
	NOT_COMPLETED,
	/** Thôi học. */
	WITHDRAWN,
	/** Chuyển lớp, chuyển khóa. */
	TRANSFERRED;

	public String label() {
		return Messages.text("training.result." + name());
	}

}

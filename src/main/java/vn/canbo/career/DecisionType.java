package vn.canbo.career;

/** Loại quyết định (glossary names) and what issuing it does to the dossier. */
public enum DecisionType {

	RECRUITMENT("tuyển dụng", "recruitment", Effect.OPEN), INTAKE("tiếp nhận", "intake", Effect.OPEN),
	TRANSFER("điều động", "transfer", Effect.OPEN), ASSIGNMENT("phân công", "assignment", Effect.OPEN),
	REASSIGNMENT("thuyên chuyển", "reassignment", Effect.OPEN), ROTATION("luân chuyển", "rotation", Effect.OPEN),
	SECONDMENT("biệt phái", "secondment", Effect.OPEN), APPOINTMENT("bổ nhiệm", "appointment", Effect.OPEN),
	REAPPOINTMENT("bổ nhiệm lại", "reappointment", Effect.RENEW),
	EXTENSION_TO_RETIREMENT("kéo dài thời gian giữ chức vụ đến tuổi nghỉ hưu", "extension to retirement", Effect.RENEW),
	PROMOTION("đề bạt", "promotion", Effect.OPEN), NOMINATION("giới thiệu ứng cử", "nomination", Effect.RECORD),
	ELECTION("bầu", "election", Effect.OPEN), DESIGNATION("chỉ định", "designation", Effect.OPEN),
	ENDORSEMENT("chuẩn y", "endorsement", Effect.RECORD), RATIFICATION("phê chuẩn", "ratification", Effect.RECORD),
	CONCURRENT_ASSIGNMENT("giao kiêm nhiệm", "concurrent assignment", Effect.OPEN),
	CONCURRENT_END("thôi kiêm nhiệm", "end of concurrent post", Effect.CLOSE_ONE),
	DISMISSAL("miễn nhiệm", "dismissal", Effect.CLOSE_ONE), RELIEF("cho thôi giữ chức vụ", "relief", Effect.CLOSE_ONE),
	REMOVAL("cách chức", "removal", Effect.CLOSE_ONE),
	SALARY_STEP_REGULAR("nâng bậc lương thường xuyên", "regular salary step", Effect.SALARY),
	SALARY_STEP_EARLY("nâng bậc lương trước thời hạn", "early salary step", Effect.SALARY),
	RANK_CHANGE("chuyển ngạch", "rank change", Effect.SALARY), RETIREMENT("nghỉ hưu", "retirement", Effect.CLOSE_ALL),
	RESIGNATION("thôi việc", "resignation", Effect.CLOSE_ALL),
	STAFF_REDUCTION("tinh giản biên chế", "staff reduction", Effect.CLOSE_ALL),
	DEATH("từ trần", "death", Effect.CLOSE_ALL), REVOCATION("thu hồi, hủy bỏ quyết định", "revocation", Effect.UNDO),
	AMENDMENT("sửa đổi quyết định", "amendment", Effect.AMEND);

	/** What issuing a decision of the type does. */
	public enum Effect {

		/**
		 * opens a post (main, or concurrent when the subject says so / for biệt phái and
		 * kiêm nhiệm)
		 */
		OPEN,
		/** renews the post of the subject (new term) */
		RENEW,
		/** ends one post of the subject */
		CLOSE_ONE,
		/** ends every post (leaves the service) */
		CLOSE_ALL,
		/** a new salary row */
		SALARY,
		/**
		 * recorded only (counted in statistics; the election or appointment that follows
		 * changes the dossier)
		 */
		RECORD,
		/** undoes the target decision */
		UNDO,
		/**
		 * undoes the target decision and applies its own subjects as the target's type
		 */
		AMEND

	}

	private final String label;

	private final String labelEn;

	private final Effect effect;

	DecisionType(String label, String labelEn, Effect effect) {
		this.label = label;
		this.labelEn = labelEn;
		this.effect = effect;
	}

	/** Vietnamese name, lower case ("điều động"). */
	public String label() {
		return label;
	}

	public String labelEn() {
		return labelEn;
	}

	public Effect effect() {
		return effect;
	}

	/**
	 * Always a concurrent post (kiêm nhiệm, biệt phái: the person keeps the main post).
	 */
	public boolean concurrentPost() {
		return this == CONCURRENT_ASSIGNMENT || this == SECONDMENT;
	}

	/** Time-limited: an end date (return) is required. */
	public boolean timeLimited() {
		return this == ROTATION || this == SECONDMENT;
	}

	/** Starts a term of office (5 years, APP-01). */
	public boolean startsTerm() {
		return this == APPOINTMENT || this == REAPPOINTMENT || this == PROMOTION || this == ELECTION
				|| this == DESIGNATION;
	}

	/**
	 * By default subject to the age gate and the discipline wait (first appointment,
	 * higher post, first candidacy).
	 */
	public boolean higherPostByDefault() {
		return this == APPOINTMENT || this == PROMOTION || this == NOMINATION;
	}

	/** Needs a target unit and title. */
	public boolean needsPost() {
		return effect == Effect.OPEN;
	}

	/** Needs the post concerned (an existing position). */
	public boolean needsPosition() {
		return effect == Effect.CLOSE_ONE || effect == Effect.RENEW;
	}

	public boolean needsSalary() {
		return effect == Effect.SALARY;
	}

}

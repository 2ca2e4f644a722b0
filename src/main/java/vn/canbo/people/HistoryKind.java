package vn.canbo.people;

/** The history tables of a dossier, for the generic end and delete operations. */
public enum HistoryKind {

	POSITION("person_position", true), SALARY("person_salary", true), QUALIFICATION("person_qualification", true),
	TRAINING("person_training", false), WORK_HISTORY("person_work_history", false), AWARD("person_award", false),
	DISCIPLINE("person_discipline", true), FAMILY("person_family", false), HISTORY_NOTE("person_history_note", false),
	MASS_ORG("person_mass_org", false);

	private final String table;

	private final boolean effectiveDated;

	HistoryKind(String table, boolean effectiveDated) {
		this.table = table;
		this.effectiveDated = effectiveDated;
	}

	String table() {
		return table;
	}

	/** True when entries have valid_from/valid_to and can be ended. */
	public boolean effectiveDated() {
		return effectiveDated;
	}

}

package vn.canbo.documents;

import java.util.List;
import vn.canbo.shared.Messages;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The tags a decision template may contain ({@code {{personName}}}…) and the decision
 * types of the default templates. Callers (the career module) fill a
 * {@code Map<String, Object>} with these keys; missing keys print empty. {@link #BASES}
 * and {@link #RECIPIENTS} are lists (of strings, or of maps with key {@code text})
 * repeated by the sections {@code {{?bases}}{{text}}{{/bases}}} and
 * {@code {{?recipients}}- {{text}};{{/recipients}}}.
 */
public final class DecisionPlaceholders {

	// decision types of the default templates (match the career module's decision kinds
	// by name)
	public static final String APPOINTMENT = "APPOINTMENT";

	public static final String TRANSFER = "TRANSFER";

	public static final String ROTATION = "ROTATION";

	public static final String SALARY_RAISE = "SALARY_RAISE";

	public static final String RETIREMENT = "RETIREMENT";

	/**
	 * Issue 15: the template types of the evaluation result form (phiếu đánh giá và xếp
	 * loại chất lượng, one person) and of a campaign's minutes (biên bản).
	 */
	public static final String EVALUATION_FORM = "EVALUATION_FORM";

	public static final String EVALUATION_MINUTES = "EVALUATION_MINUTES";

	/**
	 * Issue 17: the template type of the planning list (danh sách quy hoạch cán bộ, one
	 * plan: its titles and candidates).
	 */
	public static final String PLANNING_LIST = "PLANNING_LIST";

	/**
	 * Issue 18: the template type of the Phiếu đảng viên (one party member, the fields of
	 * regulations.md §1.4).
	 */
	public static final String PARTY_MEMBER_FORM = "PARTY_MEMBER_FORM";

	/**
	 * A table's repeated row: the tag in a row makes the row below it repeat once per
	 * element of the list, its cells naming the element's keys as {@code [key]}.
	 */
	public static final String TABLE_ROWS = "tableRows";

	public static final String BASES = "bases";

	public static final String RECIPIENTS = "recipients";

	/** Inside the list sections: one basis / one recipient. */
	public static final String TEXT = "text";

	/**
	 * Every known tag, in the order of the template admin page; its meaning is
	 * {@code documents.placeholder.<tag>} of the bundle ({@link #known()}).
	 */
	private static final List<String> NAMES = List.of("issuingBodyParent", "issuingBody", "decisionNumber", "place",
			"day", "month", "year", "signerAuthority", BASES, "proposer", "personName", "personBirthDate",
			"currentTitle", "currentUnit", "newTitle", "newUnit", "termYears", "effectiveDate", "positionAllowance",
			"rankName", "rankCode", "step", "coefficient", "oldStep", "oldCoefficient", "newStep", "newCoefficient",
			"salaryFrom", "nextRaiseFrom", "retirementDate", "socialInsuranceNo", "socialInsuranceAgency", "executors",
			RECIPIENTS, "archiveCode", "signerTitle", "signerName", TEXT,
			// issue 20: whole clauses written from what the decision records, and the
			// sections that drop a clause the decision has no value for
			"abstract", "article1", "details", "ongBa", "OngBa", "effectiveClause", "withProposer", "collective",
			"withCollective", "headTitle", "withDeputy",
			// issue 15: the evaluation form and minutes (sections steps and subjects)
			"periodText", "campaignName", "category", "regime", "withParts", "commonScore", "taskScore", "totalScore",
			"steps", "stepKind", "stepDate", "stepActor", "stepResult", "ratingText", "decisionText", "subjectCount",
			"ratedCount", "excellentCount", "excellentPct", "goodCount", "goodPct", "completeCount", "completePct",
			"incompleteCount", "incompletePct", "notRatedCount", "quotaText", "subjects", "no", "subjectName",
			"subjectUnit", "subjectScore", "subjectRating", "statusText",
			// issue 17: the planning list (rows of the table tableRows: no, titleName,
			// personName, personBirthDate, currentTitle, qualifications, addedOn, votes)
			"unitName", "termText", "kindText", "planDecision", "titleCount", "candidateCount", TABLE_ROWS,
			// issue 18: the Phiếu đảng viên (regulations.md §1.4), filled by the party
			// module
			"pmProvince", "pmCommune", "pmGrassroots", "pmSection", "pmCell", "pmCard", "pmGender", "pmOtherNames",
			"pmBirthPlace", "pmHomeTown", "pmResidence", "pmEthnicity", "pmReligion", "pmFamilyBackground",
			"pmOccupation", "pmJoinedOn", "pmJoinedCell", "pmDecidedOn", "pmOfficialOn", "pmOfficialCell",
			"pmEducation", "pmProfessional", "pmTheory", "pmNationalId", "pmExempt", "pmStatus");

	/** The type of the general template, serving every decision type without its own. */
	public static final String GENERAL = "GENERAL";

	/** Every known tag with its meaning in the request's language. */
	public static Map<String, String> known() {
		Map<String, String> m = new LinkedHashMap<>();
		NAMES.forEach(n -> m.put(n, Messages.text("documents.placeholder." + n)));
		return m;
	}

	private DecisionPlaceholders() {
	}

	public static Set<String> names() {
		return Set.copyOf(NAMES);
	}

}

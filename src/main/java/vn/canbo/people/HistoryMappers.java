package vn.canbo.people;

import static vn.canbo.people.PersonRows.date;
import static vn.canbo.people.PersonRows.partial;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * How a stored row of the history kinds without a reader of their own in
 * {@link HistoryRows} is read back into its record; each named in its kind's declaration
 * in {@link HistoryKind} (its columns are declared there, next to it).
 */
final class HistoryMappers {

	private HistoryMappers() {
	}

	static Training training(ResultSet rs, int n) throws SQLException {
		return new Training(rs.getLong("id"), QualificationKind.valueOf(rs.getString("kind")), rs.getString("school"),
				rs.getString("major"), partial(rs, "from_date", "from_precision"),
				partial(rs, "to_date", "to_precision"), rs.getString("form_code"), rs.getString("certificate"),
				rs.getString("level_code"));
	}

	static WorkHistory workHistory(ResultSet rs, int n) throws SQLException {
		return new WorkHistory(rs.getLong("id"), partial(rs, "from_date", "from_precision"),
				partial(rs, "to_date", "to_precision"), rs.getString("description"), rs.getString("unit_text"));
	}

	static Award award(ResultSet rs, int n) throws SQLException {
		return new Award(rs.getLong("id"), rs.getInt("year"), rs.getString("form_code"),
				rs.getString("decision_number"), date(rs, "decision_date"), rs.getString("issuer"),
				rs.getString("reason"),
				rs.getString("level") == null ? null : AwardLevel.valueOf(rs.getString("level")),
				rs.getString("achievement"), rs.getString("programme"));
	}

	static Discipline discipline(ResultSet rs, int n) throws SQLException {
		return new Discipline(rs.getLong("id"), DisciplineKind.valueOf(rs.getString("kind")), rs.getString("form_code"),
				date(rs, "decided_on"), date(rs, "valid_from"), date(rs, "valid_to"), rs.getString("authority"),
				rs.getString("violation"), rs.getString("decision_number"),
				date(rs, "revoked_on") == null ? null : new Discipline.Revocation(rs.getString("revocation_number"),
						date(rs, "revoked_on"), rs.getString("revocation_issuer"), rs.getString("revocation_reason")));
	}

	static FamilyMember family(ResultSet rs, int n) throws SQLException {
		return new FamilyMember(rs.getLong("id"), FamilySide.valueOf(rs.getString("side")),
				rs.getString("relation_code"), rs.getString("full_name"), HistoryRows.intOrNull(rs, "birth_year"),
				rs.getString("details"), rs.getBoolean("abroad"), rs.getString("political_history"),
				rs.getBoolean("deceased"), rs.getInt("sort"));
	}

	static HistoryNote historyNote(ResultSet rs, int n) throws SQLException {
		return new HistoryNote(rs.getLong("id"), HistoryNoteKind.valueOf(rs.getString("kind")),
				partial(rs, "from_date", "from_precision"), partial(rs, "to_date", "to_precision"),
				rs.getString("description"));
	}

	static MassOrgMembership massOrg(ResultSet rs, int n) throws SQLException {
		return new MassOrgMembership(rs.getLong("id"), rs.getString("organisation"), date(rs, "joined_on"),
				rs.getString("role"), date(rs, "left_on"));
	}

	static RetirementCategoryFact retirementCategory(ResultSet rs, int n) throws SQLException {
		return new RetirementCategoryFact(rs.getLong("id"), RetirementCategory.valueOf(rs.getString("category")),
				rs.getInt("months"), date(rs, "valid_from"), date(rs, "valid_to"), rs.getString("basis"),
				rs.getString("note"));
	}

}

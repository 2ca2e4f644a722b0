package vn.canbo.party;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.canbo.shared.VietnameseText;

/**
 * SQL of party members: the record with its histories, the insert of a member with their
 * first status, activity and card, and the history rows.
 */
@Component
class MemberRows {

	private final JdbcClient jdbc;

	private final AdmissionRules rules;

	MemberRows(JdbcClient jdbc, AdmissionRules rules) {
		this.jdbc = jdbc;
		this.rules = rules;
	}

	/** PM-02: the end of probation (null before the ceremony). */
	LocalDate probationEnd(LocalDate ceremony) {
		return ceremony == null ? null : rules.probationEnd(ceremony);
	}

	/** The status in force on the day (null before the first). */
	static final String STATUS_ON = """
			(select s.status from party_member_status s where s.member_id = m.id and s.valid_from <= :d
			 order by s.valid_from desc, s.id desc limit 1)""";

	Optional<PartyMember> find(long id, LocalDate on) {
		return jdbc.sql("select m.*, party_org_name_on(o.id, cast(:d as date)) as org_name, " + STATUS_ON
				+ " as status_on,"
				+ " (select c.card_number from party_member_card c where c.member_id = m.id order by c.issued_on desc, c.id desc limit 1) as card,"
				+ " exists (select 1 from party_member_exemption e where e.member_id = m.id and e.valid_from <= :d and (e.valid_to is null or e.valid_to > :d)) as exempt"
				+ " from party_member m join party_org o on o.id = m.current_org_id where m.id = :id")
			.param("id", id)
			.param("d", on)
			.query((rs, n) -> member(rs, id, on))
			.optional();
	}

	private PartyMember member(ResultSet rs, long id, LocalDate on) throws SQLException {
		LocalDate joined = rs.getObject("joined_on", LocalDate.class);
		LocalDate decided = rs.getObject("admission_decided_on", LocalDate.class);
		String st = rs.getString("status_on");
		MemberStatus status = st == null ? null : MemberStatus.valueOf(st);
		LocalDate official = rs.getObject("official_on", LocalDate.class);
		// PM-06: from the admission decision; for a re-admitted member from the first
		// one,
		// the time out of the Party deducted (party1, V16_4)
		LocalDate first = rs.getObject("first_admission_decided_on", LocalDate.class);
		LocalDate from = first == null || decided == null ? decided : first.plusDays(rs.getInt("interruption_days"));
		Integer age = official != null && decided != null && !on.isBefore(decided)
				? java.time.Period.between(from, on).getYears() : null;
		return new PartyMember(id, rs.getInt("version"), rs.getString("national_id"), (Long) rs.getObject("person_id"),
				rs.getString("full_name"), rs.getString("other_names"), rs.getString("gender"),
				rs.getObject("birth_date", LocalDate.class), rs.getString("birth_place"), rs.getString("home_town"),
				rs.getString("residence"), rs.getString("ethnicity_code"), rs.getString("religion_code"),
				rs.getString("family_background_code"), rs.getString("occupation"),
				rs.getString("general_education_code"), rs.getString("professional_level_code"),
				rs.getString("political_theory_code"), decided, joined, rs.getString("late_ceremony_consent"), official,
				rs.getObject("recognition_proposed_on", LocalDate.class), rs.getString("recognition_decision"),
				rs.getLong("current_org_id"), rs.getString("org_name"), status, probationEnd(joined), age,
				rs.getString("card"), rs.getBoolean("exempt"), statuses(id), activities(id), cards(id), exemptions(id));
	}

	List<PartyMember.StatusEntry> statuses(long id) {
		return jdbc.sql("select * from party_member_status where member_id = ? order by valid_from, id")
			.param(id)
			.query((rs, n) -> new PartyMember.StatusEntry(MemberStatus.valueOf(rs.getString("status")),
					rs.getObject("valid_from", LocalDate.class), rs.getString("decision_number"),
					rs.getObject("decided_on", LocalDate.class), rs.getString("note")))
			.list();
	}

	List<PartyMember.ActivityEntry> activities(long id) {
		return jdbc
			.sql("""
					select a.*, party_org_name_on(o.id, a.valid_from) as name from party_member_activity a join party_org o on o.id = a.org_id
					where a.member_id = ? order by a.valid_from""")
			.param(id)
			.query((rs, n) -> new PartyMember.ActivityEntry(rs.getLong("org_id"), rs.getString("name"),
					rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class)))
			.list();
	}

	List<PartyMember.CardEntry> cards(long id) {
		return jdbc.sql("select * from party_member_card where member_id = ? order by issued_on, id")
			.param(id)
			.query((rs, n) -> new PartyMember.CardEntry(rs.getString("card_number"),
					rs.getObject("issued_on", LocalDate.class)))
			.list();
	}

	List<PartyMember.ExemptionEntry> exemptions(long id) {
		return jdbc.sql("select * from party_member_exemption where member_id = ? order by valid_from, id")
			.param(id)
			.query((rs, n) -> new PartyMember.ExemptionEntry(rs.getObject("valid_from", LocalDate.class),
					rs.getObject("valid_to", LocalDate.class), rs.getString("decision_number"), rs.getString("reason")))
			.list();
	}

	/** Inserts the member (no history yet); returns the id. */
	long insert(PartyMember.Input in, long orgId, String user) {
		return jdbc
			.sql("""
					insert into party_member (national_id, person_id, full_name, other_names, gender, birth_date, birth_place,
					  home_town, residence, ethnicity_code, religion_code, family_background_code, occupation,
					  general_education_code, professional_level_code, political_theory_code, admission_decided_on, joined_on,
					  official_on, current_org_id, search_name, sort_name, created_by)
					values (:nid, :pid, :name, :other, :gender, :birth, :bplace, :home, :res, :eth, :rel, :fam, :occ, :edu, :prof,
					  :theory, :decided, :joined, :official, :org, :search, :sort, :user) returning id""")
			.param("nid", in.nationalId())
			.param("pid", in.personId())
			.param("name", in.fullName())
			.param("other", in.otherNames())
			.param("gender", in.gender())
			.param("birth", in.birthDate())
			.param("bplace", in.birthPlace())
			.param("home", in.homeTown())
			.param("res", in.residence())
			.param("eth", in.ethnicityCode())
			.param("rel", in.religionCode())
			.param("fam", in.familyBackgroundCode())
			.param("occ", in.occupation())
			.param("edu", in.generalEducationCode())
			.param("prof", in.professionalLevelCode())
			.param("theory", in.politicalTheoryCode())
			.param("decided", in.admissionDecidedOn())
			.param("joined", in.joinedOn())
			.param("official", in.officialOn())
			.param("org", orgId)
			.param("search", searchName(in.fullName(), in.otherNames()))
			.param("sort", VietnameseText.sortKey(in.fullName()))
			.param("user", user)
			.query(Long.class)
			.single();
	}

	static String searchName(String fullName, String otherNames) {
		return " " + String.join(" ", VietnameseText.tokens(fullName + " " + (otherNames == null ? "" : otherNames)))
				+ " ";
	}

	void addStatus(long memberId, MemberStatus status, LocalDate from, String number, LocalDate decidedOn, String note,
			String user) {
		jdbc.sql(
				"""
						insert into party_member_status (member_id, status, valid_from, decision_number, decided_on, note, created_by)
						values (?, ?, ?, ?, ?, ?, ?)""")
			.params(memberId, status.name(), from, number, decidedOn, note, user)
			.update();
	}

	/** The first activity of a member, from the day. */
	void openActivity(long memberId, long orgId, LocalDate from, String user) {
		jdbc.sql("insert into party_member_activity (member_id, org_id, valid_from, created_by) values (?, ?, ?, ?)")
			.params(memberId, orgId, from, user)
			.update();
	}

	/** Closes the open activity on the day and opens one in the organisation. */
	void moveTo(long memberId, long orgId, LocalDate from, String user) {
		jdbc.sql("update party_member_activity set valid_to = ? where member_id = ? and valid_to is null")
			.params(from, memberId)
			.update();
		openActivity(memberId, orgId, from, user);
		jdbc.sql("update party_member set current_org_id = ?, version = version + 1 where id = ?")
			.params(orgId, memberId)
			.update();
	}

	void addCard(long memberId, String number, LocalDate issuedOn, String user) {
		jdbc.sql("insert into party_member_card (member_id, card_number, issued_on, created_by) values (?, ?, ?, ?)")
			.params(memberId, number, issuedOn, user)
			.update();
	}

}

package vn.canbo.people;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.VietnameseText;

/** SQL of the {@code person} table. */
@Repository
class PersonRows {

	/** Column → PersonData accessor, in one place for insert, update and mapping. */
	static final List<String> COLUMNS = List.of("category", "civil_servant_no", "personal_id_code", "full_name",
			"other_names", "gender", "birth_date", "birth_date_precision", "birthplace_commune", "birthplace_district",
			"birthplace_province", "birthplace_commune_new", "birthplace_province_new", "home_town_commune",
			"home_town_district", "home_town_province", "home_town_commune_new", "home_town_province_new",
			"permanent_address", "current_address", "phone", "ethnicity_code", "religion_code",
			"family_background_code", "occupation_before_recruitment", "recruited_on", "recruited_on_precision",
			"recruiting_agency", "joined_current_agency_on", "main_duties", "job_position", "job_position_code",
			"strengths", "longest_job", "general_education_code", "general_education_grade", "academic_title_code",
			"academic_title_year", "party_joined_on", "party_official_on", "party_left_on", "youth_union_joined_on",
			"military_enlisted_on", "military_discharged_on", "military_rank_code", "honorary_title_code",
			"honorary_title_year", "policy_group_code", "war_invalid_grade", "health_status", "height_cm", "weight_kg",
			"blood_group_code", "national_id", "national_id_issued_on", "national_id_issued_by", "social_insurance_no",
			"health_insurance_no", "remarks", "search_name", "sort_name");

	static final String INSERT = "insert into person (id, " + String.join(", ", COLUMNS)
			+ ", created_by, updated_by) values (:id, " + String.join(", ", COLUMNS.stream().map(c -> ":" + c).toList())
			+ ", :user, :user)";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate named;

	PersonRows(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
		this.jdbc = jdbc;
		this.named = named;
	}

	/**
	 * Reserves ids for a batch (the identity column is "by default", so explicit ids are
	 * allowed).
	 */
	List<Long> nextIds(int n) {
		return jdbc.sql("select nextval(pg_get_serial_sequence('person', 'id')) from generate_series(1, ?)")
			.param(n)
			.query(Long.class)
			.list();
	}

	void insertAll(List<Long> ids, List<PersonData> data, String user) {
		List<MapSqlParameterSource> rows = new java.util.ArrayList<>(ids.size());
		for (int i = 0; i < ids.size(); i++) {
			rows.add(params(data.get(i)).addValue("id", ids.get(i)).addValue("user", user));
		}
		named.batchUpdate(INSERT, typedBatch(rows));
	}

	/**
	 * Updates when the version matches; false when someone else saved first (or the row
	 * is gone).
	 */
	boolean update(long id, int expectedVersion, PersonData d, String user) {
		String set = String.join(", ", COLUMNS.stream().map(c -> c + " = :" + c).toList());
		return named.update(
				"update person set " + set + ", version = version + 1, updated_at = now(), updated_by = :user "
						+ "where id = :id and version = :version and deleted_at is null",
				params(d).addValue("id", id).addValue("version", expectedVersion).addValue("user", user)) == 1;
	}

	/** Every history change bumps the dossier's version (and its last-change stamp). */
	void touch(long id, String user) {
		jdbc.sql("update person set version = version + 1, updated_at = now(), updated_by = ? where id = ?")
			.params(user, id)
			.update();
	}

	void lock(long id) {
		jdbc.sql("select id from person where id = ? for update").param(id).query(Long.class).optional();
	}

	void touchAll(List<Long> ids, String user) {
		jdbc.sql("update person set version = version + 1, updated_at = now(), updated_by = :u where id = any(:ids)")
			.param("u", user)
			.param("ids", ids.toArray(Long[]::new))
			.update();
	}

	boolean softDelete(long id, String reason, String user) {
		return jdbc
			.sql("update person set deleted_at = now(), deleted_by = ?, delete_reason = ?, version = version + 1 "
					+ "where id = ? and deleted_at is null")
			.params(user, reason, id)
			.update() == 1;
	}

	Optional<Person> find(long id) {
		return jdbc.sql("select * from person where id = ? and deleted_at is null")
			.param(id)
			.query(PersonRows::map)
			.optional();
	}

	/** Version and last change of a dossier, for the conflict message. */
	Optional<Map<String, Object>> stamp(long id) {
		return jdbc.sql("select version, updated_at, updated_by from person where id = ? and deleted_at is null")
			.param(id)
			.query()
			.listOfRows()
			.stream()
			.findFirst();
	}

	/** Persons (not deleted) with the national ID, other than {@code exceptId}. */
	List<String> nationalIdsTaken(List<String> nationalIds, Long exceptId) {
		if (nationalIds.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("select national_id from person where national_id = any(:n) and deleted_at is null and id <> :x")
			.param("n", nationalIds.toArray(String[]::new))
			.param("x", exceptId == null ? -1L : exceptId)
			.query(String.class)
			.list();
	}

	/**
	 * Nulls sent as "unspecified" so that the server infers their type: without this,
	 * Spring asks the driver for parameter metadata for every null, which slows batches
	 * down.
	 */
	/**
	 * A JDBC batch takes each parameter's SQL type from its FIRST row; so the type of a
	 * column is taken from the first row where it is not null and declared on every row
	 * (a null in row 0 and a date in row 5 must both be sent as DATE).
	 */
	static MapSqlParameterSource[] typedBatch(List<MapSqlParameterSource> rows) {
		if (rows.isEmpty()) {
			return new MapSqlParameterSource[0];
		}
		for (String name : rows.get(0).getParameterNames()) {
			int type = java.sql.Types.NULL;
			for (MapSqlParameterSource row : rows) {
				Object v = row.getValue(name);
				if (v != null) {
					type = org.springframework.jdbc.core.StatementCreatorUtils.javaTypeToSqlParameterType(v.getClass());
					break;
				}
			}
			for (MapSqlParameterSource row : rows) {
				row.registerSqlType(name, type);
			}
		}
		return rows.toArray(MapSqlParameterSource[]::new);
	}

	static MapSqlParameterSource params(PersonData d) {
		Place bp = d.birthplace() == null ? Place.EMPTY : d.birthplace();
		Place ht = d.homeTown() == null ? Place.EMPTY : d.homeTown();
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("category", name(d.category()));
		m.put("civil_servant_no", d.civilServantNo());
		m.put("personal_id_code", d.personalIdCode());
		m.put("full_name", d.fullName());
		m.put("other_names", d.otherNames());
		m.put("gender", name(d.gender()));
		m.put("birth_date", d.birthDate() == null ? null : d.birthDate().date());
		m.put("birth_date_precision", d.birthDate() == null ? "DAY" : d.birthDate().precision().name());
		m.put("birthplace_commune", bp.commune());
		m.put("birthplace_district", bp.district());
		m.put("birthplace_province", bp.province());
		m.put("birthplace_commune_new", bp.communeNew());
		m.put("birthplace_province_new", bp.provinceNew());
		m.put("home_town_commune", ht.commune());
		m.put("home_town_district", ht.district());
		m.put("home_town_province", ht.province());
		m.put("home_town_commune_new", ht.communeNew());
		m.put("home_town_province_new", ht.provinceNew());
		m.put("permanent_address", d.permanentAddress());
		m.put("current_address", d.currentAddress());
		m.put("phone", d.phone());
		m.put("ethnicity_code", d.ethnicityCode());
		m.put("religion_code", d.religionCode());
		m.put("family_background_code", d.familyBackgroundCode());
		m.put("occupation_before_recruitment", d.occupationBeforeRecruitment());
		m.put("recruited_on", d.recruitedOn() == null ? null : d.recruitedOn().date());
		m.put("recruited_on_precision", d.recruitedOn() == null ? null : d.recruitedOn().precision().name());
		m.put("recruiting_agency", d.recruitingAgency());
		m.put("joined_current_agency_on", d.joinedCurrentAgencyOn());
		m.put("main_duties", d.mainDuties());
		m.put("job_position", d.jobPosition());
		m.put("job_position_code", d.jobPositionCode());
		m.put("strengths", d.strengths());
		m.put("longest_job", d.longestJob());
		m.put("general_education_code", d.generalEducationCode());
		m.put("general_education_grade", d.generalEducationGrade());
		m.put("academic_title_code", d.academicTitleCode());
		m.put("academic_title_year", d.academicTitleYear());
		m.put("party_joined_on", d.partyJoinedOn());
		m.put("party_official_on", d.partyOfficialOn());
		m.put("party_left_on", d.partyLeftOn());
		m.put("youth_union_joined_on", d.youthUnionJoinedOn());
		m.put("military_enlisted_on", d.militaryEnlistedOn());
		m.put("military_discharged_on", d.militaryDischargedOn());
		m.put("military_rank_code", d.militaryRankCode());
		m.put("honorary_title_code", d.honoraryTitleCode());
		m.put("honorary_title_year", d.honoraryTitleYear());
		m.put("policy_group_code", d.policyGroupCode());
		m.put("war_invalid_grade", d.warInvalidGrade());
		m.put("health_status", d.healthStatus());
		m.put("height_cm", d.heightCm());
		m.put("weight_kg", d.weightKg());
		m.put("blood_group_code", d.bloodGroupCode());
		m.put("national_id", d.nationalId());
		m.put("national_id_issued_on", d.nationalIdIssuedOn());
		m.put("national_id_issued_by", d.nationalIdIssuedBy());
		m.put("social_insurance_no", d.socialInsuranceNo());
		m.put("health_insurance_no", d.healthInsuranceNo());
		m.put("remarks", d.remarks());
		m.put("search_name", searchName(d.fullName(), d.otherNames()));
		m.put("sort_name", VietnameseText.sortKey(d.fullName()));
		return new MapSqlParameterSource(m);
	}

	/**
	 * ' nguyen van duc ba duc ': folded words with a space on each side, so "% token%"
	 * matches word prefixes.
	 */
	static String searchName(String fullName, String otherNames) {
		String words = String.join(" ", VietnameseText.tokens(fullName + " " + (otherNames == null ? "" : otherNames)));
		return " " + words + " ";
	}

	private static String name(Enum<?> e) {
		return e == null ? null : e.name();
	}

	static Person map(ResultSet rs, int n) throws SQLException {
		PersonData d = new PersonData(PersonCategory.valueOf(rs.getString("category")),
				rs.getString("civil_servant_no"), rs.getString("personal_id_code"), rs.getString("full_name"),
				rs.getString("other_names"), Gender.valueOf(rs.getString("gender")),
				partial(rs, "birth_date", "birth_date_precision"), place(rs, "birthplace"), place(rs, "home_town"),
				rs.getString("permanent_address"), rs.getString("current_address"), rs.getString("phone"),
				rs.getString("ethnicity_code"), rs.getString("religion_code"), rs.getString("family_background_code"),
				rs.getString("occupation_before_recruitment"), partial(rs, "recruited_on", "recruited_on_precision"),
				rs.getString("recruiting_agency"), date(rs, "joined_current_agency_on"), rs.getString("main_duties"),
				rs.getString("job_position"), rs.getString("job_position_code"), rs.getString("strengths"),
				rs.getString("longest_job"), rs.getString("general_education_code"),
				rs.getString("general_education_grade"), rs.getString("academic_title_code"),
				(Integer) rs.getObject("academic_title_year"), date(rs, "party_joined_on"),
				date(rs, "party_official_on"), date(rs, "party_left_on"), date(rs, "youth_union_joined_on"),
				date(rs, "military_enlisted_on"), date(rs, "military_discharged_on"),
				rs.getString("military_rank_code"), rs.getString("honorary_title_code"),
				(Integer) rs.getObject("honorary_title_year"), rs.getString("policy_group_code"),
				rs.getString("war_invalid_grade"), rs.getString("health_status"),
				rs.getObject("height_cm") == null ? null : rs.getInt("height_cm"),
				(BigDecimal) rs.getObject("weight_kg"), rs.getString("blood_group_code"), rs.getString("national_id"),
				date(rs, "national_id_issued_on"), rs.getString("national_id_issued_by"),
				rs.getString("social_insurance_no"), rs.getString("health_insurance_no"), rs.getString("remarks"));
		return new Person(rs.getLong("id"), rs.getInt("version"), d, instant(rs, "created_at"),
				rs.getString("created_by"), instant(rs, "updated_at"), rs.getString("updated_by"));
	}

	private static Place place(ResultSet rs, String prefix) throws SQLException {
		Place p = new Place(rs.getString(prefix + "_commune"), rs.getString(prefix + "_district"),
				rs.getString(prefix + "_province"), rs.getString(prefix + "_commune_new"),
				rs.getString(prefix + "_province_new"));
		return p.equals(Place.EMPTY) ? null : p;
	}

	static PartialDate partial(ResultSet rs, String column, String precision) throws SQLException {
		LocalDate d = date(rs, column);
		String p = rs.getString(precision);
		return d == null ? null
				: new PartialDate(d, p == null ? PartialDate.Precision.DAY : PartialDate.Precision.valueOf(p));
	}

	static LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

}

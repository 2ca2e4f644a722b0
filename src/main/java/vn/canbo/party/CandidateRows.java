package vn.canbo.party;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL of candidates (tables {@code party_candidate}, {@code party_candidate_step}). */
@Component
class CandidateRows {

	private final JdbcClient jdbc;

	CandidateRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Candidate> find(long id) {
		return list("c.id = :id", Map.of("id", id)).stream().findFirst();
	}

	/** Candidates matching the condition (named parameters), by registration. */
	List<Candidate> list(String where, Map<String, ?> params) {
		var spec = jdbc.sql("select c.*, party_org_name_on(o.id, current_date) as org_name, " + STEPS
				+ " from party_candidate c join party_org o on o.id = c.org_id where " + where
				+ " order by c.registered_on, c.id");
		for (var e : params.entrySet()) {
			spec = spec.param(e.getKey(), e.getValue());
		}
		return spec.query((rs, n) -> row(rs)).list();
	}

	/**
	 * The steps of each candidate in the same query ("STEP=yyyy-MM-dd"), not one query
	 * per candidate.
	 */
	private static final String STEPS = "array(select s.step || '=' || to_char(s.done_on, 'YYYY-MM-DD') from party_candidate_step s"
			+ " where s.candidate_id = c.id) as step_days";

	private Candidate row(ResultSet rs) throws SQLException {
		long id = rs.getLong("id");
		Map<DossierStep, LocalDate> steps = new EnumMap<>(DossierStep.class);
		for (String s : (String[]) rs.getArray("step_days").getArray()) {
			int eq = s.indexOf('=');
			steps.put(DossierStep.valueOf(s.substring(0, eq)), LocalDate.parse(s.substring(eq + 1)));
		}
		return new Candidate(id, rs.getLong("org_id"), rs.getString("org_name"), (Long) rs.getObject("person_id"),
				rs.getString("national_id"), rs.getString("full_name"), rs.getString("gender"),
				rs.getObject("birth_date", LocalDate.class), rs.getString("ethnicity_code"),
				rs.getString("religion_code"), rs.getString("general_education_code"), rs.getString("occupation"),
				rs.getString("residence"), PlaceKind.valueOf(rs.getString("source")),
				rs.getObject("registered_on", LocalDate.class), rs.getString("certificate_number"),
				rs.getObject("class_completed_on", LocalDate.class), rs.getString("class_issuer"),
				rs.getString("over_age_exception"), rs.getString("education_exception"), steps,
				rs.getString("decision_number"), rs.getObject("decided_on", LocalDate.class),
				rs.getString("decision_issuer"), (Long) rs.getObject("member_id"));
	}

	long insert(Candidate.Input in, String user) {
		return jdbc
			.sql("""
					insert into party_candidate (org_id, person_id, national_id, full_name, gender, birth_date, ethnicity_code,
					  religion_code, general_education_code, occupation, residence, source, registered_on, search_name, created_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(in.orgId(), in.personId(), in.nationalId(), in.fullName(), in.gender(), in.birthDate(),
					in.ethnicityCode(), in.religionCode(), in.generalEducationCode(), in.occupation(), in.residence(),
					in.source().name(), in.registeredOn(), MemberRows.searchName(in.fullName(), null), user)
			.query(Long.class)
			.single();
	}

}

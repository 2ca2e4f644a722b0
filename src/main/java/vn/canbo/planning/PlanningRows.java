package vn.canbo.planning;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL of the planning tables (migration V15_1). Names are filled by the services. */
@Component
class PlanningRows {

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	PlanningRows(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** A plan row, without names and titles. */
	record PlanRow(long id, long unitId, String termCode, PlanKind kind, String decisionNumber, LocalDate decidedOn,
			String issuer, String note) {
	}

	/** A title row of a plan. */
	record TitleRow(long planId, String titleCode, LocalDate addedOn) {
	}

	List<PlanningTerm> terms() {
		return jdbc.sql("select code, label, body, starts_on, ends_on from planning_term order by starts_on, body")
			.query(PlanningTerm.class)
			.list();
	}

	Optional<PlanningTerm> term(String code) {
		return terms().stream().filter(t -> t.code().equals(code)).findFirst();
	}

	Optional<PlanRow> plan(long id) {
		return jdbc.sql("select * from planning_plan where id = ?").param(id).query(PlanningRows::plan).optional();
	}

	Optional<PlanRow> lockPlan(long id) {
		return jdbc.sql("select * from planning_plan where id = ? for update")
			.param(id)
			.query(PlanningRows::plan)
			.optional();
	}

	List<PlanRow> plans(String termCode) {
		return jdbc.sql(
				"select * from planning_plan where (cast(:t as varchar) is null or term_code = :t) order by term_code desc, unit_id, kind")
			.param("t", termCode)
			.query(PlanningRows::plan)
			.list();
	}

	boolean planExists(long unitId, String termCode, PlanKind kind) {
		return jdbc.sql("select count(*) from planning_plan where unit_id = ? and term_code = ? and kind = ?")
			.params(unitId, termCode, kind.name())
			.query(Long.class)
			.single() > 0;
	}

	long insertPlan(PlanInput in, String user) {
		return jdbc
			.sql("""
					insert into planning_plan (unit_id, term_code, kind, decision_number, decided_on, issuer, note, created_by)
					values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(in.unitId(), in.termCode(), in.kind().name(), in.decisionNumber().strip(), in.decidedOn(),
					in.issuer().strip(), blank(in.note()) ? null : in.note().strip(), user)
			.query(Long.class)
			.single();
	}

	void insertTitle(long planId, String titleCode, LocalDate addedOn) {
		jdbc.sql("insert into planning_plan_title (plan_id, title_code, added_on) values (?, ?, ?)")
			.params(planId, titleCode, addedOn)
			.update();
	}

	List<TitleRow> titles(Collection<Long> planIds) {
		if (planIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select plan_id, title_code, added_on from planning_plan_title where plan_id = any(:ids)
				order by plan_id, added_on, title_code""")
			.param("ids", planIds.toArray(Long[]::new))
			.query(TitleRow.class)
			.list();
	}

	List<Candidate> candidatesOfPlans(Collection<Long> planIds) {
		if (planIds.isEmpty()) {
			return List.of();
		}
		return withVotes(candidatesWithoutVotes(planIds));
	}

	/**
	 * As {@link #candidatesOfPlans} without the votes (empty): the readiness view and the
	 * structure of a province, which do not show them, skip a query of 36,144 ids.
	 */
	List<Candidate> candidatesWithoutVotes(Collection<Long> planIds) {
		if (planIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from planning_candidate where plan_id = any(:ids) order by added_on, id")
			.param("ids", planIds.toArray(Long[]::new))
			.query((rs, n) -> candidate(rs, n))
			.list();
	}

	/** The distinct persons in the plans on the day. */
	List<Long> activePersons(Collection<Long> planIds, LocalDate day) {
		return candidatesWithoutVotes(planIds).stream()
			.filter(c -> c.activeOn(day))
			.map(Candidate::personId)
			.distinct()
			.toList();
	}

	List<Candidate> candidatesOfPerson(long personId) {
		return withVotes(
				jdbc.sql("select * from planning_candidate where person_id = ? order by added_on desc, id desc")
					.param(personId)
					.query((rs, n) -> candidate(rs, n))
					.list());
	}

	Optional<Candidate> candidate(long id) {
		return withVotes(jdbc.sql("select * from planning_candidate where id = ?")
			.param(id)
			.query((rs, n) -> candidate(rs, n))
			.list()).stream().findFirst();
	}

	/**
	 * Candidates of the plan's title in the plan on the day (or added later, not removed
	 * by then).
	 */
	long countForTitle(long planId, String titleCode, LocalDate on) {
		return jdbc.sql("""
				select count(*) from planning_candidate where plan_id = ? and title_code = ?
				   and (removed_on is null or removed_on > ?)""")
			.params(planId, titleCode, on)
			.query(Long.class)
			.single();
	}

	/**
	 * The (plan unit, title) of the person's candidacies in plans of the term, not
	 * removed by the day.
	 */
	List<Map.Entry<Long, String>> titlesOfPerson(long personId, String termCode, LocalDate on) {
		return jdbc.sql("""
				select p.unit_id, c.title_code from planning_candidate c join planning_plan p on p.id = c.plan_id
				 where c.person_id = ? and p.term_code = ? and (c.removed_on is null or c.removed_on > ?)""")
			.params(personId, termCode, on)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list();
	}

	boolean openCandidacy(long planId, String titleCode, long personId) {
		return jdbc.sql("""
				select count(*) from planning_candidate where plan_id = ? and title_code = ? and person_id = ?
				   and removed_on is null""").params(planId, titleCode, personId).query(Long.class).single() > 0;
	}

	void lockPerson(long personId) {
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended('planning-person:' || ?, 0))")
			.param(personId)
			.query((rs, n) -> 1)
			.list();
	}

	long insertCandidate(long planId, CandidateInput in, List<RuleOutcome> overrides, String user) {
		return jdbc.sql("""
				insert into planning_candidate (plan_id, title_code, person_id, added_on, source, decision_number,
				  decided_on, justification, discipline_case, overrides, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?) returning id""")
			.params(planId, in.titleCode(), in.personId(), in.addedOn(), in.source().name(),
					blank(in.decisionNumber()) ? null : in.decisionNumber().strip(), in.decidedOn(),
					blank(in.justification()) ? null : in.justification().strip(), in.disciplineCase(), json(overrides),
					user)
			.query(Long.class)
			.single();
	}

	void remove(long candidateId, Removal r, String user) {
		jdbc.sql("""
				update planning_candidate set removed_on = ?, removal_reason = ?, removal_decision_number = ?,
				  removal_decided_on = ?, removed_by = ? where id = ? and removed_on is null""")
			.params(r.removedOn(), r.reason().strip(), r.decisionNumber().strip(), r.decidedOn(), user, candidateId)
			.update();
	}

	boolean voted(long candidateId, String step) {
		return jdbc.sql("select count(*) from planning_vote where candidate_id = ? and step = ?")
			.params(candidateId, step)
			.query(Long.class)
			.single() > 0;
	}

	void insertVote(long candidateId, Vote v, String user) {
		jdbc.sql(
				"""
						insert into planning_vote (candidate_id, step, held_on, voters, votes_for, votes_against, note, created_by)
						values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(candidateId, v.step().strip(), v.heldOn(), v.voters(), v.votesFor(), v.votesAgainst(),
					blank(v.note()) ? null : v.note().strip(), user)
			.update();
	}

	private List<Candidate> withVotes(List<Candidate> cs) {
		if (cs.isEmpty()) {
			return cs;
		}
		Map<Long, List<Vote>> votes = new HashMap<>();
		jdbc.sql("""
				select candidate_id, step, held_on, voters, votes_for, votes_against, note from planning_vote
				 where candidate_id = any(:ids) order by held_on, id""")
			.param("ids", cs.stream().map(Candidate::id).toArray(Long[]::new))
			.query((rs, n) -> votes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new Vote(rs.getString(2), rs.getObject(3, LocalDate.class), (Integer) rs.getObject(4),
						(Integer) rs.getObject(5), (Integer) rs.getObject(6), rs.getString(7))))
			.list();
		return cs.stream()
			.map(c -> new Candidate(c.id(), c.planId(), c.titleCode(), c.titleName(), c.personId(), c.fullName(),
					c.addedOn(), c.source(), c.decisionNumber(), c.decidedOn(), c.justification(), c.disciplineCase(),
					c.overrides(), c.removedOn(), c.removalReason(), c.removalDecisionNumber(), c.removalDecidedOn(),
					votes.getOrDefault(c.id(), List.of()), c.appointedBy()))
			.toList();
	}

	private static PlanRow plan(ResultSet rs, int n) throws SQLException {
		return new PlanRow(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("term_code"),
				PlanKind.valueOf(rs.getString("kind")), rs.getString("decision_number"),
				rs.getObject("decided_on", LocalDate.class), rs.getString("issuer"), rs.getString("note"));
	}

	private Candidate candidate(ResultSet rs, int n) throws SQLException {
		return new Candidate(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("title_code"), null,
				rs.getLong("person_id"), null, rs.getObject("added_on", LocalDate.class),
				CandidateSource.valueOf(rs.getString("source")), rs.getString("decision_number"),
				rs.getObject("decided_on", LocalDate.class), rs.getString("justification"),
				(Integer) (rs.getObject("discipline_case") == null ? null : rs.getInt("discipline_case")),
				overrides(rs.getString("overrides")), rs.getObject("removed_on", LocalDate.class),
				rs.getString("removal_reason"), rs.getString("removal_decision_number"),
				rs.getObject("removal_decided_on", LocalDate.class), List.of(),
				(Long) rs.getObject("appointed_by_decision_id"));
	}

	private String json(List<RuleOutcome> outcomes) {
		return json.writeValueAsString(outcomes);
	}

	private List<RuleOutcome> overrides(String text) {
		return text == null ? List.of() : json.readValue(text, new TypeReference<List<RuleOutcome>>() {
		});
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}

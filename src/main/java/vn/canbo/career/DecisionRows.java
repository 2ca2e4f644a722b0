package vn.canbo.career;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.canbo.people.CareerFacts;
import vn.canbo.rules.RuleMode;
import vn.canbo.rules.RuleResult;

/** SQL of the career tables. */
@Repository
class DecisionRows {

	private final JdbcClient jdbc;

	DecisionRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(DecisionDraft d, String user) {
		return jdbc
			.sql("""
					insert into career_decision (number, signed_on, issuer, signer, effective_on, end_on, reference_on, type,
					    target_decision_id, note, created_by, updated_by, place, proposer, signing_authority, signer_title,
					    recipients)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(d.number(), d.signedOn(), d.issuer(), d.signer(), d.effectiveOn(), d.endOn(), d.referenceOn(),
					d.type().name(), d.targetDecisionId(), d.note(), user, user, d.signing().place(),
					d.signing().proposer(), authority(d.signing()), d.signing().signerTitle(), recipients(d.signing()))
			.query(Long.class)
			.single();
	}

	boolean update(long id, int version, DecisionDraft d, String user) {
		return jdbc
			.sql("""
					update career_decision set number = ?, signed_on = ?, issuer = ?, signer = ?, effective_on = ?, end_on = ?,
					    reference_on = ?, type = ?, target_decision_id = ?, note = ?, updated_by = ?, updated_at = now(),
					    version = version + 1, place = ?, proposer = ?, signing_authority = ?, signer_title = ?,
					    recipients = ?
					where id = ? and version = ? and status = 'DRAFT'""")
			.params(d.number(), d.signedOn(), d.issuer(), d.signer(), d.effectiveOn(), d.endOn(), d.referenceOn(),
					d.type().name(), d.targetDecisionId(), d.note(), user, d.signing().place(), d.signing().proposer(),
					authority(d.signing()), d.signing().signerTitle(), recipients(d.signing()), id, version)
			.update() == 1;
	}

	private static String authority(DecisionSigning s) {
		return s.authority() == null ? null : s.authority().name();
	}

	private static String recipients(DecisionSigning s) {
		return s.recipients().isEmpty() ? null : s.recipientText();
	}

	static DecisionSigning signing(ResultSet rs) throws SQLException {
		String a = rs.getString("signing_authority");
		return new DecisionSigning(rs.getString("place"), rs.getString("proposer"),
				a == null ? null : DecisionSigning.Authority.valueOf(a), rs.getString("signer_title"),
				DecisionSigning.lines(rs.getString("recipients")));
	}

	void lock(long id) {
		jdbc.sql("select id from career_decision where id = ? for update").param(id).query(Long.class).optional();
	}

	void replaceSubjects(long decisionId, List<DecisionSubject> subjects) {
		jdbc.sql("delete from career_decision_subject where decision_id = ?").param(decisionId).update();
		int seq = 0;
		for (DecisionSubject s : subjects) {
			jdbc.sql(
					"""
							insert into career_decision_subject (decision_id, seq, person_id, home_unit_id, unit_id, title_code, title_text,
							    concurrent, party_post, position_id, higher_post, rank_code, step, coefficient, position_allowance,
							    seniority_pct, incomplete_years, return_on, probation_months, note)
							values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(decisionId, seq++, s.personId(), s.homeUnitId(), s.unitId(), s.titleCode(), s.titleText(),
						s.concurrent(), s.partyPost(), s.positionId(), s.higherPost() != null && s.higherPost(),
						s.rankCode(), s.step(), s.coefficient(), s.positionAllowance(), s.seniorityPct(),
						s.incompleteYears(), s.returnOn(), s.probationMonths(), s.note())
				.update();
		}
	}

	Optional<Decision> find(long id, Map<Long, String> names) {
		return jdbc.sql("select * from career_decision where id = ?")
			.param(id)
			.query((rs, n) -> decision(rs))
			.optional()
			.map(d -> withDetails(d, names));
	}

	private Decision withDetails(Decision d, Map<Long, String> names) {
		List<DecisionSubject> subjects = subjects(d.id());
		List<RuleResult> checks = jdbc.sql("select * from career_decision_check where decision_id = ? order by id")
			.param(d.id())
			.query((rs, n) -> new RuleResult(rs.getString("rule_id"), rs.getString("key"),
					RuleMode.valueOf(rs.getString("mode")), rs.getBoolean("passed"), rs.getString("message"),
					rs.getString("legal_basis"), (Long) rs.getObject("person_id")))
			.list();
		List<Decision.EffectView> effects = jdbc
			.sql("select * from career_decision_effect where decision_id = ? order by id")
			.param(d.id())
			.query((rs, n) -> new Decision.EffectView(rs.getLong("person_id"), rs.getString("kind"),
					rs.getLong("row_id"), rs.getString("action"), rs.getObject("previous_valid_to", LocalDate.class),
					rs.getObject("undone_at") != null))
			.list();
		Decision.ScanInfo scan = jdbc.sql(
				"select file_name, content_type, size_bytes, uploaded_at, uploaded_by from career_decision_scan where decision_id = ?")
			.param(d.id())
			.query((rs, n) -> new Decision.ScanInfo(rs.getString(1), rs.getString(2), rs.getInt(3),
					rs.getTimestamp(4).toInstant(), rs.getString(5)))
			.optional()
			.orElse(null);
		return new Decision(d.id(), d.version(), d.type(), d.number(), d.signedOn(), d.issuer(), d.signer(),
				d.effectiveOn(), d.endOn(), d.referenceOn(), d.status(), d.targetDecisionId(), d.revokedByDecisionId(),
				d.amendedByDecisionId(), d.justification(), d.note(), d.issuedAt(), d.issuedBy(), d.approvedAt(),
				d.approvedBy(), d.createdAt(), d.createdBy(), d.updatedAt(), d.updatedBy(),
				subjects.stream().map(s -> named(s, names)).toList(), checks, effects, scan, d.signing());
	}

	private static DecisionSubject named(DecisionSubject s, Map<Long, String> names) {
		return new DecisionSubject(s.id(), s.personId(), names.getOrDefault(s.personId(), s.personName()),
				s.homeUnitId(), s.unitId(), s.titleCode(), s.titleText(), s.concurrent(), s.partyPost(), s.positionId(),
				s.higherPost(), s.rankCode(), s.step(), s.coefficient(), s.positionAllowance(), s.seniorityPct(),
				s.incompleteYears(), s.returnOn(), s.probationMonths(), s.note());
	}

	List<DecisionSubject> subjects(long decisionId) {
		return jdbc.sql("select * from career_decision_subject where decision_id = ? order by seq")
			.param(decisionId)
			.query((rs, n) -> subject(rs))
			.list();
	}

	static DecisionSubject subject(ResultSet rs) throws SQLException {
		return new DecisionSubject(rs.getLong("id"), rs.getLong("person_id"), null, (Long) rs.getObject("home_unit_id"),
				(Long) rs.getObject("unit_id"), rs.getString("title_code"), rs.getString("title_text"),
				rs.getBoolean("concurrent"), rs.getBoolean("party_post"), (Long) rs.getObject("position_id"),
				rs.getBoolean("higher_post"), rs.getString("rank_code"), intOrNull(rs, "step"),
				rs.getBigDecimal("coefficient"), rs.getBigDecimal("position_allowance"),
				rs.getBigDecimal("seniority_pct"), rs.getInt("incomplete_years"),
				rs.getObject("return_on", LocalDate.class), intOrNull(rs, "probation_months"), rs.getString("note"));
	}

	static Integer intOrNull(ResultSet rs, String c) throws SQLException {
		int v = rs.getInt(c);
		return rs.wasNull() ? null : v;
	}

	static Decision decision(ResultSet rs) throws SQLException {
		return new Decision(rs.getLong("id"), rs.getInt("version"), DecisionType.valueOf(rs.getString("type")),
				rs.getString("number"), rs.getObject("signed_on", LocalDate.class), rs.getString("issuer"),
				rs.getString("signer"), rs.getObject("effective_on", LocalDate.class),
				rs.getObject("end_on", LocalDate.class), rs.getObject("reference_on", LocalDate.class),
				DecisionStatus.valueOf(rs.getString("status")), (Long) rs.getObject("target_decision_id"),
				(Long) rs.getObject("revoked_by_decision_id"), (Long) rs.getObject("amended_by_decision_id"),
				rs.getString("justification"), rs.getString("note"), instant(rs, "issued_at"),
				rs.getString("issued_by"), instant(rs, "approved_at"), rs.getString("approved_by"),
				instant(rs, "created_at"), rs.getString("created_by"), instant(rs, "updated_at"),
				rs.getString("updated_by"), List.of(), List.of(), List.of(), null, signing(rs));
	}

	static Instant instant(ResultSet rs, String c) throws SQLException {
		var t = rs.getTimestamp(c);
		return t == null ? null : t.toInstant();
	}

	void saveChecks(long decisionId, List<RuleResult> results) {
		jdbc.sql("delete from career_decision_check where decision_id = ?").param(decisionId).update();
		for (RuleResult r : results) {
			jdbc.sql(
					"""
							insert into career_decision_check (decision_id, person_id, rule_id, key, mode, passed, message, legal_basis)
							values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(decisionId, r.personId(), r.ruleId(), r.key(), r.mode().name(), r.passed(), r.message(),
						r.legalBasis())
				.update();
		}
	}

	void saveEffects(long decisionId, List<CareerFacts.Effect> effects) {
		for (CareerFacts.Effect e : effects) {
			jdbc.sql("""
					insert into career_decision_effect (decision_id, person_id, kind, row_id, action, previous_valid_to)
					values (?, ?, ?, ?, ?, ?)""")
				.params(decisionId, e.personId(), e.kind().name(), e.rowId(), e.action().name(), e.previousValidTo())
				.update();
		}
	}

	List<CareerFacts.Effect> liveEffects(long decisionId) {
		return jdbc.sql("select * from career_decision_effect where decision_id = ? and undone_at is null order by id")
			.param(decisionId)
			.query((rs, n) -> new CareerFacts.Effect(rs.getLong("person_id"),
					CareerFacts.EffectKind.valueOf(rs.getString("kind")), rs.getLong("row_id"),
					CareerFacts.EffectAction.valueOf(rs.getString("action")),
					rs.getObject("previous_valid_to", LocalDate.class)))
			.list();
	}

	void markUndone(long decisionId) {
		jdbc.sql("update career_decision_effect set undone_at = now() where decision_id = ? and undone_at is null")
			.param(decisionId)
			.update();
	}

	void markIssued(long id, String justification, String user) {
		jdbc.sql("""
				update career_decision set status = 'ISSUED', justification = ?, issued_at = now(), issued_by = ?,
				    updated_at = now(), updated_by = ?, version = version + 1 where id = ?""")
			.params(justification, user, user, id)
			.update();
	}

	/** First approval (four-eyes): the content is frozen from now on. */
	void markApproved(long id, String user) {
		jdbc.sql("""
				update career_decision set status = 'APPROVED', approved_at = now(), approved_by = ?,
				    updated_at = now(), updated_by = ?, version = version + 1 where id = ? and status = 'DRAFT'""")
			.params(user, user, id)
			.update();
	}

	void markRevoked(long id, long byDecision, String user) {
		jdbc.sql(
				"""
						update career_decision set status = 'REVOKED', revoked_by_decision_id = ?, updated_at = now(), updated_by = ?,
						    version = version + 1 where id = ?""")
			.params(byDecision, user, id)
			.update();
	}

	void markAmended(long id, long byDecision, String user) {
		jdbc.sql("""
				update career_decision set amended_by_decision_id = ?, updated_at = now(), updated_by = ?,
				    version = version + 1 where id = ?""").params(byDecision, user, id).update();
	}

	boolean numberTaken(String issuer, String number, long exceptId) {
		return jdbc.sql("""
				select count(*) from career_decision where lower(issuer) = lower(?) and lower(number) = lower(?)
				  and status <> 'DRAFT' and id <> ?""").params(issuer, number, exceptId).query(Long.class).single() > 0;
	}

	/**
	 * Early raises issued in the year for persons whose home unit is the unit (other
	 * decisions than {@code exceptId}).
	 */
	long earlyRaises(long unitId, int year, long exceptId) {
		return jdbc.sql("""
				select count(*) from career_decision_subject s join career_decision d on d.id = s.decision_id
				where d.status = 'ISSUED' and d.type = 'SALARY_STEP_EARLY' and s.home_unit_id = ? and d.id <> ?
				  and d.effective_on >= ? and d.effective_on < ?""")
			.params(unitId, exceptId, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
			.query(Long.class)
			.single();
	}

	/** Persons among the given who have an issued decision of the type. */
	Set<Long> personsWithIssued(DecisionType type, Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return Set.of();
		}
		return new java.util.HashSet<>(jdbc
			.sql("""
					select distinct s.person_id from career_decision_subject s join career_decision d on d.id = s.decision_id
					where d.status = 'ISSUED' and d.type = ? and s.person_id = any(?)""")
			.params(type.name(), personIds.toArray(Long[]::new))
			.query(Long.class)
			.list());
	}

	/**
	 * The condition "the subject's home unit, else its unit, is in {@code unitIds}" on
	 * {@code career_decision_subject s}; none for the whole tree (null). Bind with
	 * {@link #bindUnits}.
	 */
	static String inUnits(Collection<Long> unitIds) {
		return unitIds == null ? "" : " and coalesce(s.home_unit_id, s.unit_id) = any(:u)";
	}

	static JdbcClient.StatementSpec bindUnits(JdbcClient.StatementSpec q, Collection<Long> unitIds) {
		return unitIds == null ? q : q.param("u", unitIds.toArray(Long[]::new));
	}

}

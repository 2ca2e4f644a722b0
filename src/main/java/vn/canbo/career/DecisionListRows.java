package vn.canbo.career;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.canbo.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the decision list: filters, the scope, paging. */
@Repository
class DecisionListRows {

	private final JdbcClient jdbc;

	DecisionListRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Scope filter in SQL: every subject's home unit (or target unit) lies in the scope's
	 * units. {@code unitIds} null = unrestricted.
	 */
	private static String scopeClause(Collection<Long> unitIds) {
		return unitIds == null ? ""
				: " " + """
						and exists (select 1 from career_decision_subject s0 where s0.decision_id = d.id)
						and not exists (select 1 from career_decision_subject s1 where s1.decision_id = d.id
						  and not (coalesce(s1.home_unit_id, s1.unit_id) = any(:u) and (s1.unit_id is null or s1.unit_id = any(:u))))""";
	}

	/**
	 * {@code unitIds}: the caller's scope (null = all); {@code concerning}: the units of
	 * {@link DecisionFilter#unitId}.
	 */
	PageResult<DecisionSummary> list(DecisionFilter f, Collection<Long> unitIds, Collection<Long> concerning, int page,
			int size) {
		StringBuilder where = new StringBuilder(" from career_decision d where 1 = 1");
		Map<String, Object> p = new HashMap<>();
		if (f.type() != null) {
			where.append(" and d.type = :type");
			p.put("type", f.type().name());
		}
		if (f.status() != null) {
			where.append(" and d.status = :status");
			p.put("status", f.status().name());
		}
		if (f.from() != null) {
			where.append(" and d.effective_on >= :from");
			p.put("from", f.from());
		}
		if (f.to() != null) {
			where.append(" and d.effective_on <= :to");
			p.put("to", f.to());
		}
		if (f.personId() != null) {
			where.append(
					" and exists (select 1 from career_decision_subject sp where sp.decision_id = d.id and sp.person_id = :pid)");
			p.put("pid", f.personId());
		}
		if (f.q() != null && !f.q().isBlank()) {
			where.append(" and (d.number ilike :q or d.issuer ilike :q or d.note ilike :q)");
			p.put("q", "%" + f.q().strip().replace("%", "\\%").replace("_", "\\_") + "%");
		}
		where.append(scopeClause(unitIds));
		if (concerning != null) {
			where.append(" and exists (select 1 from career_decision_subject sc where sc.decision_id = d.id"
					+ " and coalesce(sc.home_unit_id, sc.unit_id) = any(:cu))");
			p.put("cu", concerning.toArray(Long[]::new));
		}
		if (unitIds != null) {
			p.put("u", unitIds.toArray(Long[]::new));
		}
		var select = jdbc
			.sql("""
					select d.id, d.type, d.number, d.signed_on, d.issuer, d.effective_on, d.status,
					  (select count(*) from career_decision_subject s where s.decision_id = d.id) as subjects,
					  (select s.person_id from career_decision_subject s where s.decision_id = d.id order by seq limit 1) as first_person
					"""
					+ where + " order by d.effective_on desc, d.id desc limit :l offset :o")
			.params(p)
			.param("l", size)
			.param("o", (long) page * size);
		List<DecisionSummary> items = select
			.query((rs, n) -> new DecisionSummary(rs.getLong("id"), DecisionType.valueOf(rs.getString("type")),
					rs.getString("number"), rs.getObject("signed_on", LocalDate.class), rs.getString("issuer"),
					rs.getObject("effective_on", LocalDate.class), DecisionStatus.valueOf(rs.getString("status")),
					rs.getInt("subjects"),
					rs.getObject("first_person") == null ? null : String.valueOf(rs.getLong("first_person"))))
			.list();
		long total = jdbc
			.sql("select count(*) from (select 1 " + where + " limit " + (PageResult.COUNT_CAP + 1) + ") x")
			.params(p)
			.query(Long.class)
			.single();
		return new PageResult<>(items, page, size, Math.min(total, PageResult.COUNT_CAP), total > PageResult.COUNT_CAP);
	}

}

package vn.canbo.career;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of issued decisions whose period ends in a window: rotations and probations
 * (alerts).
 */
@Repository
class DecisionDueRows {

	private final JdbcClient jdbc;

	DecisionDueRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Issued rotations whose return date is in [from, to] (scope: subjects' home units).
	 */
	List<Object[]> rotationsEnding(Collection<Long> unitIds, LocalDate from, LocalDate to) {
		return timed("coalesce(s.return_on, d.end_on)", "d.type in ('ROTATION', 'SECONDMENT')", unitIds, from, to);
	}

	/** Issued recruitments whose probation ends in [from, to]. */
	List<Object[]> probationsEnding(Collection<Long> unitIds, LocalDate from, LocalDate to) {
		return timed("(d.effective_on + make_interval(months => s.probation_months))::date",
				"d.type = 'RECRUITMENT' and s.probation_months is not null and s.probation_months > 0", unitIds, from,
				to);
	}

	private List<Object[]> timed(String dateExpr, String cond, Collection<Long> unitIds, LocalDate from, LocalDate to) {
		var q = jdbc.sql("select d.id, d.type, d.number, s.person_id, coalesce(s.unit_id, s.home_unit_id), " + dateExpr
				+ " as due, s.home_unit_id from career_decision d join career_decision_subject s on s.decision_id = d.id"
				+ " where d.status = 'ISSUED' and " + cond + " and " + dateExpr + " between :f and :t"
				+ DecisionRows.inUnits(unitIds) + " order by due, d.id, s.person_id")
			.param("f", from)
			.param("t", to);
		return DecisionRows.bindUnits(q, unitIds)
			.query((rs,
					n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
							rs.getObject(5), rs.getObject(6, LocalDate.class), rs.getObject(7) })
			.list();
	}

}

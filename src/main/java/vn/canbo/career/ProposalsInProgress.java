package vn.canbo.career;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals in progress (issue 17, PLAN-04: no planning at the same time as a proposal of
 * appointment or candidacy): the decisions of the given types that are drafts or approved
 * but not yet issued, naming the person for the title. Unscoped: the caller has checked
 * the person and only answers whether one exists.
 */
@Component
public class ProposalsInProgress {

	/** A decision in progress: id, type (DecisionType name), status, number if any. */
	public record Proposal(long decisionId, String type, String status, String number) {
	}

	private final JdbcClient jdbc;

	ProposalsInProgress(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<Proposal> of(long personId, String titleCode, Collection<String> types) {
		if (types.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select distinct d.id, d.type, d.status, d.number from career_decision d
				  join career_decision_subject s on s.decision_id = d.id
				 where s.person_id = :p and s.title_code = :t and d.status in ('DRAFT', 'APPROVED')
				   and d.type = any(:types) order by d.id""")
			.param("p", personId)
			.param("t", titleCode)
			.param("types", types.toArray(String[]::new))
			.query((rs, n) -> new Proposal(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

}

package vn.canbo.career;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of service of persons (issue 17, annual review of a succession plan: died or
 * retired): the earliest issued, unrevoked decision ending every post (nghỉ hưu, thôi
 * việc, tinh giản, từ trần) effective on or before a day. Unscoped: the caller has
 * checked the persons.
 */
@Component
public class ServiceEndings {

	/** The decision ending the service: id, type (DecisionType name), effective day. */
	public record Ending(long decisionId, String type, LocalDate effectiveOn) {
	}

	private final JdbcClient jdbc;

	ServiceEndings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Map<Long, Ending> of(Collection<Long> personIds, LocalDate on) {
		Map<Long, Ending> out = new HashMap<>();
		if (personIds.isEmpty()) {
			return out;
		}
		jdbc.sql("""
				select s.person_id, d.id, d.type, d.effective_on from career_decision d
				  join career_decision_subject s on s.decision_id = d.id
				 where s.person_id = any(:ids) and d.status = 'ISSUED' and d.effective_on <= :on
				   and d.type in ('RETIREMENT', 'RESIGNATION', 'STAFF_REDUCTION', 'DEATH')
				 order by d.effective_on, d.id""")
			.param("ids", personIds.toArray(Long[]::new))
			.param("on", on)
			.query((rs, n) -> out.putIfAbsent(rs.getLong(1),
					new Ending(rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class))))
			.list();
		return out;
	}

}

package vn.canbo.people;

import java.time.LocalDate;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.canbo.audit.AuditSubjects;

/**
 * The unit an audit event about a person concerns, when it is written: the unit of the
 * person's main position held today, or else of the latest one (a person who left keeps
 * the unit they left). The audit log scopes its readers by it.
 */
@Component
class PersonAuditUnits implements AuditSubjects {

	private final JdbcClient jdbc;

	PersonAuditUnits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<Long> units(String entityType, String entityId, Long personId) {
		if (personId == null) {
			return Set.of();
		}
		return jdbc.sql("""
				select unit_id from person_position
				where person_id = :p and not concurrent and deleted_at is null
				order by (valid_from <= :d and (valid_to is null or valid_to > :d)) desc, valid_from desc, id desc
				limit 1""")
			.param("p", personId)
			.param("d", LocalDate.now())
			.query(Long.class)
			.optional()
			.map(Set::of)
			.orElse(Set.of());
	}

}

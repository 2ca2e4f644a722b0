package vn.canbo.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which of a set of persons have a discipline of the dossier decided in a period (both
 * days inclusive), of one of the kinds: one set-based query for a whole save or
 * finalisation (issue 15: the evaluation's discipline cap), instead of reading each
 * dossier. Soft-deleted (deleted or corrected) rows and revoked decisions (a recorded
 * revocation) never count; a corrected row counts through its replacement.
 */
@Component
@org.springframework.modulith.NamedInterface("api")
public class DisciplinedPersons {

	private static final int CHUNK = 10_000;

	private final JdbcClient jdbc;

	DisciplinedPersons(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The persons among {@code personIds} with such a discipline. */
	@Transactional(readOnly = true)
	public Set<Long> decidedBetween(Collection<Long> personIds, LocalDate from, LocalDate to,
			Collection<DisciplineKind> kinds) {
		Set<Long> out = new HashSet<>();
		if (personIds.isEmpty() || kinds.isEmpty()) {
			return out;
		}
		List<Long> ids = personIds.stream().distinct().toList();
		String[] kindNames = kinds.stream().map(Enum::name).toArray(String[]::new);
		for (int i = 0; i < ids.size(); i += CHUNK) {
			Long[] part = ids.subList(i, Math.min(ids.size(), i + CHUNK)).toArray(Long[]::new);
			out.addAll(jdbc.sql("""
					select distinct d.person_id from person_discipline d
					where d.person_id = any(:ids) and d.deleted_at is null and d.revoked_on is null
					  and d.decided_on between :from and :to
					  and d.kind = any(:kinds)""")
				.param("ids", part)
				.param("from", from)
				.param("to", to)
				.param("kinds", kindNames)
				.query(Long.class)
				.list());
		}
		return out;
	}

}

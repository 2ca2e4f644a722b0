package vn.canbo.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;

/**
 * Finding existing dossiers by identity, for imports (duplicate detection, rows that
 * refer to a person): by national ID (index person_national_id) or by birth date (index
 * person_birth_date, the caller then compares the folded name and home town). Answers are
 * not scope-filtered — a duplicate must be found even when it sits outside the caller's
 * scope — so callers must not show them unless {@link #visible} says so.
 */
@Component
@org.springframework.modulith.NamedInterface("api")
public class PersonLookup {

	private static final int CHUNK = 1000;

	/** An existing (not deleted) dossier's identity. */
	public record Match(long id, int version, String fullName, PartialDate birthDate, String homeTownCommune,
			String homeTownProvince, String nationalId) {
	}

	private final JdbcClient jdbc;

	private final Visibility visibility;

	PersonLookup(JdbcClient jdbc, Visibility visibility) {
		this.jdbc = jdbc;
		this.visibility = visibility;
	}

	@Transactional(readOnly = true)
	public List<Match> byNationalIds(Collection<String> ids) {
		return chunked(new ArrayList<>(ids), "join unnest(cast(:v as text[])) as k(v) on p.national_id = k.v",
				String[]::new);
	}

	@Transactional(readOnly = true)
	public List<Match> byBirthDates(Collection<LocalDate> dates) {
		return chunked(dates.stream().map(java.sql.Date::valueOf).toList(),
				"join unnest(cast(:v as date[])) as k(v) on p.birth_date = k.v", java.sql.Date[]::new);
	}

	/**
	 * Refreshes the planner statistics of the dossier table (ANALYZE person). A bulk
	 * import into a new or small database calls it after its first batches so that
	 * identity look-ups — also those of {@link PersonService#createAll} — use their
	 * indexes instead of scanning a table the planner believes empty.
	 */
	public void refreshStatistics() {
		jdbc.sql("analyze person").update();
	}

	/** Whether the dossier is in the scope (see {@link PersonService#get}). */
	@Transactional(readOnly = true)
	public boolean visible(long personId, Scope scope) {
		return visibility.visible(personId, null, scope);
	}

	private <T> List<Match> chunked(List<T> values, String where, java.util.function.IntFunction<T[]> array) {
		List<Match> out = new ArrayList<>();
		for (int i = 0; i < values.size(); i += CHUNK) {
			List<T> part = values.subList(i, Math.min(values.size(), i + CHUNK));
			out.addAll(jdbc.sql("""
					select p.id, p.version, p.full_name, p.birth_date, p.birth_date_precision, p.home_town_commune,
					       p.home_town_province, p.national_id
					from person p""" + " " + where + " where p.deleted_at is null")
				.param("v", part.toArray(array.apply(0)))
				.query((rs, n) -> new Match(rs.getLong("id"), rs.getInt("version"), rs.getString("full_name"),
						new PartialDate(rs.getObject("birth_date", LocalDate.class),
								PartialDate.Precision.valueOf(rs.getString("birth_date_precision"))),
						rs.getString("home_town_commune"), rs.getString("home_town_province"),
						rs.getString("national_id")))
				.list());
		}
		return out;
	}

}

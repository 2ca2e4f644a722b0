package vn.canbo.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The names of persons, many at once, for modules that keep person ids in their own
 * records (an evaluation's subjects, its steps and alerts) and must not read the
 * {@code person} table themselves. Unlike {@link CareerFacts#names}, a deleted dossier
 * keeps its name here: a past campaign's subject still shows who it was. Answers are not
 * scope-filtered: the caller has checked its own records against the user's scope.
 */
@Component
@org.springframework.modulith.NamedInterface("api")
public class PersonNames {

	/**
	 * A person's full name and its place among the persons of one answer, as the database
	 * sorts them: by the full name ({@code byFullName}) and by the name's sort key, the
	 * person lists' order ({@code bySortKey}); equal names share a place (dense ranks
	 * from 1), so a caller breaks ties by its own key.
	 */
	public record Name(String fullName, int byFullName, int bySortKey) {
	}

	private final JdbcClient jdbc;

	PersonNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Person id → name, deleted dossiers included; unknown ids are absent. */
	public Map<Long, Name> of(Collection<Long> personIds) {
		Map<Long, Name> out = new HashMap<>();
		if (personIds.isEmpty()) {
			return out;
		}
		jdbc.sql("""
				select id, full_name, dense_rank() over (order by full_name) by_full_name,
				       dense_rank() over (order by sort_name) by_sort_key
				  from person where id = any(:ids)""")
			.param("ids", personIds.stream().distinct().toArray(Long[]::new))
			.query((rs, n) -> out.put(rs.getLong(1), new Name(rs.getString(2), rs.getInt(3), rs.getInt(4))))
			.list();
		return out;
	}

	/** Person id → full name, deleted dossiers included; unknown ids are absent. */
	public Map<Long, String> fullNames(Collection<Long> personIds) {
		Map<Long, String> out = new HashMap<>();
		if (personIds.isEmpty()) {
			return out;
		}
		jdbc.sql("select id, full_name from person where id = any(:ids)")
			.param("ids", personIds.stream().distinct().toArray(Long[]::new))
			.query((rs, n) -> out.put(rs.getLong(1), rs.getString(2)))
			.list();
		return out;
	}

}

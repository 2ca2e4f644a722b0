package vn.canbo.people;

import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The bounds of person.sort_name's equal-frequency histogram, as kept by PostgreSQL's
 * statistics (ANALYZE; 1,000 buckets, see migration V4_22): bound i of n has about i/n of
 * the persons before it. Read from pg_stats, which a read replica has too, and cached for
 * a few minutes. Empty before the table was first analysed.
 */
final class SortNameQuantiles {

	private static final Duration TTL = Duration.ofMinutes(10);

	private final NamedParameterJdbcTemplate jdbc;

	private volatile List<String> bounds = List.of();

	private volatile long readAt;

	SortNameQuantiles(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void forget() {
		readAt = 0;
	}

	List<String> get() {
		long now = System.nanoTime();
		if (readAt == 0 || now - readAt > TTL.toNanos()) {
			List<String[]> rows = jdbc.query("""
					select cast(cast(histogram_bounds as text) as text[]) from pg_stats
					where schemaname = current_schema() and tablename = 'person' and attname = 'sort_name'""",
					new MapSqlParameterSource(),
					(rs, i) -> rs.getArray(1) == null ? null : (String[]) rs.getArray(1).getArray());
			bounds = rows.isEmpty() || rows.get(0) == null ? List.of() : List.of(rows.get(0));
			readAt = now;
		}
		return bounds;
	}

}

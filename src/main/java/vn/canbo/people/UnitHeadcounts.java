package vn.canbo.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The headcount of units for org's {@link vn.canbo.org.HeadcountProvider} SPI (answered
 * by {@link PersonService}): persons whose main position is in each unit on the date.
 */
@Component
class UnitHeadcounts {

	private final JdbcClient jdbc;

	UnitHeadcounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every asked unit is in the map (0 when nobody holds a main position there). */
	Map<Long, Long> headcounts(Collection<Long> unitIds, LocalDate asOf) {
		Map<Long, Long> m = new LinkedHashMap<>();
		unitIds.forEach(id -> m.put(id, 0L));
		if (unitIds.isEmpty()) {
			return m;
		}
		jdbc.sql("""
				select pp.unit_id, count(distinct pp.person_id) as n from person_position pp
				join person p on p.id = pp.person_id and p.deleted_at is null
				where pp.unit_id = any(:units) and not pp.concurrent and pp.deleted_at is null
				  and pp.valid_from <= :d and (pp.valid_to is null or pp.valid_to > :d)
				group by pp.unit_id""")
			.param("units", new HashSet<>(unitIds).toArray(Long[]::new))
			.param("d", asOf)
			.query((rs, n) -> m.put(rs.getLong("unit_id"), rs.getLong("n")))
			.list();
		return m;
	}

}

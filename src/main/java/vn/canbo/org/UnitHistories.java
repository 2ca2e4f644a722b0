package vn.canbo.org;

import static vn.canbo.org.UnitService.COLUMNS;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;

/**
 * A unit's versions, restructurings, predecessors and successors, for
 * {@link UnitService}.
 */
final class UnitHistories {

	private final JdbcClient jdbc;

	UnitHistories(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every version of a unit, the restructurings touching it, its predecessors and
	 * successors.
	 */
	UnitHistory history(long id) {
		List<UnitView> versions = jdbc
			.sql("select " + COLUMNS + " from org_unit u join org_unit_version v on v.unit_id = u.id "
					+ "where u.id = :id order by v.valid_from")
			.param("id", id)
			.query(UnitService::map)
			.list();
		if (versions.isEmpty()) {
			throw new NotFoundException(Messages.text("org.error.unitNotFound", String.valueOf(id)));
		}
		List<UnitHistory.Event> events = jdbc
			.sql("""
					select r.id, r.kind, r.effective_date, r.decision_number, r.decision_date, r.issuer, r.note
					from org_restructuring r
					where r.id in (select restructuring_id from org_unit_version where unit_id = :id and restructuring_id is not null
					               union select restructuring_id from org_restructuring_link where predecessor_id = :id or successor_id = :id)
					order by r.effective_date, r.id""")
			.param("id", id)
			.query((rs, n) -> new UnitHistory.Event(rs.getLong("id"), RestructuringKind.valueOf(rs.getString("kind")),
					rs.getObject("effective_date", LocalDate.class), rs.getString("decision_number"),
					rs.getObject("decision_date", LocalDate.class), rs.getString("issuer"), rs.getString("note")))
			.list();
		return new UnitHistory(id, versions.get(0).code(), versions, events, links(id, true), links(id, false));
	}

	private List<UnitHistory.Link> links(long id, boolean predecessors) {
		String mine = predecessors ? "successor_id" : "predecessor_id";
		String other = predecessors ? "predecessor_id" : "successor_id";
		return jdbc
			.sql("select l." + other + " as other, u.code, r.id as rid, r.kind, r.effective_date, "
					+ "(select v.name from org_unit_version v where v.unit_id = l." + other
					+ " order by v.valid_from desc limit 1) as name "
					+ "from org_restructuring_link l join org_restructuring r on r.id = l.restructuring_id "
					+ "join org_unit u on u.id = l." + other + " where l." + mine
					+ " = :id order by r.effective_date, u.code")
			.param("id", id)
			.query((rs, n) -> new UnitHistory.Link(rs.getLong("other"), rs.getString("code"), rs.getString("name"),
					rs.getLong("rid"), RestructuringKind.valueOf(rs.getString("kind")),
					rs.getObject("effective_date", LocalDate.class)))
			.list();
	}

}

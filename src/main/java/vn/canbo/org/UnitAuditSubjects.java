package vn.canbo.org;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.canbo.audit.AuditSubjects;
import vn.canbo.shared.Scope;

/**
 * The units of audit events about units ({@code org_unit}, {@code org_staffing_quota}),
 * the ancestors of the units of every event, as of the day it is written, and whether a
 * reader's scope covers the whole tree (every root of today).
 */
@Component
class UnitAuditSubjects implements AuditSubjects {

	private final Units units;

	private final JdbcClient jdbc;

	UnitAuditSubjects(Units units, JdbcClient jdbc) {
		this.units = units;
		this.jdbc = jdbc;
	}

	@Override
	public Set<Long> units(String entityType, String entityId, Long personId) {
		if (entityId == null) {
			return Set.of();
		}
		String id = switch (entityType == null ? "" : entityType) {
			case "org_unit" -> entityId;
			case "org_staffing_quota" -> entityId.split("/")[0]; // unitId/year
			default -> null;
		};
		try {
			return id == null ? Set.of() : Set.of(Long.parseLong(id));
		}
		catch (NumberFormatException notAnId) {
			return Set.of();
		}
	}

	/** One recursive query up the tree of the day (a cycle ends the recursion). */
	@Override
	public Set<Long> withAncestors(Set<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return unitIds;
		}
		String ids = unitIds.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
		return new HashSet<>(jdbc.sql("""
				with recursive up(id) as (
				    select unnest(cast(:ids as bigint[]))
				    union
				    select v.parent_id from org_unit_version v join up on v.unit_id = up.id
				    where v.parent_id is not null and v.valid_from <= :d and (v.valid_to is null or v.valid_to > :d))
				select id from up""").param("ids", ids).param("d", LocalDate.now()).query(Long.class).list());
	}

	@Override
	public boolean wholeTree(Scope scope) {
		if (scope.unrestricted()) {
			return true;
		}
		List<UnitView> roots = units.children(null, LocalDate.now());
		return !roots.isEmpty() && roots.stream().allMatch(r -> scope.rootUnitIds().contains(r.id()));
	}

}

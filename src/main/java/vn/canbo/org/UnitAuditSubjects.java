package vn.canbo.org;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

	UnitAuditSubjects(Units units) {
		this.units = units;
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

	@Override
	public Set<Long> withAncestors(Set<Long> unitIds) {
		LocalDate today = LocalDate.now();
		Set<Long> all = new HashSet<>(unitIds);
		for (Long id : unitIds) {
			units.path(id, today).forEach(u -> all.add(u.id()));
		}
		return all;
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

package vn.canbo.evaluation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;

/**
 * The grassroots organisation of a unit read from the organisation tree (until issue 18
 * builds Party organisations): on the path from the campaign's root (included) down to
 * the unit, the first unit at commune level (đảng bộ xã, phường: all bodies of a commune
 * together); when there is none, the root's child containing the unit (the đảng bộ, chi
 * bộ cơ sở of a department or agency); the root itself stands alone. A unit not found on
 * the date stands for itself.
 */
@Component
class OrgGrassrootsUnits implements GrassrootsUnits {

	private final Units units;

	OrgGrassrootsUnits(Units units) {
		this.units = units;
	}

	@Override
	public Map<Long, Long> grassroots(long rootUnitId, Collection<Long> unitIds, LocalDate on) {
		Map<Long, Long> out = new HashMap<>();
		for (Long id : unitIds) {
			out.put(id, of(rootUnitId, id, units.path(id, on)));
		}
		return out;
	}

	static long of(long rootUnitId, long unitId, List<UnitView> path) {
		if (unitId == rootUnitId || path.isEmpty()) {
			return unitId;
		}
		int root = -1;
		for (int i = 0; i < path.size(); i++) {
			if (path.get(i).id() == rootUnitId) {
				root = i;
			}
		}
		for (int i = Math.max(root, 0); i < path.size(); i++) {
			if (path.get(i).level() == AdminLevel.COMMUNE) {
				return path.get(i).id();
			}
		}
		return root >= 0 && root + 1 < path.size() ? path.get(root + 1).id() : unitId;
	}

}

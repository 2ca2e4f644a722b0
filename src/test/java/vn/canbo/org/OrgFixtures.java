package vn.canbo.org;

import java.time.LocalDate;
import java.util.UUID;

/** Small helpers to build unique test units. */
final class OrgFixtures {

	static final LocalDate START = LocalDate.of(2000, 1, 1);

	private OrgFixtures() {
	}

	static String code(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	static UnitView unit(UnitService s, String name, String type, AdminLevel level, Long parent) {
		return s.create(new UnitService.NewUnit(code("T"), name, null, type, level, parent, START));
	}

}

package vn.canbo.people.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitView;

/**
 * Issue 20, point 5: after a merge a person of an office of the merged UBND reads "Ủy ban
 * nhân dân Xã Vĩnh Thạnh, Tỉnh Bình Giang" as the managing units, not the commune twice.
 */
class DossierManagingUnitsTest {

	private static UnitView u(long id, String name, String type, AdminLevel level) {
		return new UnitView(id, "C" + id, name, null, type, level, null, LocalDate.of(2025, 7, 1), null);
	}

	@Test
	void anAreaNamedInTheBodyAboveIsNotRepeated() {
		UnitView province = u(1, "Tỉnh Bình Giang", "DIA_BAN", AdminLevel.PROVINCE);
		UnitView commune = u(2, "Xã Vĩnh Thạnh", "DIA_BAN", AdminLevel.COMMUNE);
		UnitView ubnd = u(3, "Ủy ban nhân dân Xã Vĩnh Thạnh", "UBND", AdminLevel.COMMUNE);
		UnitView office = u(4, "Văn phòng HĐND và UBND", "PHONG", AdminLevel.COMMUNE);
		assertThat(DossierController.managing(List.of(province, commune, ubnd, office)))
			.isEqualTo("Ủy ban nhân dân Xã Vĩnh Thạnh, Tỉnh Bình Giang");
		// the demo's short names too ("UBND xã An" under "Xã An")
		assertThat(DossierController.managing(List.of(province, u(5, "Xã An", "DIA_BAN", AdminLevel.COMMUNE),
				u(6, "UBND xã An", "UBND", AdminLevel.COMMUNE), office)))
			.isEqualTo("UBND xã An, Tỉnh Bình Giang");
		// a person of the UBND itself: the commune and the province
		assertThat(DossierController.managing(List.of(province, commune, ubnd)))
			.isEqualTo("Xã Vĩnh Thạnh, Tỉnh Bình Giang");
	}

}

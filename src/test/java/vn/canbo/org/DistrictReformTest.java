package vn.canbo.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.canbo.org.OrgFixtures.code;
import static vn.canbo.org.OrgFixtures.unit;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/** The 2025 two-tier reform on one district, end to end; and headcount against quota. */
@SpringBootTest
@Import(DistrictReformTest.FakeHeadcounts.class)
class DistrictReformTest {

	static final LocalDate BEFORE = LocalDate.of(2025, 6, 30);
	static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	/** Stands in for the people module. */
	@TestConfiguration
	static class FakeHeadcounts implements HeadcountProvider {

		static final Map<Long, Long> COUNTS = new ConcurrentHashMap<>();

		@Override
		public Map<Long, Long> headcounts(Collection<Long> unitIds, LocalDate asOf) {
			Map<Long, Long> m = new HashMap<>();
			unitIds.forEach(id -> {
				if (COUNTS.containsKey(id)) {
					m.put(id, COUNTS.get(id));
				}
			});
			return m;
		}

	}

	@Autowired
	UnitService units;

	@Autowired
	RestructuringService service;

	@Autowired
	StaffingService staffing;

	@Test
	void twoTierReformForOneDistrict() {
		UnitView province = unit(units, "Tỉnh Hòa Bình Mới", "DIA_BAN", AdminLevel.PROVINCE, null);
		UnitView tinhUy = unit(units, "Tỉnh ủy Hòa Bình Mới", "TINH_UY", AdminLevel.PROVINCE, province.id());
		UnitView district = unit(units, "Huyện Lương Sơn", "DIA_BAN", AdminLevel.DISTRICT, province.id());
		UnitView huyenUy = unit(units, "Huyện ủy Lương Sơn", "HUYEN_UY", AdminLevel.DISTRICT, district.id());
		UnitView ubndHuyen = unit(units, "UBND huyện Lương Sơn", "UBND", AdminLevel.DISTRICT, district.id());
		UnitView phong = unit(units, "Phòng Nội vụ huyện Lương Sơn", "PHONG", AdminLevel.DISTRICT, ubndHuyen.id());
		UnitView hdndHuyen = unit(units, "HĐND huyện Lương Sơn", "HDND", AdminLevel.DISTRICT, district.id());
		UnitView x1 = unit(units, "Xã Tân Vinh", "DIA_BAN", AdminLevel.COMMUNE, district.id());
		UnitView x2 = unit(units, "Xã Nhuận Trạch", "DIA_BAN", AdminLevel.COMMUNE, district.id());
		UnitView x3 = unit(units, "Xã Cao Dương", "DIA_BAN", AdminLevel.COMMUNE, district.id());
		UnitView du1 = unit(units, "Đảng ủy xã Tân Vinh", "DANG_UY_XA", AdminLevel.COMMUNE, x1.id());
		UnitView du2 = unit(units, "Đảng ủy xã Nhuận Trạch", "DANG_UY_XA", AdminLevel.COMMUNE, x2.id());
		UnitView cb1 = unit(units, "Chi bộ thôn Gò Bài", "CHI_BO", AdminLevel.HAMLET, du1.id());
		UnitView ub1 = unit(units, "UBND xã Tân Vinh", "UBND", AdminLevel.COMMUNE, x1.id());
		UnitView ub2 = unit(units, "UBND xã Nhuận Trạch", "UBND", AdminLevel.COMMUNE, x2.id());
		UnitView thon1 = unit(units, "Thôn Gò Bài", "THON", AdminLevel.HAMLET, x1.id());
		UnitView thon2 = unit(units, "Thôn Đồng Bái", "THON", AdminLevel.HAMLET, x2.id());
		String newCode = code("XA");

		List<RestructuringResult> results = service.abolishDistrict(
				new RestructuringService.DistrictAbolition(List.of(district.id()), province.id(),
						List.of(new RestructuringService.CommuneMerger(List.of(x1.id(), x2.id()),
								new UnitSpec(newCode, "xã Lương Sơn", null, "DIA_BAN", null, null)),
								new RestructuringService.CommuneMerger(List.of(x3.id()), null)),
						Map.of(ubndHuyen.id(), newCode + ".UBND"), new Decision(REFORM, "1234/NQ-UBTVQH15",
								LocalDate.of(2025, 6, 16), "Ủy ban Thường vụ Quốc hội", "Sắp xếp ĐVHC cấp xã")),
				Scope.all());
		assertThat(results).extracting(RestructuringResult::kind)
			.contains(RestructuringKind.MERGE, RestructuringKind.MOVE, RestructuringKind.DISSOLVE);

		// 30/6/2025: three tiers, untouched
		List<TreeRow> old = units.subtree(province.id(), BEFORE, 10);
		assertThat(old).extracting(r -> r.unit().id())
			.contains(district.id(), huyenUy.id(), ubndHuyen.id(), phong.id(), hdndHuyen.id(), x1.id(), x2.id(),
					x3.id(), du1.id(), cb1.id(), thon1.id());
		assertThat(units.find(x1.id(), BEFORE).orElseThrow().parentId()).isEqualTo(district.id());
		assertThat(units.find(du1.id(), BEFORE).orElseThrow().parentId()).isEqualTo(x1.id());
		assertThat(units.find(cb1.id(), BEFORE).orElseThrow().parentId()).isEqualTo(du1.id());
		assertThat(depthOf(old, x1.id())).isEqualTo(2);

		// 1/7/2025: two tiers; no district, new commune directly under the province
		UnitView commune = units.findByCode(newCode, REFORM).orElseThrow();
		assertThat(commune.parentId()).isEqualTo(province.id());
		assertThat(commune.level()).isEqualTo(AdminLevel.COMMUNE);
		List<TreeRow> now = units.subtree(province.id(), REFORM, 10);
		assertThat(now).extracting(r -> r.unit().id())
			.doesNotContain(district.id(), huyenUy.id(), ubndHuyen.id(), phong.id(), hdndHuyen.id(), x1.id(), x2.id(),
					du1.id(), du2.id(), ub1.id(), ub2.id());
		assertThat(now).extracting(r -> r.unit().id())
			.contains(tinhUy.id(), commune.id(), x3.id(), thon1.id(), thon2.id(), cb1.id());
		assertThat(now).noneMatch(r -> r.unit().level() == AdminLevel.DISTRICT);
		assertThat(units.find(x3.id(), REFORM).orElseThrow().parentId()).isEqualTo(province.id());
		assertThat(units.find(thon1.id(), REFORM).orElseThrow().parentId()).isEqualTo(commune.id());
		List<TreeRow> communeTree = units.subtree(commune.id(), REFORM, 5);
		UnitView dangUy = communeTree.stream()
			.map(TreeRow::unit)
			.filter(u -> u.typeCode().equals("DANG_UY_XA"))
			.findFirst()
			.orElseThrow();
		assertThat(dangUy.name()).isEqualTo("Đảng ủy xã Lương Sơn");
		assertThat(dangUy.parentId()).isEqualTo(commune.id());
		assertThat(units.find(cb1.id(), REFORM).orElseThrow().parentId()).isEqualTo(dangUy.id());
		assertThat(communeTree.stream().filter(r -> r.unit().typeCode().equals("UBND")).count()).isEqualTo(1);

		// history and links
		assertThat(units.history(commune.id()).predecessors()).extracting(UnitHistory.Link::unitId)
			.containsExactlyInAnyOrder(x1.id(), x2.id());
		assertThat(units.history(dangUy.id()).predecessors()).extracting(UnitHistory.Link::unitId)
			.containsExactlyInAnyOrder(du1.id(), du2.id());
		assertThat(units.history(du1.id()).versions()).hasSize(1);
		assertThat(units.history(du1.id()).latest().validTo()).isEqualTo(REFORM);
		assertThat(units.history(huyenUy.id()).ended()).isTrue();
		UnitView newUbnd = units.findByCode(newCode + ".UBND", REFORM).orElseThrow();
		assertThat(newUbnd.name()).isEqualTo("Ủy ban nhân dân xã Lương Sơn");
		assertThat(units.history(ubndHuyen.id()).successors()).extracting(UnitHistory.Link::unitId)
			.containsExactly(newUbnd.id());
		assertThat(units.history(phong.id()).successors()).isEmpty();
		assertThat(units.history(x3.id()).versions()).hasSize(2);

		// a scope rooted at the new commune covers, as of 2024, the communes merged into
		// it
		assertThat(units.subtreeIds(List.of(commune.id()), LocalDate.of(2024, 5, 1)))
			.contains(x1.id(), x2.id(), du1.id(), du2.id(), cb1.id(), thon1.id())
			.doesNotContain(x3.id(), district.id());
		assertThat(units.topUnits(Scope.of(commune.id()), LocalDate.of(2024, 5, 1))).extracting(r -> r.unit().id())
			.containsExactlyInAnyOrder(x1.id(), x2.id());

		// cannot be applied twice
		assertThatThrownBy(
				() -> service.abolishDistrict(new RestructuringService.DistrictAbolition(List.of(district.id()),
						province.id(), List.of(new RestructuringService.CommuneMerger(List.of(x3.id()), null)),
						Decision.on(REFORM.plusDays(1), null)), Scope.all()))
			.isInstanceOf(ValidationException.class);
		assertThat(units.find(x3.id(), REFORM.plusDays(1)).orElseThrow().parentId()).isEqualTo(province.id());
	}

	@Test
	void quotaAndHeadcount() {
		UnitView root = unit(units, "Sở Nội vụ thử", "SO", AdminLevel.PROVINCE, null);
		UnitView child = unit(units, "Phòng Công chức", "PHONG", AdminLevel.PROVINCE, root.id());
		FakeHeadcounts.COUNTS.put(root.id(), 12L);
		FakeHeadcounts.COUNTS.put(child.id(), 5L);
		staffing.setQuota(root.id(), 2026, 15, "QĐ 10/QĐ-UBND", "giao biên chế", Scope.all());
		staffing.setQuota(root.id(), 2026, 14, "QĐ 11/QĐ-UBND", null, Scope.all());
		assertThat(staffing.quota(root.id(), 2026, Scope.all())).hasValueSatisfying(q -> {
			assertThat(q.quota()).isEqualTo(14);
			assertThat(q.decisionNumber()).isEqualTo("QĐ 11/QĐ-UBND");
		});
		assertThat(staffing.quota(root.id(), 2025, Scope.all())).isEmpty();
		Staffing s = staffing.staffing(root.id(), LocalDate.of(2026, 3, 1), Scope.all());
		assertThat(s.own()).isEqualTo(12);
		assertThat(s.subtree()).isEqualTo(17);
		assertThat(s.quota()).isEqualTo(14);
		assertThat(s.remaining()).isEqualTo(2);
		assertThatThrownBy(() -> staffing.setQuota(root.id(), 2026, -1, null, null, Scope.all()))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("quota");
		assertThatThrownBy(() -> staffing.setQuota(root.id(), 1990, 3, null, null, Scope.all()))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("year");
		assertThatThrownBy(() -> staffing.quota(root.id(), 2026, Scope.of(child.id())))
			.isInstanceOf(vn.canbo.shared.NotFoundException.class);
	}

	private static int depthOf(List<TreeRow> rows, long id) {
		return rows.stream().filter(r -> r.unit().id() == id).findFirst().orElseThrow().depth();
	}

}

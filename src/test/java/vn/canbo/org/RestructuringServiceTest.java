package vn.canbo.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.canbo.org.OrgFixtures.START;
import static vn.canbo.org.OrgFixtures.code;
import static vn.canbo.org.OrgFixtures.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

@SpringBootTest
@Import(RestructuringServiceTest.Listener.class)
class RestructuringServiceTest {

	static final LocalDate D = LocalDate.of(2025, 7, 1);

	@TestConfiguration
	static class Listener {

		final List<UnitsRestructured> received = new ArrayList<>();

		@EventListener
		void on(UnitsRestructured e) {
			if ("FAIL-LISTENER".equals(e.decisionNumber())) {
				throw new IllegalStateException("listener refused");
			}
			received.add(e);
		}

	}

	@Autowired
	UnitService units;

	@Autowired
	RestructuringService service;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Listener listener;

	UnitView province;

	@BeforeEach
	void setUp() {
		province = unit(units, "Tỉnh Thử nghiệm", "DIA_BAN", AdminLevel.PROVINCE, null);
		listener.received.clear();
	}

	static List<String> fields(Throwable t) {
		return ((ValidationException) t).errors().stream().map(FieldError::field).toList();
	}

	@Test
	void createRejectsDuplicateCodeUnknownTypeAndInactiveParent() {
		String c = code("DUP");
		units.create(new UnitService.NewUnit(c, "Xã A", null, "DIA_BAN", AdminLevel.COMMUNE, province.id(), START));
		assertThatThrownBy(() -> units.create(new UnitService.NewUnit(c, "Xã B", null, "KHONG_CO", AdminLevel.COMMUNE,
				province.id(), LocalDate.of(1990, 1, 1))))
			.isInstanceOf(ValidationException.class)
			.satisfies(t -> assertThat(fields(t)).containsExactlyInAnyOrder("code", "typeCode", "parentId"))
			.satisfies(t -> assertThat(((ValidationException) t).errors().get(0).message())
				.isEqualTo("Mã đơn vị đã tồn tại"));
	}

	@Test
	void mergeIntoNewUnitEndsPredecessorsAndMovesChildren() {
		UnitView a = unit(units, "Xã An", "DIA_BAN", AdminLevel.COMMUNE, province.id());
		UnitView b = unit(units, "Xã Bình", "DIA_BAN", AdminLevel.COMMUNE, province.id());
		UnitView hamlet = unit(units, "Thôn Một", "THON", AdminLevel.HAMLET, a.id());
		String c = code("M");
		RestructuringResult r = service.merge(
				new RestructuringService.Merge(List.of(a.id(), b.id()), null,
						new UnitSpec(c, "Xã An Bình", null, null, null, null),
						new Decision(D, "01/NQ-UBTVQH", LocalDate.of(2025, 6, 16), "UBTVQH", "thử"), Map.of(7L, 8L)),
				Scope.all());

		long n = r.created().get(0).id();
		assertThat(r.created().get(0).parentId()).isEqualTo(province.id());
		assertThat(r.created().get(0).typeCode()).isEqualTo("DIA_BAN");
		assertThat(r.unitMapping()).containsExactlyInAnyOrderEntriesOf(Map.of(a.id(), n, b.id(), n));
		assertThat(units.find(a.id(), D)).isEmpty();
		assertThat(units.find(a.id(), D.minusDays(1))).isPresent();
		assertThat(units.find(hamlet.id(), D).orElseThrow().parentId()).isEqualTo(n);
		assertThat(units.find(hamlet.id(), D.minusDays(1)).orElseThrow().parentId()).isEqualTo(a.id());
		assertThat(units.subtreeIds(List.of(n), LocalDate.of(2024, 1, 1))).contains(a.id(), b.id(), hamlet.id());

		assertThat(listener.received).hasSize(1);
		UnitsRestructured e = listener.received.get(0);
		assertThat(e.kind()).isEqualTo(RestructuringKind.MERGE);
		assertThat(e.restructuringId()).isEqualTo(r.restructuringId());
		assertThat(e.unitMapping()).isEqualTo(Map.of(a.id(), n, b.id(), n));
		assertThat(e.personMapping()).isEqualTo(Map.of(7L, 8L));
		assertThat(e.decisionNumber()).isEqualTo("01/NQ-UBTVQH");

		UnitHistory h = units.history(n);
		assertThat(h.predecessors()).extracting(UnitHistory.Link::unitId).containsExactlyInAnyOrder(a.id(), b.id());
		assertThat(units.history(a.id()).successors()).extracting(UnitHistory.Link::unitId).containsExactly(n);
		assertThat(units.history(a.id()).restructurings()).extracting(UnitHistory.Event::kind)
			.containsExactly(RestructuringKind.CREATE, RestructuringKind.MERGE);
	}

	@Test
	void mergeIntoExistingUnitKeepsIt() {
		UnitView a = unit(units, "Phòng A", "PHONG", AdminLevel.PROVINCE, province.id());
		UnitView b = unit(units, "Phòng B", "PHONG", AdminLevel.PROVINCE, province.id());
		UnitView c = unit(units, "Phòng C", "PHONG", AdminLevel.PROVINCE, province.id());
		RestructuringResult r = service.merge(new RestructuringService.Merge(List.of(a.id(), b.id(), c.id()), a.id(),
				null, Decision.on(D, "QĐ 1"), null), Scope.all());
		assertThat(r.unitMapping()).isEqualTo(Map.of(b.id(), a.id(), c.id(), a.id()));
		assertThat(units.find(a.id(), D)).isPresent();
		assertThat(units.find(b.id(), D)).isEmpty();
		assertThat(r.created()).isEmpty();
	}

	@Test
	void mergeValidation() {
		UnitView a = unit(units, "Xã Lẻ", "DIA_BAN", AdminLevel.COMMUNE, province.id());
		assertThatThrownBy(() -> service.merge(
				new RestructuringService.Merge(List.of(a.id()), null,
						new UnitSpec(code("X"), "Xã Mới", null, null, null, null), Decision.on(D, null), null),
				Scope.all()))
			.satisfies(t -> assertThat(fields(t)).containsExactly("unitIds"));
		UnitView b = unit(units, "Xã Khác", "DIA_BAN", AdminLevel.COMMUNE, province.id());
		// effective date before the current version's start, and not active
		assertThatThrownBy(() -> service.merge(new RestructuringService.Merge(List.of(a.id(), b.id()), null,
				new UnitSpec(code("X"), "", null, "KHONG_CO", null, null), Decision.on(LocalDate.of(1999, 1, 1), null),
				null), Scope.all()))
			.satisfies(t -> assertThat(fields(t)).contains("unitIds", "newUnit.name", "newUnit.typeCode"))
			.satisfies(t -> assertThat(((ValidationException) t).errors().get(0).message())
				.contains("phải sau ngày bắt đầu"));
		assertThatThrownBy(() -> service
			.merge(new RestructuringService.Merge(List.of(a.id(), b.id()), null, null, null, null), Scope.all()))
			.satisfies(t -> assertThat(fields(t)).contains("effectiveDate", "successorId"));
		assertThat(listener.received).isEmpty();
	}

	@Test
	void failingOperationWritesNothing() {
		UnitView a = unit(units, "Xã Một", "DIA_BAN", AdminLevel.COMMUNE, province.id());
		UnitView b = unit(units, "Xã Hai", "DIA_BAN", AdminLevel.COMMUNE, province.id());
		long before = jdbc.sql("select count(*) from org_restructuring").query(Long.class).single();
		String existing = a.code();
		assertThatThrownBy(() -> service.split(new RestructuringService.Split(b.id(),
				List.of(new UnitSpec(code("S"), "Xã Hai A", null, null, null, null),
						new UnitSpec(existing, "Xã Hai B", null, null, null, null)),
				null, null, Decision.on(D, null)), Scope.all()))
			.satisfies(t -> assertThat(fields(t)).containsExactly("newUnits[1].code"));
		// a listener failure after the writes rolls everything back
		String c = code("F");
		assertThatThrownBy(() -> service.merge(
				new RestructuringService.Merge(List.of(a.id(), b.id()), null,
						new UnitSpec(c, "Xã Hợp", null, null, null, null), Decision.on(D, "FAIL-LISTENER"), null),
				Scope.all()))
			.isInstanceOf(IllegalStateException.class);
		assertThat(units.findByCode(c, D)).isEmpty();
		assertThat(units.find(a.id(), D)).isPresent();
		assertThat(jdbc.sql("select count(*) from org_unit where code = ?").param(c).query(Long.class).single())
			.isZero();
		assertThat(jdbc.sql("select count(*) from org_restructuring").query(Long.class).single()).isEqualTo(before);
		assertThat(units.find(b.id(), D)).isPresent();
	}

	@Test
	void splitMapsChildrenExplicitlyOrToTheFirstNewUnit() {
		UnitView x = unit(units, "Huyện Gốc", "DIA_BAN", AdminLevel.DISTRICT, province.id());
		UnitView c1 = unit(units, "Xã Một", "DIA_BAN", AdminLevel.COMMUNE, x.id());
		UnitView c2 = unit(units, "Xã Hai", "DIA_BAN", AdminLevel.COMMUNE, x.id());
		String n1 = code("S1");
		String n2 = code("S2");
		RestructuringResult r = service.split(new RestructuringService.Split(x.id(),
				List.of(new UnitSpec(n1, "Huyện Bắc", null, null, null, null),
						new UnitSpec(n2, "Huyện Nam", null, null, null, null)),
				Map.of(c2.id(), n2), Map.of(5L, n2), Decision.on(D, "QĐ chia tách")), Scope.all());
		long north = r.created().get(0).id();
		long south = r.created().get(1).id();
		assertThat(units.find(c1.id(), D).orElseThrow().parentId()).isEqualTo(north);
		assertThat(units.find(c2.id(), D).orElseThrow().parentId()).isEqualTo(south);
		assertThat(units.find(x.id(), D)).isEmpty();
		assertThat(units.history(x.id()).successors()).extracting(UnitHistory.Link::unitId)
			.containsExactlyInAnyOrder(north, south);
		assertThat(listener.received.get(0).unitMapping()).isEqualTo(Map.of(x.id(), north));
		assertThat(listener.received.get(0).personMapping()).isEqualTo(Map.of(5L, south));

		assertThatThrownBy(() -> service
			.split(new RestructuringService.Split(north, List.of(new UnitSpec(code("S"), "A", null, null, null, null)),
					Map.of(c2.id(), "khong-co"), null, Decision.on(D.plusDays(1), null)), Scope.all()))
			.satisfies(t -> assertThat(fields(t)).contains("newUnits", "childMapping"));
	}

	@Test
	void dissolveNeedsChildrenHandled() {
		UnitView x = unit(units, "Ban Giải thể", "BAN_DANG", AdminLevel.PROVINCE, province.id());
		UnitView child = unit(units, "Chi bộ", "CHI_BO", AdminLevel.PROVINCE, x.id());
		UnitView heir = unit(units, "Ban Kế thừa", "BAN_DANG", AdminLevel.PROVINCE, province.id());
		assertThatThrownBy(() -> service
			.dissolve(new RestructuringService.Dissolve(x.id(), null, false, null, Decision.on(D, null)), Scope.all()))
			.satisfies(t -> assertThat(fields(t)).containsExactly("unitId"))
			.hasMessageContaining("trực thuộc");
		assertThatThrownBy(() -> service.dissolve(
				new RestructuringService.Dissolve(x.id(), child.id(), true, null, Decision.on(D, null)), Scope.all()))
			.satisfies(t -> assertThat(fields(t)).contains("successorId"));
		RestructuringResult r = service.dissolve(
				new RestructuringService.Dissolve(x.id(), heir.id(), true, Map.of(), Decision.on(D, "QĐ GT")),
				Scope.all());
		assertThat(r.unitMapping()).isEqualTo(Map.of(x.id(), heir.id()));
		assertThat(units.find(child.id(), D).orElseThrow().parentId()).isEqualTo(heir.id());
		assertThat(units.find(x.id(), D)).isEmpty();
		// no successor: the mapping is empty
		RestructuringResult r2 = service.dissolve(
				new RestructuringService.Dissolve(child.id(), null, false, null, Decision.on(D.plusDays(2), null)),
				Scope.all());
		assertThat(r2.unitMapping()).isEmpty();
		assertThat(listener.received).hasSize(2);
		// already ended
		assertThatThrownBy(() -> service.dissolve(
				new RestructuringService.Dissolve(x.id(), null, false, null, Decision.on(D.plusDays(5), null)),
				Scope.all()))
			.satisfies(t -> assertThat(((ValidationException) t).errors().get(0).message()).contains("chấm dứt"));
	}

	@Test
	void renameAndMoveKeepHistory() {
		UnitView a = unit(units, "Phòng Nội vụ", "PHONG", AdminLevel.DISTRICT, province.id());
		UnitView other = unit(units, "Sở Nội vụ", "SO", AdminLevel.PROVINCE, province.id());
		service.rename(new RestructuringService.Rename(a.id(), "Phòng Nội vụ và Lao động", "PNV-LĐ", null,
				Decision.on(LocalDate.of(2020, 1, 1), "QĐ đổi tên")), Scope.all());
		service.move(
				new RestructuringService.Move(a.id(), other.id(), AdminLevel.PROVINCE, Decision.on(D, "QĐ chuyển")),
				Scope.all());

		UnitView old = units.find(a.id(), LocalDate.of(2019, 12, 31)).orElseThrow();
		assertThat(old.name()).isEqualTo("Phòng Nội vụ");
		assertThat(old.parentId()).isEqualTo(province.id());
		UnitView mid = units.find(a.id(), LocalDate.of(2024, 1, 1)).orElseThrow();
		assertThat(mid.name()).isEqualTo("Phòng Nội vụ và Lao động");
		assertThat(mid.shortName()).isEqualTo("PNV-LĐ");
		UnitView now = units.find(a.id(), D).orElseThrow();
		assertThat(now.parentId()).isEqualTo(other.id());
		assertThat(now.level()).isEqualTo(AdminLevel.PROVINCE);
		assertThat(now.name()).isEqualTo("Phòng Nội vụ và Lao động");
		assertThat(units.history(a.id()).versions()).hasSize(3);
		assertThat(listener.received).extracting(UnitsRestructured::kind)
			.containsExactly(RestructuringKind.RENAME, RestructuringKind.MOVE);

		// before the current version, into its own subtree, empty name
		assertThatThrownBy(() -> service.rename(
				new RestructuringService.Rename(a.id(), " ", null, null, Decision.on(LocalDate.of(2021, 1, 1), null)),
				Scope.all()))
			.satisfies(t -> assertThat(fields(t)).containsExactlyInAnyOrder("unitId", "name"));
		UnitView child = units.create(
				new UnitService.NewUnit(code("C"), "Tổ", null, "PHONG", AdminLevel.PROVINCE, a.id(), D.plusDays(1)));
		assertThatThrownBy(() -> service.move(
				new RestructuringService.Move(a.id(), child.id(), null, Decision.on(D.plusDays(10), null)),
				Scope.all()))
			.satisfies(t -> assertThat(fields(t)).containsExactly("newParentId"));
	}

	@Test
	void searchFoldsDiacriticsWithinScope() {
		UnitView a = unit(units, "Xã Đồng Xuân Quỳnh", "DIA_BAN", AdminLevel.COMMUNE, province.id());
		UnitView other = unit(units, "Tỉnh Khác", "DIA_BAN", AdminLevel.PROVINCE, null);
		unit(units, "Xã Đồng Xuân Quỳnh", "DIA_BAN", AdminLevel.COMMUNE, other.id());
		var page = units.search("dong xuan QUYNH", Scope.of(province.id()), LocalDate.of(2024, 1, 1), 0, 20);
		assertThat(page.items()).extracting(UnitView::id).containsExactly(a.id());
		assertThat(units.search("đồng xuân quỳnh", Scope.all(), LocalDate.of(2024, 1, 1), 0, 20).total())
			.isGreaterThanOrEqualTo(2);
	}

}

package vn.canbo.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.org.RestructuringResult;
import vn.canbo.org.RestructuringService;
import vn.canbo.org.UnitSpec;
import vn.canbo.people.PersonService;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.Scope;

/**
 * As-of views across a restructuring, with a decision recorded after it and effective
 * before it.
 */
@SpringBootTest
@Transactional
class AsOfRestructuringTest {

	@Autowired
	DecisionService decisions;

	@Autowired
	AsOfViews asOf;

	@Autowired
	CareerFixture fx;

	@Autowired
	PersonService people;

	@Autowired
	RestructuringService restructuring;

	static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	@Test
	void backDatedAppointmentFollowsTheMergerAndRevocationRestoresIt() {
		CareerFixture.Tree t = fx.tree();
		long id = fx.person("Trịnh Văn Tâm", t.a().id());
		RestructuringResult merged = restructuring.merge(new RestructuringService.Merge(List.of(t.a().id(), t.b().id()),
				null, new UnitSpec("CM-" + CareerFixture.key(), "UBND xã Hợp Nhất", null, "UBND", null, null),
				vn.canbo.org.Decision.on(REFORM, "01/NQ-UBTVQH"), Map.of()), Scope.all());
		long c = merged.created().get(0).id();
		assertThat(people.get(id, LocalDate.of(2025, 8, 1), Scope.all()).mainPosition().unitId()).isEqualTo(c);

		// recorded now, effective 1/3/2024: Phó Chủ tịch UBND xã An, carried into the
		// merged commune on 1/7/2025
		Decision d = decisions.issue(
				decisions.create(CareerFixture.draft(DecisionType.APPOINTMENT, LocalDate.of(2024, 3, 1),
						DecisionSubject.post(id, t.a().id(), "PHO_CHU_TICH_UBND", null)), Scope.all())
					.id(),
				null, Scope.all());
		var y2024 = asOf.person(id, LocalDate.of(2024, 6, 1), Scope.all());
		assertThat(y2024.mainPosition().titleCode()).isEqualTo("PHO_CHU_TICH_UBND");
		assertThat(y2024.mainPosition().unitId()).isEqualTo(t.a().id());
		var y2025 = asOf.person(id, LocalDate.of(2025, 8, 1), Scope.all());
		assertThat(y2025.mainPosition().titleCode()).isEqualTo("PHO_CHU_TICH_UBND");
		assertThat(y2025.mainPosition().unitId()).isEqualTo(c);
		assertThat(y2025.positions()).hasSize(1);
		assertThat(asOf.person(id, LocalDate.of(2024, 2, 1), Scope.all()).mainPosition().titleCode())
			.isEqualTo("CHUYEN_VIEN");

		// unit and scope views, before and after the merger
		PageResult<AsOfViews.Holding> inA = asOf.unit(t.a().id(), LocalDate.of(2024, 6, 1), false, Scope.all(), 0, 50);
		assertThat(inA.items()).extracting(AsOfViews.Holding::personId, AsOfViews.Holding::titleCode)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(id, "PHO_CHU_TICH_UBND"));
		PageResult<AsOfViews.Holding> inC = asOf.unit(c, LocalDate.of(2025, 8, 1), false, Scope.all(), 0, 50);
		assertThat(inC.items()).extracting(AsOfViews.Holding::titleCode).containsExactly("PHO_CHU_TICH_UBND");
		assertThat(asOf.scope(LocalDate.of(2024, 6, 1), Scope.of(t.province().id()), 0, 50).items())
			.extracting(AsOfViews.Holding::personId)
			.containsExactly(id);
		// the merged commune did not exist in 2024, the old one does not after the merger
		assertThatThrownBy(() -> asOf.unit(c, LocalDate.of(2024, 6, 1), false, Scope.all(), 0, 50))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> asOf.unit(t.a().id(), LocalDate.of(2024, 6, 1), false, Scope.of(t.b().id()), 0, 50))
			.isInstanceOf(NotFoundException.class);

		// revocation restores the carried-over original post
		decisions.revoke(d.id(), new DecisionService.Revocation("TH-" + CareerFixture.key(), LocalDate.of(2026, 1, 10),
				"UBND tỉnh Thử", null, null, null), Scope.all());
		var restored = asOf.person(id, LocalDate.of(2025, 8, 1), Scope.all());
		assertThat(restored.mainPosition().titleCode()).isEqualTo("CHUYEN_VIEN");
		assertThat(restored.mainPosition().unitId()).isEqualTo(c);
		assertThat(asOf.person(id, LocalDate.of(2024, 6, 1), Scope.all()).mainPosition().unitId())
			.isEqualTo(t.a().id());
		assertThat(asOf.person(id, LocalDate.of(2024, 6, 1), Scope.all()).mainPosition().titleCode())
			.isEqualTo("CHUYEN_VIEN");
	}

}

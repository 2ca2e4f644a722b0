package vn.canbo.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.org.RestructuringKind;
import vn.canbo.org.UnitView;
import vn.canbo.org.UnitsRestructured;
import vn.canbo.shared.Scope;

@SpringBootTest
@Transactional
class RestructuringListenerTest {

	static final LocalDate MERGED = LocalDate.of(2025, 7, 1);

	@Autowired
	PersonService people;

	@Autowired
	PeopleFixture fixture;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void aMergerCarriesMainAndConcurrentPositionsToTheSuccessor() {
		PeopleFixture.Tree t = fixture.tree();
		UnitView merged = fixture.unit("UBND xã Hợp Nhất", t.province().id());
		PersonView a = fixture.create("Vũ Văn An", t.communeA().id());
		PersonView b = fixture.create("Vũ Thị Bình", t.communeB().id());
		people.add(a.id(), HistoryKind.POSITION, new Position(null, t.communeB().id(), null, "KE_TOAN", null, true,
				false, LocalDate.of(2015, 1, 1), null, null, null, null, null, null, null), Scope.all());
		fixture.endUnit(t.communeA().id(), MERGED);
		fixture.endUnit(t.communeB().id(), MERGED);

		events.publishEvent(new UnitsRestructured(991, RestructuringKind.MERGE, MERGED,
				Map.of(t.communeA().id(), merged.id(), t.communeB().id(), merged.id()), Map.of(), "1656/NQ-UBTVQH15"));

		PersonView after = people.get(a.id(), MERGED, Scope.all());
		assertThat(after.currentPositions())
			.extracting(Position::unitId, Position::concurrent, Position::titleCode, Position::restructuringId,
					Position::validFrom)
			.containsExactly(tuple(merged.id(), false, "CHUYEN_VIEN", 991L, MERGED),
					tuple(merged.id(), true, "KE_TOAN", 991L, MERGED));
		assertThat(after.mainPosition().decisionNumber()).isEqualTo("1656/NQ-UBTVQH15");
		assertThat(after.version()).isEqualTo(a.version() + 2);
		PersonView before = people.get(a.id(), MERGED.minusDays(1), Scope.all());
		assertThat(before.mainPosition().unitId()).isEqualTo(t.communeA().id());
		assertThat(before.mainPosition().unitName()).isEqualTo(t.communeA().name());
		assertThat(before.mainPosition().validTo()).isEqualTo(MERGED);
		assertThat(people.get(b.id(), null, Scope.all()).mainPosition().unitId()).isEqualTo(merged.id());
		assertThat(people.headcounts(java.util.List.of(merged.id()), MERGED)).containsEntry(merged.id(), 2L);
		// the officer of the new commune sees both; as of before the merger too (its
		// predecessors are its scope)
		assertThat(people.get(a.id(), null, Scope.of(merged.id())).id()).isEqualTo(a.id());
	}

	@Test
	void personMappingOverridesTheUnitMapping() {
		PeopleFixture.Tree t = fixture.tree();
		UnitView north = fixture.unit("UBND xã Bắc", t.province().id());
		UnitView south = fixture.unit("UBND xã Nam", t.province().id());
		PersonView moved = fixture.create("Hà Văn Chuyển", t.communeA().id());
		PersonView stays = fixture.create("Hà Văn Ở", t.communeA().id());
		fixture.endUnit(t.communeA().id(), MERGED);

		events.publishEvent(new UnitsRestructured(992, RestructuringKind.SPLIT, MERGED,
				Map.of(t.communeA().id(), south.id()), Map.of(moved.id(), north.id()), null));

		assertThat(people.get(moved.id(), MERGED, Scope.all()).mainPosition().unitId()).isEqualTo(north.id());
		assertThat(people.get(stays.id(), MERGED, Scope.all()).mainPosition().unitId()).isEqualTo(south.id());
		assertThat(people.get(stays.id(), MERGED, Scope.all()).mainPosition().decisionNumber()).isNull();
	}

	@Test
	void aDissolutionWithoutSuccessorOnlyClosesPositions() {
		PeopleFixture.Tree t = fixture.tree();
		PersonView dissolved = fixture.create("Hà Văn Giải", t.communeB().id());
		PersonView untouched = fixture.create("Hà Văn Còn", t.communeA().id());
		LocalDate day = LocalDate.of(2024, 3, 1);
		fixture.endUnit(t.communeB().id(), day);

		events.publishEvent(new UnitsRestructured(993, RestructuringKind.DISSOLVE, day, Map.of(), Map.of(), null));

		PersonView d = people.get(dissolved.id(), day, Scope.all());
		assertThat(d.mainPosition()).isNull();
		assertThat(d.positions()).singleElement().extracting(Position::validTo).isEqualTo(day);
		assertThat(people.get(untouched.id(), day, Scope.all()).mainPosition().validTo()).isNull();
	}

	@Test
	void aRenameKeepsPositionsAsTheyAre() {
		PeopleFixture.Tree t = fixture.tree();
		PersonView p = fixture.create("Hà Văn Tên", t.communeA().id());
		events.publishEvent(new UnitsRestructured(994, RestructuringKind.RENAME, MERGED,
				Map.of(t.communeA().id(), t.communeA().id()), Map.of(), null));
		assertThat(people.get(p.id(), MERGED, Scope.all()).positions()).singleElement()
			.extracting(Position::validTo)
			.isNull();
	}

}

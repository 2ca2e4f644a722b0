package vn.canbo.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.org.UnitView;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * The bulk history writes people publishes for the demo data and imports (issue 20, point
 * 15): scope first, each entry's own rules with its index, one batch, one audit event,
 * versions bumped, person_fact rebuilt once.
 */
@SpringBootTest
@Transactional
class BulkHistoriesTest {

	static final LocalDate MOVED = LocalDate.of(2025, 7, 15);

	@Autowired
	PersonService people;

	@Autowired
	PeopleFixture fixture;

	@Autowired
	JdbcClient jdbc;

	@Test
	void addsEntriesOfManyDossiersAtOnceWithOneAuditEvent() {
		PeopleFixture.Tree t = fixture.tree();
		PersonView a = fixture.create("Lạc Văn Một", t.communeA().id());
		PersonView b = fixture.create("Lạc Thị Hai", t.communeA().id());
		long events = audits("person_family");
		int n = people.addAll(HistoryKind.FAMILY,
				List.of(new HistoryEntry<>(a.id(), family("BO", "Lạc Văn Cha", 1950)),
						new HistoryEntry<>(a.id(), family("ME", "Đỗ Thị Mẹ", 1953)),
						new HistoryEntry<>(b.id(), family("BO", "Lạc Văn Bố", 1960))),
				Scope.all());
		assertThat(n).isEqualTo(3);
		assertThat(people.get(a.id(), null, Scope.all()).family()).extracting(FamilyMember::fullName)
			.containsExactlyInAnyOrder("Lạc Văn Cha", "Đỗ Thị Mẹ");
		assertThat(people.get(b.id(), null, Scope.all()).version()).isEqualTo(b.version() + 1);
		assertThat(audits("person_family")).isEqualTo(events + 1);
	}

	@Test
	void checksEveryEntryFirstAndWritesNothingWhenOneIsWrong() {
		PeopleFixture.Tree t = fixture.tree();
		PersonView a = fixture.create("Lạc Văn Ba", t.communeA().id());
		assertThatThrownBy(() -> people.addAll(HistoryKind.FAMILY,
				List.of(new HistoryEntry<>(a.id(), family("BO", "Lạc Văn Ông", 1950)),
						new HistoryEntry<>(a.id(), family("KHONG_CO", null, 1950))),
				Scope.all()))
			.isInstanceOf(ValidationException.class)
			.satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(f -> f.field())
				.contains("[1].relationCode", "[1].fullName")
				.noneMatch(f -> f.startsWith("[0]")));
		assertThat(people.get(a.id(), null, Scope.all()).family()).isEmpty();
	}

	@Test
	void outsideTheScopeIsNotFound() {
		PeopleFixture.Tree t = fixture.tree();
		PersonView a = fixture.create("Lạc Văn Bốn", t.communeA().id());
		assertThatThrownBy(() -> people.addAll(HistoryKind.FAMILY,
				List.of(new HistoryEntry<>(a.id(), family("BO", "Lạc Văn Cụ", 1950))), Scope.of(t.communeB().id())))
			.isInstanceOf(NotFoundException.class);
		assertThat(people.get(a.id(), null, Scope.all()).family()).isEmpty();
	}

	@Test
	void endsAndAddsPositionsSetWiseAndRebuildsTheFacts() {
		PeopleFixture.Tree t = fixture.tree();
		UnitView other = t.communeB();
		PersonView a = fixture.create("Lạc Văn Năm", t.communeA().id());
		Position main = people.positionsOn(List.of(a.id()), MOVED, Scope.all()).get(a.id()).get(0);
		assertThat(main.unitId()).isEqualTo(t.communeA().id());
		people.endAll(HistoryKind.POSITION, List.of(new EntryEnd(a.id(), main.id(), MOVED)), Scope.all());
		people.addAll(HistoryKind.POSITION,
				List.of(new HistoryEntry<>(a.id(), Position.main(other.id(), "CHUYEN_VIEN", null, MOVED))),
				Scope.all());
		assertThat(people.positionsOn(List.of(a.id()), MOVED, Scope.all()).get(a.id())).extracting(Position::unitId)
			.containsExactly(other.id());
		// the derived facts follow (rebuilt once, not per row)
		assertThat(factUnit(a.id(), MOVED.minusDays(1))).isEqualTo(t.communeA().id());
		assertThat(factUnit(a.id(), MOVED)).isEqualTo(other.id());
		// an ended entry cannot be ended again
		assertThatThrownBy(() -> people.endAll(HistoryKind.POSITION,
				List.of(new EntryEnd(a.id(), main.id(), MOVED.plusDays(1))), Scope.all()))
			.isInstanceOf(ValidationException.class);
	}

	private static FamilyMember family(String relation, String name, int year) {
		return new FamilyMember(null, FamilySide.SELF, relation, name, year, null, false, null, false, 0);
	}

	private long audits(String entityType) {
		return jdbc.sql("select count(*) from audit_event where entity_type = :t")
			.param("t", entityType)
			.query(Long.class)
			.single();
	}

	private Long factUnit(long personId, LocalDate d) {
		return jdbc
			.sql("select unit_id from person_fact where person_id = :p and valid_from <= :d"
					+ " and (valid_to is null or valid_to > :d)")
			.param("p", personId)
			.param("d", d)
			.query(Long.class)
			.single();
	}

}

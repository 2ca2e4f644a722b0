package vn.canbo.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.shared.Scope;

/**
 * The bulk dossier read (issue 17): many persons in one call give the same views as
 * {@link PersonService#get} one by one for the histories asked for, the others empty; a
 * deleted person is absent; {@code visibleAmong} answers as {@link PersonLookup#visible}
 * for each person (current main post in the scope, or the last one's unit for a person
 * without a current post).
 */
@SpringBootTest
@Transactional
class PersonViewsTest {

	static final LocalDate ON = LocalDate.of(2024, 6, 30);

	@Autowired
	PersonService people;

	@Autowired
	PersonViews views;

	@Autowired
	PersonLookup lookup;

	@Autowired
	PeopleFixture fixture;

	@Test
	void manyDossiersAtOnceAsTheOneByOneRead() {
		PeopleFixture.Tree t = fixture.tree();
		long a = fixture.create("Trần Thị Loạt", t.communeA().id()).id();
		long b = fixture.create("Trần Văn Gộp", t.communeB().id()).id();
		long gone = fixture.create("Trần Văn Xóa", t.communeB().id()).id();
		people.add(a, HistoryKind.QUALIFICATION, new Qualification(null, QualificationKind.PROFESSIONAL, "DAI_HOC",
				null, null, null, LocalDate.of(2010, 6, 1), null), Scope.all());
		people.add(b, HistoryKind.DISCIPLINE,
				new Discipline(null, DisciplineKind.ADMINISTRATIVE, "KHIEN_TRACH", LocalDate.of(2024, 1, 10),
						LocalDate.of(2024, 1, 10), LocalDate.of(2025, 1, 10), "UBND tỉnh", "Vi phạm quy chế",
						"1/QĐ-UBND"),
				Scope.all());
		people.softDelete(gone, "Hồ sơ trùng", Scope.all());

		Map<Long, PersonView> all = views.of(List.of(a, b, gone, a), ON, Set.of(HistoryKind.POSITION,
				HistoryKind.QUALIFICATION, HistoryKind.DISCIPLINE, HistoryKind.RETIREMENT_CATEGORY));
		assertThat(all).containsOnlyKeys(a, b);
		for (long id : List.of(a, b)) {
			PersonView one = people.get(id, ON, Scope.all());
			PersonView bulk = all.get(id);
			assertThat(bulk.data()).isEqualTo(one.data());
			assertThat(bulk.age()).isEqualTo(one.age());
			assertThat(bulk.mainPosition()).isEqualTo(one.mainPosition());
			assertThat(bulk.positions()).isEqualTo(one.positions());
			assertThat(bulk.qualifications()).isEqualTo(one.qualifications());
			assertThat(bulk.disciplines()).isEqualTo(one.disciplines());
			// not asked for: empty
			assertThat(bulk.family()).isEmpty();
			assertThat(bulk.salaries()).isEmpty();
		}
		assertThat(all.get(a).mainPosition().unitName()).isEqualTo(t.communeA().name());
		assertThat(all.get(b).disciplines()).singleElement().extracting(Discipline::formCode).isEqualTo("KHIEN_TRACH");
		// the narrow read of a head count: the same sex, birth date, age
		Map<Long, PersonViews.Basics> basics = views.basics(List.of(a, b, gone), ON);
		assertThat(basics).containsOnlyKeys(a, b);
		assertThat(basics.get(a).gender()).isEqualTo(all.get(a).data().gender());
		assertThat(basics.get(a).birthDate()).isEqualTo(all.get(a).data().birthDate());
		assertThat(basics.get(a).age()).isEqualTo(all.get(a).age());
		assertThat(basics.get(a).ethnicityCode()).isEqualTo(all.get(a).data().ethnicityCode());
		assertThat(basics.get(a).fullName()).isEqualTo(all.get(a).data().fullName());
		// no history asked: the fields only
		assertThat(views.of(List.of(a), ON, Set.of()).get(a).positions()).isEmpty();
		assertThat(views.of(List.of(), ON, Set.of())).isEmpty();
	}

	@Test
	void visibleAmongAsVisibleOneByOne() {
		PeopleFixture.Tree t = fixture.tree();
		long a = fixture.create("Lý Văn Trong", t.communeA().id()).id();
		long b = fixture.create("Lý Văn Ngoài", t.communeB().id()).id();
		long left = fixture.create("Lý Thị Nghỉ", t.communeA().id()).id();
		Position post = people.get(left, null, Scope.all()).mainPosition();
		people.endPosition(left, post.id(), LocalDate.now().minusDays(3), Scope.all());
		Scope onlyA = Scope.of(List.of(t.communeA().id()));
		List<Long> ids = List.of(a, b, left);

		assertThat(views.visibleAmong(ids, onlyA)).containsExactlyInAnyOrder(a, left);
		for (long id : ids) {
			assertThat(views.visibleAmong(ids, onlyA).contains(id)).isEqualTo(lookup.visible(id, onlyA));
		}
		assertThat(views.visibleAmong(ids, Scope.of(List.of(t.province().id())))).containsExactlyInAnyOrder(a, b, left);
		assertThat(views.visibleAmong(ids, Scope.all())).containsExactlyInAnyOrder(a, b, left);
		// the same visibility and, of those seen, the main posts of mainPositions, in one
		// read
		LocalDate today = LocalDate.now();
		for (Scope scope : List.of(onlyA, Scope.of(List.of(t.province().id())), Scope.all())) {
			for (LocalDate day : List.of(today, today.minusDays(10))) {
				PersonViews.MainPosts posts = views.mainPostsSeen(ids, day, scope);
				assertThat(posts.visible()).as("%s %s", scope, day).isEqualTo(views.visibleAmong(ids, scope));
				Map<Long, Position> mains = new java.util.HashMap<>(views.mainPositions(ids, day));
				mains.keySet().retainAll(posts.visible());
				assertThat(posts.mains()).as("%s %s", scope, day).isEqualTo(mains);
			}
		}
		assertThat(views.mainPostsSeen(ids, today, onlyA).mains()).containsOnlyKeys(a);
		assertThat(views.mainPostsSeen(ids, today.minusDays(10), onlyA).mains()).containsOnlyKeys(a, left);
	}

}

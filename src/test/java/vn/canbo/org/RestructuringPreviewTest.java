package vn.canbo.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.canbo.org.OrgFixtures.code;
import static vn.canbo.org.OrgFixtures.unit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import vn.canbo.org.RestructuringPlan.Change;
import vn.canbo.org.RestructuringPlan.Fate;
import vn.canbo.org.RestructuringPlan.Outcome;
import vn.canbo.org.RestructuringService.BodyAction;
import vn.canbo.org.RestructuringService.BodyChoice;
import vn.canbo.org.RestructuringService.Merge;
import vn.canbo.people.PeopleTestData;
import vn.canbo.people.PersonService;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Issue 20, point 5: a merge of two communes previews, then merges, their bodies (Đảng
 * ủy, UBND, HĐND, MTTQ) into bodies of the new commune named after it; persons' positions
 * move; the preview's counts are those of the execution; the user's choices (keep,
 * rename) are honoured; all or nothing; scope first.
 */
@SpringBootTest
@Import(RestructuringPreviewTest.Failing.class)
class RestructuringPreviewTest {

	static final LocalDate D = LocalDate.of(2025, 7, 1);

	static final List<String> TYPES = List.of("DANG_UY_XA", "UBND", "HDND", "MTTQ");

	/** Fails a restructuring after everything was written (the last step). */
	@TestConfiguration
	static class Failing {

		@EventListener
		void on(UnitsRestructured e) {
			if ("FAIL-AT-END".equals(e.decisionNumber())) {
				throw new IllegalStateException("refused at the end");
			}
		}

	}

	@Autowired
	UnitService units;

	@Autowired
	RestructuringService service;

	@Autowired
	StaffingService staffing;

	@Autowired
	PersonService people;

	UnitView province;

	UnitView a;

	UnitView b;

	Map<String, UnitView> bodiesA = new HashMap<>();

	Map<String, UnitView> bodiesB = new HashMap<>();

	UnitView hamlet;

	UnitView office;

	String k;

	@BeforeEach
	void setUp() {
		k = UUID.randomUUID().toString().substring(0, 6);
		province = unit(units, "Tỉnh Bình Giang " + k, "DIA_BAN", AdminLevel.PROVINCE, null);
		a = unit(units, "Xã Đông Thạnh " + k, "DIA_BAN", AdminLevel.COMMUNE, province.id());
		b = unit(units, "Xã Vĩnh Đông " + k, "DIA_BAN", AdminLevel.COMMUNE, province.id());
		for (String t : TYPES) {
			bodiesA.put(t, unit(units, t + " xã Đông Thạnh " + k, t, AdminLevel.COMMUNE, a.id()));
			bodiesB.put(t, unit(units, t + " xã Vĩnh Đông " + k, t, AdminLevel.COMMUNE, b.id()));
		}
		hamlet = unit(units, "Ấp Một " + k, "THON", AdminLevel.HAMLET, a.id());
		office = unit(units, "Văn phòng UBND xã Đông Thạnh " + k, "PHONG", AdminLevel.COMMUNE,
				bodiesA.get("UBND").id());
		person("Nguyễn Văn Một", bodiesA.get("UBND"));
		person("Trần Thị Hai", bodiesA.get("UBND"));
		person("Lê Văn Ba", bodiesB.get("UBND"));
		person("Phạm Thị Bốn", bodiesB.get("HDND"));
		person("Võ Văn Năm", bodiesA.get("DANG_UY_XA"));
		person("Đỗ Thị Sáu", office);
		staffing.setQuota(bodiesA.get("UBND").id(), 2025, 10, "QĐ 1", null, Scope.all());
		staffing.setQuota(bodiesB.get("UBND").id(), 2025, 8, "QĐ 2", null, Scope.all());
	}

	private long person(String name, UnitView u) {
		String letters = k.chars().mapToObj(c -> String.valueOf((char) ('a' + c % 26))).reduce("", String::concat);
		return people
			.create(PeopleTestData.newPerson(name + " " + letters, PeopleTestData.nationalId(), u.id()), Scope.all())
			.id();
	}

	private Merge merge(String newCode, Map<Long, BodyChoice> choices, String number) {
		return new Merge(List.of(a.id(), b.id()), null,
				new UnitSpec(newCode, "Xã Vĩnh Thạnh " + k, null, null, null, null), Decision.on(D, number), Map.of(),
				choices);
	}

	private static Change change(RestructuringPlan p, long id) {
		return p.changes().stream().filter(c -> c.unitId() == id).findFirst().orElseThrow();
	}

	private long headcount(long unitId, LocalDate d) {
		return staffing.headcounts(List.of(unitId), d).getOrDefault(unitId, 0L);
	}

	@Test
	void previewThenMergeOfTwoCommunesMergesTheirFourBodies() {
		String newCode = code("XVT");
		RestructuringPlan plan = service.preview(merge(newCode, Map.of(), "01/NQ"), Scope.all());

		// the plan: each body merged into the new commune's body of its type
		assertThat(change(plan, a.id()).fate()).isEqualTo(Fate.MERGED_INTO);
		assertThat(change(plan, a.id()).subtreePersons()).isEqualTo(4);
		assertThat(change(plan, bodiesA.get("UBND").id()).fate()).isEqualTo(Fate.MERGED_INTO);
		assertThat(change(plan, bodiesA.get("UBND").id()).target()).isEqualTo("Ủy ban nhân dân Xã Vĩnh Thạnh " + k);
		assertThat(change(plan, bodiesB.get("MTTQ").id()).target())
			.isEqualTo("Ủy ban Mặt trận Tổ quốc Việt Nam Xã Vĩnh Thạnh " + k);
		assertThat(change(plan, bodiesA.get("UBND").id()).persons()).isEqualTo(2);
		assertThat(change(plan, bodiesA.get("UBND").id()).quota()).isEqualTo(10);
		assertThat(change(plan, hamlet.id()).fate()).isEqualTo(Fate.MOVED);
		assertThat(plan.personsMoving()).isEqualTo(5);
		Outcome commune = plan.outcomes().get(0);
		assertThat(commune.name()).isEqualTo("Xã Vĩnh Thạnh " + k);
		assertThat(commune.created()).isTrue();
		assertThat(commune.subtreeBefore()).isEqualTo(6);
		assertThat(commune.subtreeAfter()).isEqualTo(6);
		Outcome ubnd = plan.outcomes().stream().filter(o -> o.typeCode().equals("UBND")).findFirst().orElseThrow();
		assertThat(ubnd.personsBefore()).isEqualTo(3);
		assertThat(ubnd.personsAfter()).isEqualTo(3);
		assertThat(ubnd.quotaBefore()).isEqualTo(18);
		assertThat(plan.outcomes().stream().filter(o -> o.depth() == 1).map(Outcome::name)).containsExactlyInAnyOrder(
				"Đảng ủy Xã Vĩnh Thạnh " + k, "Ủy ban nhân dân Xã Vĩnh Thạnh " + k,
				"Hội đồng nhân dân Xã Vĩnh Thạnh " + k, "Ủy ban Mặt trận Tổ quốc Việt Nam Xã Vĩnh Thạnh " + k,
				"Ấp Một " + k);

		// nothing was written by the preview
		assertThat(units.findByCode(newCode, D)).isEmpty();
		assertThat(units.find(bodiesA.get("UBND").id(), D)).isPresent();
		assertThat(headcount(bodiesA.get("UBND").id(), D)).isEqualTo(2);

		// the execution does what the preview showed
		RestructuringResult r = service.merge(merge(newCode, Map.of(), "01/NQ"), Scope.all());
		long n = r.created().get(0).id();
		List<UnitView> children = units.children(n, D);
		assertThat(children).hasSize(5);
		for (String t : TYPES) {
			assertThat(children.stream().filter(c -> c.typeCode().equals(t))).hasSize(1);
		}
		for (Outcome o : plan.outcomes()) {
			UnitView now = o.depth() == 0 ? units.find(n, D).orElseThrow()
					: children.stream().filter(c -> c.name().equals(o.name())).findFirst().orElseThrow();
			assertThat(headcount(now.id(), D)).as(o.name()).isEqualTo(o.personsAfter());
		}
		UnitView newUbnd = children.stream().filter(c -> c.typeCode().equals("UBND")).findFirst().orElseThrow();
		assertThat(units.history(newUbnd.id()).predecessors()).extracting(UnitHistory.Link::unitId)
			.containsExactlyInAnyOrder(bodiesA.get("UBND").id(), bodiesB.get("UBND").id());
		for (UnitView old : List.of(bodiesA.get("UBND"), bodiesB.get("HDND"), bodiesA.get("MTTQ"))) {
			assertThat(units.history(old.id()).latest().validTo()).isEqualTo(D);
			assertThat(units.history(old.id()).versions()).hasSize(1);
			assertThat(headcount(old.id(), D.minusDays(1))).isEqualTo(headcount(old.id(), D.minusDays(2)));
		}
		assertThat(headcount(bodiesA.get("UBND").id(), D.minusDays(1))).isEqualTo(2);
		assertThat(units.find(office.id(), D).orElseThrow().parentId()).isEqualTo(newUbnd.id());
		assertThat(units.find(hamlet.id(), D).orElseThrow().parentId()).isEqualTo(n);
		// the dossier's units above a person of the office: the resulting body
		assertThat(units.path(office.id(), D)).extracting(UnitView::name)
			.containsExactly("Tỉnh Bình Giang " + k, "Xã Vĩnh Thạnh " + k, "Ủy ban nhân dân Xã Vĩnh Thạnh " + k,
					office.name());
	}

	@Test
	void keepAndRenameChosenOnThePreviewAreHonoured() {
		String newCode = code("XVT");
		Map<Long, BodyChoice> choices = Map.of(bodiesA.get("HDND").id(), new BodyChoice(BodyAction.KEEP, null),
				bodiesB.get("HDND").id(), new BodyChoice(BodyAction.KEEP, null), bodiesA.get("MTTQ").id(),
				new BodyChoice(BodyAction.RENAME, "Ủy ban MTTQ Đông " + k), bodiesB.get("MTTQ").id(),
				new BodyChoice(BodyAction.KEEP, ""));
		RestructuringPlan plan = service.preview(merge(newCode, choices, "02/NQ"), Scope.all());
		assertThat(change(plan, bodiesA.get("HDND").id()).fate()).isEqualTo(Fate.MOVED);
		assertThat(change(plan, bodiesA.get("MTTQ").id()).fate()).isEqualTo(Fate.RENAMED);
		assertThat(change(plan, bodiesA.get("MTTQ").id()).target()).isEqualTo("Ủy ban MTTQ Đông " + k);
		assertThat(change(plan, bodiesA.get("UBND").id()).fate()).isEqualTo(Fate.MERGED_INTO);
		assertThat(plan.personsMoving()).isEqualTo(4);

		long n = service.merge(merge(newCode, choices, "02/NQ"), Scope.all()).created().get(0).id();
		assertThat(units.children(n, D)).extracting(UnitView::name)
			.contains(bodiesA.get("HDND").name(), bodiesB.get("HDND").name(), "Ủy ban MTTQ Đông " + k,
					bodiesB.get("MTTQ").name(), "Ủy ban nhân dân Xã Vĩnh Thạnh " + k)
			.hasSize(7);
		assertThat(units.find(bodiesA.get("MTTQ").id(), D).orElseThrow().parentId()).isEqualTo(n);
		assertThat(headcount(bodiesB.get("HDND").id(), D)).isEqualTo(1);

		// a choice for a unit that is not a child of the merged units is refused
		assertThatThrownBy(() -> service
			.preview(merge(code("X"), Map.of(province.id(), new BodyChoice(BodyAction.KEEP, null)), null), Scope.all()))
			.isInstanceOf(ValidationException.class);
	}

	@Test
	void aFailureAtTheEndRollsEverythingBack() {
		String newCode = code("XVT");
		assertThatThrownBy(() -> service.merge(merge(newCode, Map.of(), "FAIL-AT-END"), Scope.all()))
			.isInstanceOf(IllegalStateException.class);
		assertThat(units.findByCode(newCode, D)).isEmpty();
		assertThat(units.findByCode(newCode + ".UBND", D)).isEmpty();
		for (UnitView u : List.of(a, b, bodiesA.get("UBND"), bodiesB.get("UBND"), hamlet)) {
			assertThat(units.history(u.id()).latest().validTo()).isNull();
			assertThat(units.history(u.id()).versions()).hasSize(1);
		}
		assertThat(headcount(bodiesA.get("UBND").id(), D)).isEqualTo(2);
		assertThat(units.find(office.id(), D).orElseThrow().parentId()).isEqualTo(bodiesA.get("UBND").id());
	}

	@Test
	void outsideTheScopeIsNotFoundBeforeAnything() {
		assertThatThrownBy(() -> service.preview(merge(code("X"), Map.of(), null), Scope.of(a.id())))
			.isInstanceOf(NotFoundException.class)
			.hasMessageContaining(String.valueOf(b.id()));
		assertThatThrownBy(() -> service.merge(merge(code("X"), Map.of(), null), Scope.of(a.id())))
			.isInstanceOf(NotFoundException.class);
		// invalid: the operation's own validation errors, nothing written
		assertThatThrownBy(() -> service.preview(new Merge(List.of(a.id(), b.id()), null,
				new UnitSpec(null, "Xã", null, null, null, null), Decision.on(null, null), Map.of()), Scope.all()))
			.isInstanceOf(ValidationException.class);
		assertThat(units.find(a.id(), D)).isPresent();
	}

	@Test
	void intoAContinuingCommuneTheBodiesJoinItsOwn() {
		Merge cmd = new Merge(List.of(a.id(), b.id()), a.id(), null, Decision.on(D, "03/NQ"), Map.of());
		RestructuringPlan plan = service.preview(cmd, Scope.all());
		assertThat(change(plan, a.id()).fate()).isEqualTo(Fate.CONTINUES);
		assertThat(change(plan, bodiesB.get("UBND").id()).target()).isEqualTo(bodiesA.get("UBND").name());
		assertThat(
				plan.outcomes().stream().filter(o -> o.unitId() == bodiesA.get("UBND").id()).findFirst().orElseThrow())
			.satisfies(o -> {
				assertThat(o.personsBefore()).isEqualTo(3);
				assertThat(o.personsAfter()).isEqualTo(3);
				assertThat(o.quotaBefore()).isEqualTo(18);
				assertThat(o.quotaAfter()).isEqualTo(10);
			});
		RestructuringResult r = service.merge(cmd, Scope.all());
		assertThat(r.created()).isEmpty();
		assertThat(r.unitMapping()).containsEntry(b.id(), a.id())
			.containsEntry(bodiesB.get("UBND").id(), bodiesA.get("UBND").id());
		assertThat(units.children(a.id(), D)).hasSize(5);
		assertThat(headcount(bodiesA.get("UBND").id(), D)).isEqualTo(3);
		assertThat(units.find(bodiesB.get("UBND").id(), D)).isEmpty();
	}

}

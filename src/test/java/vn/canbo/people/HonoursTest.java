package vn.canbo.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Issue 15, points 2–4: a batch reward decision (all or nothing, every error named, scope
 * first), collective awards (scope first: 404 outside; the unit must exist on the
 * decision date; audited) and the counts of a period at its first and last days.
 */
@SpringBootTest
@Transactional
class HonoursTest {

	static final LocalDate FIRST = LocalDate.of(2024, 1, 1), LAST = LocalDate.of(2024, 12, 31);

	@Autowired
	PersonService people;

	@Autowired
	AwardBatches batches;

	@Autowired
	CollectiveAwards collective;

	@Autowired
	HonoursCounts counts;

	@Autowired
	PeopleFixture fixture;

	@Autowired
	JdbcClient jdbc;

	PeopleFixture.Tree tree;

	long a1, a2, b1;

	@BeforeEach
	void data() {
		tree = fixture.tree();
		a1 = fixture.create("Hoàng Văn Một", tree.communeA().id()).id();
		a2 = fixture.create("Hoàng Thị Hai", tree.communeA().id()).id();
		b1 = fixture.create("Hoàng Văn Ba", tree.communeB().id()).id();
	}

	private static AwardBatch batch(String form, LocalDate on, Long... ids) {
		return new AwardBatch("15/QĐ-UBND", on, "Chủ tịch UBND tỉnh", form, AwardLevel.PROVINCE,
				"Hoàn thành xuất sắc nhiệm vụ năm 2023", "Phong trào thi đua 2023", List.of(ids));
	}

	private int awards(long personId) {
		return people.get(personId, null, Scope.all()).awards().size();
	}

	@Test
	void aBatchDecisionRewardsEveryoneOrNoOne() {
		assertThat(batches.award(batch("GIAY_KHEN", FIRST, a1, a2), Scope.of(tree.communeA().id()))).isEqualTo(2);
		Award stored = people.get(a2, null, Scope.all()).awards().get(0);
		assertThat(stored)
			.isEqualTo(new Award(stored.id(), 2024, "GIAY_KHEN", "15/QĐ-UBND", FIRST, "Chủ tịch UBND tỉnh", null,
					AwardLevel.PROVINCE, "Hoàn thành xuất sắc nhiệm vụ năm 2023", "Phong trào thi đua 2023"));

		// scope first: one person outside the scope, nothing stored
		assertThatThrownBy(() -> batches.award(batch("GIAY_KHEN", FIRST, a1, b1), Scope.of(tree.communeA().id())))
			.isInstanceOf(NotFoundException.class);
		// a form unknown: every person's error, nothing stored
		assertThatThrownBy(() -> batches.award(batch("KHONG_CO", FIRST, a1, b1), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
				.containsExactly("personIds[0].formCode", "personIds[1].formCode"));
		assertThatThrownBy(() -> batches
			.award(new AwardBatch(" ", null, null, "GIAY_KHEN", null, null, null, List.of(a1, a1)), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
				.containsExactly("decisionNumber", "decisionDate", "personIds[1]"));
		assertThat(awards(a1)).isEqualTo(1);
		assertThat(awards(b1)).isZero();
	}

	private static CollectiveAward award(long unitId, LocalDate on) {
		return new CollectiveAward(null, unitId, null, "CO_THI_DUA", AwardLevel.PROVINCE, "UBND tỉnh", "7/QĐ", on,
				"Dẫn đầu phong trào thi đua", null);
	}

	@Test
	void collectiveAwardsAreScopedAndAudited() {
		Scope a = Scope.of(tree.communeA().id());
		CollectiveAward stored = collective.add(award(tree.communeA().id(), FIRST), a);
		assertThat(stored.unitName()).isEqualTo(tree.communeA().name());
		assertThat(collective.list(tree.communeA().id(), a)).extracting(CollectiveAward::id)
			.containsExactly(stored.id());
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'collective_award' and entity_id = ?")
			.param(String.valueOf(stored.id()))
			.query(Long.class)
			.single()).isEqualTo(1);

		CollectiveAward other = collective.add(award(tree.communeB().id(), FIRST), Scope.all());
		assertThatThrownBy(() -> collective.add(award(tree.communeB().id(), FIRST), a))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> collective.list(tree.communeB().id(), a)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> collective.delete(tree.communeB().id(), other.id(), "x", a))
			.isInstanceOf(NotFoundException.class);

		// the unit did not exist yet on the decision date; and every missing field at
		// once
		assertThatThrownBy(() -> collective.add(award(tree.communeA().id(), LocalDate.of(1999, 12, 31)), a))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("unitId"));
		assertThatThrownBy(() -> collective
			.add(new CollectiveAward(null, tree.communeA().id(), null, null, null, null, null, null, null, null), a))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
				.containsExactly("formCode", "decisionNumber", "decisionDate"));

		// another unit's award by this unit's path: not found
		assertThatThrownBy(() -> collective.delete(tree.communeA().id(), other.id(), "x", Scope.all()))
			.isInstanceOf(NotFoundException.class);
		collective.delete(tree.communeA().id(), stored.id(), "Nhập nhầm", a);
		assertThat(collective.list(tree.communeA().id(), a)).isEmpty();
	}

	@Test
	void countsAPeriodFromItsFirstToItsLastDay() {
		Scope all = Scope.all();
		batches.award(batch("GIAY_KHEN", FIRST, a1, a2), all); // first day: in
		batches.award(batch("BK_TINH", LAST, b1), all); // last day: in
		batches.award(batch("GIAY_KHEN", LAST.plusDays(1), a1), all); // after: out
		collective.add(award(tree.communeA().id(), FIRST), all); // in
		collective.add(award(tree.communeB().id(), LAST), all); // in
		collective.add(award(tree.communeA().id(), FIRST.minusDays(1)), all); // before:
																				// out
		people.add(a1, HistoryKind.DISCIPLINE, new Discipline(null, DisciplineKind.ADMINISTRATIVE, "KHIEN_TRACH", LAST,
				null, null, "UBND xã", "Chậm", "1/QĐ"), all); // in
		people.add(a2, HistoryKind.DISCIPLINE, new Discipline(null, DisciplineKind.ADMINISTRATIVE, "CANH_CAO",
				FIRST.minusDays(1), null, null, "UBND xã", "Chậm", "2/QĐ"), all); // out

		HonoursCounts.Counts province = counts.count(all, List.of(tree.province().id()), FIRST, LAST);
		assertThat(province.awardedPersons()).isEqualTo(3);
		assertThat(province.personAwards()).isEqualTo(3);
		assertThat(province.personAwardsByForm()).isEqualTo(Map.of("GIAY_KHEN", 2L, "BK_TINH", 1L));
		assertThat(province.awardedUnits()).isEqualTo(2);
		assertThat(province.collectiveAwardsByForm()).isEqualTo(Map.of("CO_THI_DUA", 2L));
		assertThat(province.disciplinedPersons()).isEqualTo(1);
		assertThat(province.disciplinesByForm()).isEqualTo(Map.of("KHIEN_TRACH", 1L));

		HonoursCounts.Counts communeA = counts.count(Scope.of(tree.communeA().id()), List.of(), FIRST, LAST);
		assertThat(communeA.awardedPersons()).isEqualTo(2);
		assertThat(communeA.awardedUnits()).isEqualTo(1);
		assertThat(communeA.disciplines()).isEqualTo(1);

		// a day later the first-day awards fall out, the day after the last comes in
		HonoursCounts.Counts shifted = counts.count(all, List.of(tree.province().id()), FIRST.plusDays(1),
				LAST.plusDays(1));
		assertThat(shifted.personAwardsByForm()).isEqualTo(Map.of("GIAY_KHEN", 1L, "BK_TINH", 1L));
		assertThat(shifted.awardedUnits()).isEqualTo(1);

		assertThatThrownBy(
				() -> counts.count(Scope.of(tree.communeA().id()), List.of(tree.communeB().id()), FIRST, LAST))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> counts.count(all, List.of(), LAST, FIRST)).isInstanceOf(ValidationException.class);
	}

}

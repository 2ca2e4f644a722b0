package vn.canbo.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.canbo.org.Decision;
import vn.canbo.org.RestructuringService;
import vn.canbo.org.UnitSpec;
import vn.canbo.shared.Scope;

/**
 * A person recorded by commune A who later leaves it, by a transfer to commune B or by
 * the merger of A into a new commune, and what the new commune records afterwards. Every
 * step is its own committed transaction (the tests using it are not transactional), so
 * that each is recorded at its own instant as in production; names and national IDs are
 * unique.
 */
@Component
class PastScopeFixture {

	/** The move (transfer or merger) takes effect on this date. */
	static final LocalDate MOVE = LocalDate.of(2025, 7, 1);

	/** The last day in commune A. */
	static final LocalDate BEFORE = MOVE.minusDays(1);

	/** Written by the new commune after the move; never shown to A. */
	static final String LATE_AWARD = "Bổ sung sau khi chuyển đi", LATE_FAMILY = "Em ruột ghi sau khi chuyển",
			LATE_POLITICS = "Lịch sử chính trị ghi sau khi chuyển", CORRECTED = "Đã hiệu chỉnh sau khi chuyển";

	/** Written by commune A before the move. */
	static final String OWN_AWARD = "Hoàn thành xuất sắc nhiệm vụ năm 2015", OWN_POLITICS = "Không";

	private final PersonService people;

	private final PeopleFixture fixture;

	private final RestructuringService restructuring;

	PastScopeFixture(PersonService people, PeopleFixture fixture, RestructuringService restructuring) {
		this.people = people;
		this.fixture = fixture;
		this.restructuring = restructuring;
	}

	/**
	 * The person (in A since 2010), their own award and family member, and the national
	 * ID A knew.
	 */
	record Recorded(PeopleFixture.Tree tree, long personId, String name, String oldNationalId, long familyId,
			long awardId) {
	}

	Recorded inCommuneA() {
		PeopleFixture.Tree t = fixture.tree();
		String name = "Lưu Văn " + word();
		String cccd = PeopleFixture.nationalId();
		PersonView p = people.create(
				PeopleFixture.newPerson(With.with(PeopleFixture.data(name), "nationalId", cccd), t.communeA().id()),
				Scope.all());
		Scope a = Scope.of(t.communeA().id());
		Award award = people.add(p.id(), HistoryKind.AWARD,
				new Award(null, 2015, "GIAY_KHEN", "15/QĐ-UBND", LocalDate.of(2015, 12, 1), "UBND xã", OWN_AWARD), a);
		FamilyMember father = people.add(p.id(), HistoryKind.FAMILY, new FamilyMember(null, FamilySide.SELF, "BO",
				"Lưu Văn Cha", 1950, "Nông dân", false, OWN_POLITICS, false, 1), a);
		return new Recorded(t, p.id(), name, cccd, father.id(), award.id());
	}

	/** Transferred to commune B on {@link #MOVE}: A's post ends, B's begins. */
	void transferToB(Recorded r) {
		long post = people.get(r.personId(), BEFORE, Scope.all()).mainPosition().id();
		people.endPosition(r.personId(), post, MOVE, Scope.all());
		people.add(r.personId(), HistoryKind.POSITION,
				Position.main(r.tree().communeB().id(), "PHO_CHU_TICH_UBND", "Phó Chủ tịch UBND xã", MOVE),
				Scope.all());
	}

	/** A and B merged into a new commune on {@link #MOVE}; answers its id. */
	long mergeAB(Recorded r) {
		String k = word();
		return restructuring
			.merge(new RestructuringService.Merge(List.of(r.tree().communeA().id(), r.tree().communeB().id()), null,
					new UnitSpec("HN-" + k, "UBND xã Hợp Nhất " + k, null, "UBND", null, null),
					Decision.on(MOVE, "01/NQ-UBTVQH"), Map.of()), Scope.all())
			.created()
			.get(0)
			.id();
	}

	/**
	 * What the new commune (scope {@code now}) records after the move: a new national ID
	 * and phone, an award dated before the move, a family member with a political
	 * history, a correction of A's family member; answers the new national ID.
	 */
	String recordedLater(Recorded r, long now) {
		Scope s = Scope.of(now);
		PersonView v = people.get(r.personId(), null, s);
		String cccd = PeopleFixture.nationalId();
		people.update(r.personId(), v.version(),
				With.with(With.with(v.data(), "nationalId", cccd), "phone", "0987654321"), s);
		people.add(r.personId(), HistoryKind.AWARD,
				new Award(null, 2020, "GIAY_KHEN", "99/QĐ-UBND", LocalDate.of(2020, 3, 1), "UBND xã", LATE_AWARD), s);
		people.add(r.personId(), HistoryKind.FAMILY,
				new FamilyMember(null, FamilySide.SELF, "EM", LATE_FAMILY, 1985, null, false, LATE_POLITICS, false, 2),
				s);
		people.correct(r.personId(), HistoryKind.FAMILY, r.familyId(), new FamilyMember(null, FamilySide.SELF, "BO",
				"Lưu Văn Cha", 1950, "Nông dân", false, CORRECTED, false, 1), s);
		return cccd;
	}

	/** A random word of letters (names are searched by word). */
	static String word() {
		StringBuilder b = new StringBuilder("Q");
		for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
			b.append(Character.isDigit(c) ? (char) ('a' + (c - '0')) : c);
		}
		return b.toString();
	}

}

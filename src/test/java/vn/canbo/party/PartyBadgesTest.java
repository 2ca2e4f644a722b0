package vn.canbo.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Party badges (§9.3) on PostgreSQL: the milestone reached on the exact day from the
 * admission decision (PM-06), the list due by an occasion proposing each member's highest
 * milestone not yet awarded, only official members, the early award for the seriously ill
 * at its 12 and 24-month boundaries, twice refused, posthumous, scope and audit.
 */
@SpringBootTest
class PartyBadgesTest {

	@Autowired
	PartyFixture fx;

	@Autowired
	PartyOldTree old;

	@Autowired
	Badges badges;

	@Autowired
	PartyMembers members;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	vn.canbo.career.Alerts alerts;

	Badges.Award award(int years, LocalDate on, String early) {
		return new Badges.Award(years, on, "HH-" + years + "-" + on, "Dịp 2/9", early);
	}

	@Test
	void theListDueByAnOccasionProposesTheHighestMilestoneNotAwarded() {
		PartyFixture.Tree t = old.tree();
		Scope a = Scope.of(t.a().id());
		PartyMember thirty = fx.member("Tạ Văn Ba Mươi", t.cellA().id(), LocalDate.of(1996, 9, 2),
				LocalDate.of(1996, 9, 20), LocalDate.of(1997, 9, 20));
		PartyMember fifty = fx.member("Tạ Văn Năm Mươi", t.cellA().id(), LocalDate.of(1976, 5, 19),
				LocalDate.of(1976, 6, 1), LocalDate.of(1977, 6, 1));
		PartyMember probationary = fx.member("Tạ Văn Dự Bị", t.cellA().id(), LocalDate.of(1990, 1, 1), null, null);
		PartyMember elsewhere = fx.member("Tạ Văn Xã Khác", t.cellB().id(), LocalDate.of(1996, 9, 2),
				LocalDate.of(1996, 9, 20), LocalDate.of(1997, 9, 20));
		// the day before the 30 years: not due; on the day: due
		assertThat(badges.due(a, LocalDate.of(2026, 9, 1))).extracting(Badges.Due::memberId)
			.doesNotContain(thirty.id())
			.contains(fifty.id());
		var due = badges.due(a, LocalDate.of(2026, 9, 2));
		assertThat(due).filteredOn(d -> d.memberId() == thirty.id())
			.singleElement()
			.satisfies(d -> assertThat(d.dueOn()).isEqualTo(LocalDate.of(2026, 9, 2)))
			.satisfies(d -> assertThat(d.years()).isEqualTo(30));
		assertThat(due).filteredOn(d -> d.memberId() == fifty.id())
			.singleElement()
			.satisfies(d -> assertThat(d.years()).isEqualTo(50));
		assertThat(due).extracting(Badges.Due::memberId).doesNotContain(probationary.id(), elsewhere.id());
		// the badge due is one of career's alerts of commune A (within the alert window)
		assertThat(alerts.list(a, LocalDate.of(2026, 8, 20), 30, vn.canbo.career.Alerts.Kind.PARTY_BADGE_DUE))
			.anySatisfy(x -> {
				assertThat(x.personName()).isEqualTo("Tạ Văn Ba Mươi");
				assertThat(x.dueDate()).isEqualTo(LocalDate.of(2026, 9, 2));
			});
		assertThat(alerts.list(Scope.of(t.b().id()), LocalDate.of(2026, 8, 20), 30,
				vn.canbo.career.Alerts.Kind.PARTY_BADGE_DUE))
			.noneMatch(x -> x.personName().equals("Tạ Văn Ba Mươi"));
		// the next occasion after 20/5/2026 is 2/9/2026
		assertThat(badges.nextOccasion(LocalDate.of(2026, 5, 20))).isEqualTo(LocalDate.of(2026, 9, 2));
		// awarded: off the list
		badges.award(fifty.id(), award(50, LocalDate.of(2026, 5, 19), null), a);
		assertThat(badges.due(a, LocalDate.of(2026, 9, 2))).extracting(Badges.Due::memberId).doesNotContain(fifty.id());
		assertThat(badges.of(fifty.id(), a)).singleElement().satisfies(b -> assertThat(b.years()).isEqualTo(50));
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'party_badge' and entity_id = ?")
			.param(fifty.id() + "/50")
			.query(Long.class)
			.single()).isEqualTo(1);
		// twice, another scope, a probationary member: refused
		assertThatThrownBy(() -> badges.award(fifty.id(), award(50, LocalDate.of(2026, 6, 1), null), a))
			.isInstanceOf(ValidationException.class);
		assertThatThrownBy(() -> badges.award(elsewhere.id(), award(30, LocalDate.of(2026, 9, 2), null), a))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> badges.award(probationary.id(), award(30, LocalDate.of(2026, 9, 2), null), a))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors().get(0).message()).contains("chính thức"));
	}

	@Test
	void earlyOnlyForTheSeriouslyIllWithinTwelveOrTwentyFourMonths() {
		PartyFixture.Tree t = old.tree();
		PartyMember m = fx.member("Vũ Văn Ốm", t.cellA().id(), LocalDate.of(1996, 11, 10), LocalDate.of(1996, 12, 1),
				LocalDate.of(1997, 12, 1));
		long before = jdbc.sql("select count(*) from party_badge").query(Long.class).single();
		// the day before it is due, without the reason: refused naming the due day
		assertThatThrownBy(() -> badges.award(m.id(), award(30, LocalDate.of(2026, 11, 9), null), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors().get(0).message()).contains("10/11/2026", "12 tháng"));
		// more than 12 months early even when ill: refused
		assertThatThrownBy(
				() -> badges.award(m.id(), award(30, LocalDate.of(2025, 11, 9), "Ung thư giai đoạn cuối"), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors().get(0).message()).contains("10/11/2025"));
		assertThat(jdbc.sql("select count(*) from party_badge").query(Long.class).single()).isEqualTo(before);
		// exactly 12 months early, ill: recorded with the reason
		assertThat(badges.award(m.id(), award(30, LocalDate.of(2025, 11, 10), "Ung thư giai đoạn cuối"), Scope.all())
			.earlyReason()).isEqualTo("Ung thư giai đoạn cuối");

		PartyMember old = fx.member("Vũ Văn Cụ", t.cellA().id(), LocalDate.of(1956, 11, 10), LocalDate.of(1956, 12, 1),
				LocalDate.of(1957, 12, 1));
		// 70 years due 10/11/2026: 24 months early at most
		assertThatThrownBy(() -> badges.award(old.id(), award(70, LocalDate.of(2024, 11, 9), "Bệnh nặng"), Scope.all()))
			.isInstanceOf(ValidationException.class);
		assertThat(badges.award(old.id(), award(70, LocalDate.of(2024, 11, 10), "Bệnh nặng"), Scope.all()).years())
			.isEqualTo(70);
		// a milestone that does not exist
		assertThatThrownBy(() -> badges.award(old.id(), award(35, LocalDate.of(2026, 11, 10), null), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors().get(0).message()).contains("30, 40, 45"));
	}

	@Test
	void posthumousForADeceasedMember() {
		PartyFixture.Tree t = old.tree();
		PartyMember m = fx.member("Đỗ Văn Cố", t.cellA().id(), LocalDate.of(1980, 1, 5), LocalDate.of(1980, 2, 1),
				LocalDate.of(1981, 2, 1));
		members.changeStatus(m.id(),
				new PartyMember.StatusChange(MemberStatus.DECEASED, LocalDate.of(2026, 3, 1), null, null, null),
				Scope.all());
		assertThat(badges.award(m.id(), award(45, LocalDate.of(2026, 4, 1), null), Scope.all()).posthumous()).isTrue();
	}

}
